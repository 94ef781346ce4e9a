/** Union members: their records, the member list of a unit and a member's own profile. */
package vn.congdoan.intranet.membership;
