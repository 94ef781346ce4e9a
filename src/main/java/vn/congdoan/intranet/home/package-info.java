/** The home page of each role. */
package vn.congdoan.intranet.home;
