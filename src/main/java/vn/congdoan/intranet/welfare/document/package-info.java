/** Supporting documents of welfare cases: stored in the database, as private as the case's description. */
package vn.congdoan.intranet.welfare.document;
