package vn.congdoan.intranet.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Counts one view of an article by one reader on one day, in a transaction of its own: when two requests of the same
 * reader race, the loser's INSERT fails on news_view's primary key, and only that small transaction rolls back, never
 * the page's.
 *
 * <p>The article row is updated BEFORE the view row is inserted. Inserting a child row first takes a shared lock on
 * the article (the foreign key check) which the UPDATE would then have to upgrade: two readers of one article would
 * deadlock on MariaDB. Updating first serialises the readers of an article on its row for a few milliseconds, and a
 * duplicate view rolls the increment back with the failed INSERT, so view_count moves only when a row was inserted.
 */
@ApplicationScoped
public class NewsViewCounter {

    @PersistenceContext
    EntityManager em;

    /** Outside the container (tests): each count opens its own EntityManager and resource-local transaction. */
    private Supplier<EntityManager> ownEntityManagers;

    protected NewsViewCounter() {
    }

    public NewsViewCounter(Supplier<EntityManager> entityManagers) {
        this.ownEntityManagers = entityManagers;
    }

    /**
     * Counts the view; throws a PersistenceException (a constraint violation) when this reader's view of the day is
     * already counted. The increment is one SQL statement, never a read-modify-write in Java.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void count(long articleId, long accountId, LocalDate day) {
        if (ownEntityManagers == null) {
            countWith(em, articleId, accountId, day);
            return;
        }
        EntityManager own = ownEntityManagers.get();
        try {
            own.getTransaction().begin();
            countWith(own, articleId, accountId, day);
            own.getTransaction().commit();
        } finally {
            if (own.getTransaction().isActive()) {
                own.getTransaction().rollback();
            }
            own.close();
        }
    }

    private static void countWith(EntityManager em, long articleId, long accountId, LocalDate day) {
        em.createNativeQuery("UPDATE news_article SET view_count = view_count + 1 WHERE id = ?")
                .setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("INSERT INTO news_view (article_id, account_id, view_day) VALUES (?, ?, ?)")
                .setParameter(1, articleId).setParameter(2, accountId).setParameter(3, java.sql.Date.valueOf(day))
                .executeUpdate();
    }
}
