/**
 * Members' movements: ending a membership (thôi sinh hoạt, retirement...), a member's history of periods, and the
 * quarterly membership movements of a unit and its branch, counted in the database from the membership periods.
 */
package vn.congdoan.intranet.membership.movement;
