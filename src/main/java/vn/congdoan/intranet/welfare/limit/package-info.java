/** How much each unit level may approve on its own, per kind of case: set by the provincial federation. */
package vn.congdoan.intranet.welfare.limit;
