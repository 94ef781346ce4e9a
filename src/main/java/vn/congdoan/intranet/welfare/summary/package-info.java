/** The leaders' yearly welfare summary per branch, its chart data and its Excel export without private details. */
package vn.congdoan.intranet.welfare.summary;
