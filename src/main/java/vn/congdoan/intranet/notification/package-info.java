/**
 * In-app notifications: short messages to one account with a link to the thing they are about, shown under the bell
 * in the page header. Features create them through {@link vn.congdoan.intranet.notification.NotificationService}.
 */
package vn.congdoan.intranet.notification;
