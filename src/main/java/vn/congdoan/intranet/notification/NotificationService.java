package vn.congdoan.intranet.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.NotFoundException;

/**
 * Notifications to accounts. Features address a unit and a permission ("the officers of this ward who review
 * reports"), not people, so an officer who joins later or leaves is handled by the account table. Each account reads
 * and marks only its own notifications.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    /** How many notifications the bell lists. */
    public static final int LATEST = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    protected NotificationService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public NotificationService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Notifies every active account of the unit whose role holds the permission. With a dedup key, an account that
     * already got a notification with that key gets no second one. Returns how many were created.
     */
    public int notifyUnit(long unitId, Permission permission, String kind, String messageKey, List<String> arguments,
                          String link, String dedupKey) {
        List<Long> accounts = em.createQuery("SELECT a.id FROM UserAccount a WHERE a.unit.id = :unit"
                        + " AND a.active = TRUE AND a.role IN :roles ORDER BY a.id", Long.class)
                .setParameter("unit", unitId).setParameter("roles", rolesWith(permission)).getResultList();
        if (accounts.isEmpty()) {
            return 0;
        }
        Set<Long> already = dedupKey == null ? Set.of() : Set.copyOf(em.createQuery("SELECT n.accountId FROM"
                        + " Notification n WHERE n.dedupKey = :key AND n.accountId IN :accounts", Long.class)
                .setParameter("key", dedupKey).setParameter("accounts", accounts).getResultList());
        String joined = arguments.stream().map(a -> a == null ? "" : a.replace(Notification.SEPARATOR, " "))
                .collect(Collectors.joining(Notification.SEPARATOR));
        int created = 0;
        for (long account : accounts) {
            if (!already.contains(account)) {
                em.persist(new Notification(account, kind, messageKey, joined, link, dedupKey, clock.instant()));
                created++;
            }
        }
        return created;
    }

    /** Unread notifications of the viewer; one indexed count, cheap enough for every page. */
    public long unreadCount(Viewer viewer) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :account"
                        + " AND n.readAt IS NULL", Long.class)
                .setParameter("account", viewer.accountId()).getSingleResult();
    }

    /** The viewer's newest notifications, read or not. */
    public List<Notification> latest(Viewer viewer, int max) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :account"
                        + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("account", viewer.accountId()).setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultList();
    }

    /** Marks one of the viewer's notifications read and returns it (for its link). */
    public Notification markRead(Viewer viewer, long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null) {
            throw new NotFoundException("notification " + id);
        }
        if (notification.getAccountId() != viewer.accountId()) {
            throw new AccessDeniedException(viewer.username() + " does not own notification " + id);
        }
        notification.markRead(clock.instant());
        return notification;
    }

    /** Marks every unread notification of the viewer read; returns how many. */
    public int markAllRead(Viewer viewer) {
        List<Notification> unread = em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :account"
                + " AND n.readAt IS NULL", Notification.class).setParameter("account", viewer.accountId())
                .getResultList();
        unread.forEach(n -> n.markRead(clock.instant()));
        return unread.size();
    }

    private static List<Role> rolesWith(Permission permission) {
        return Arrays.stream(Role.values()).filter(r -> r.has(permission)).toList();
    }
}
