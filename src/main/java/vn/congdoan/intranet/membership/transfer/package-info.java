/**
 * Transfers (chuyển sinh hoạt) of a member between grassroots unions: the sending union issues it (the member shows
 * as leaving meanwhile), the receiving union accepts it (the member moves on the acceptance date) or refuses it, and
 * the sender may cancel it until then.
 */
package vn.congdoan.intranet.membership.transfer;
