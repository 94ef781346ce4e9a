/**
 * Admission (kết nạp): a grassroots union records applications, one person at a time or a group under one label,
 * then admits them (a member record, a card number from the system-wide counter, a period that began by ADMISSION)
 * or rejects them with a reason.
 */
package vn.congdoan.intranet.membership.admission;
