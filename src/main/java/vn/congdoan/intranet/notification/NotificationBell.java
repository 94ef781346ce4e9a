package vn.congdoan.intranet.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.Texts;

/**
 * The bell in the page header: the unread count on every page (one indexed count), the latest notifications only
 * when the panel is opened.
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    private Long unread;
    private List<Notification> latest;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.find().map(notifications::unreadCount).orElse(0L);
        }
        return unread;
    }

    public List<Notification> getLatest() {
        if (latest == null) {
            latest = currentUser.find().map(v -> notifications.latest(v, NotificationService.LATEST))
                    .orElse(List.of());
        }
        return latest;
    }

    /** The bell's tooltip: how many are unread, or just "Notifications". */
    public String getTitle() {
        return getUnread() > 0 ? Texts.get("notifications.unread", getUnread()) : Texts.get("notifications.title");
    }

    /** The notification's text in the page's language. */
    public String text(Notification notification) {
        return Texts.get(notification.getMessageKey(), notification.argumentArray());
    }

    public String time(Notification notification) {
        return new Formats().dateTime(notification.getCreatedAt());
    }

    public void markAllRead() {
        notifications.markAllRead(currentUser.get());
        unread = null;
        latest = null;
    }
}
