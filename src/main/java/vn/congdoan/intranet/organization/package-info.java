/**
 * The union tree: unit levels, units with their place in the tree and their validity, the scope rule "a unit and
 * everything below it", browsing the tree and its statistics, and the administrator's unit management.
 */
package vn.congdoan.intranet.organization;
