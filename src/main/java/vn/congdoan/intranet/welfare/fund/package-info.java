/** A unit's welfare fund per year: opening balance, income lines and paid cases, the balance summed on every read. */
package vn.congdoan.intranet.welfare.fund;
