package vn.congdoan.intranet.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * The view counter under parallel readers: every request has its own EntityManager and transaction, as requests of
 * the running app do, and the counter ends at the number of distinct (reader, day) pairs whatever the interleaving.
 */
class NewsViewCounterPersistenceTest {

    private static final int THREADS = 16;

    /** A province-wide article of the given year, which the demo accounts have not read. */
    private static long article(EntityManager em, Viewer reader, int year) {
        return new NewsReadService(em, DemoProvince.CLOCK).latest(reader, 200).stream()
                .filter(s -> s.publishedAt().atZone(Formats.ZONE).getYear() == year).findFirst().orElseThrow().id();
    }

    private static long storedCount(TestDatabase db, long articleId) {
        try (EntityManager em = db.createEntityManager()) {
            return new NewsReadService(em, DemoProvince.CLOCK).viewCount(articleId);
        }
    }

    /** Each call runs like a request: its own EntityManager and page transaction; the count runs in its own. */
    private static boolean view(TestDatabase db, Viewer viewer, long articleId, Clock clock) {
        try (EntityManager em = db.createEntityManager()) {
            NewsReadService service = new NewsReadService(em, clock, new NewsViewCounter(db::createEntityManager));
            return TestDatabase.inTransaction(em, () -> service.recordView(viewer, articleId));
        }
    }

    private static long countedOf(List<Callable<Boolean>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Callable<Boolean> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            long counted = 0;
            for (Future<Boolean> future : futures) {
                counted += future.get() ? 1 : 0;
            }
            return counted;
        } finally {
            pool.shutdownNow();
        }
    }

    @DatabaseTest
    void sixteenParallelRequestsOfFourReadersCountFourViews(TestDatabase db, EntityManager em) throws Exception {
        DemoProvince demo = DemoProvince.in(db);
        List<Viewer> readers = List.of(demo.viewer("admin"), demo.viewer("canbo.nganh"), demo.viewer("canbo.coso2"),
                demo.viewer("canbo.huyen"));
        long article = article(em, readers.get(2), 2022);
        long before = storedCount(db, article);

        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Viewer reader = readers.get(i % readers.size());
            calls.add(() -> view(db, reader, article, DemoProvince.CLOCK));
        }

        assertEquals(4, countedOf(calls), "one counted view per reader");
        assertEquals(before + 4, storedCount(db, article));
        assertFalse(view(db, readers.get(0), article, DemoProvince.CLOCK), "the same day again");
        assertEquals(before + 4, storedCount(db, article));
    }

    @DatabaseTest
    void oneReaderSixteenTimesThenSixteenReadersTwiceOnTheNextDay(TestDatabase db, EntityManager em)
            throws Exception {
        DemoProvince demo = DemoProvince.in(db);
        Viewer member = demo.viewer("doanvien");
        long article = article(em, member, 2021);
        long before = storedCount(db, article);

        List<Callable<Boolean>> same = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            same.add(() -> view(db, member, article, DemoProvince.CLOCK));
        }
        assertEquals(1, countedOf(same));
        assertEquals(before + 1, storedCount(db, article));

        Clock tomorrow = Clock.offset(DemoProvince.CLOCK, Duration.ofDays(1));
        List<Callable<Boolean>> many = new ArrayList<>();
        for (int i = 0; i < THREADS * 2; i++) {
            Viewer reader = new Viewer(1_000_000L + i % THREADS, "reader" + i % THREADS, "Bạn đọc", member.role(),
                    member.unitId(), member.unitPath(), null);
            many.add(() -> view(db, reader, article, tomorrow));
        }
        assertEquals(THREADS, countedOf(many));
        assertEquals(before + 1 + THREADS, storedCount(db, article));
    }

    @DatabaseTest
    void aReaderOutsideTheAudienceCountsNothing(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        long secondSchoolOnly = em.createQuery("SELECT a.id FROM NewsArticle a WHERE a.audienceUnit.id = :s"
                        + " AND a.includeBelow = FALSE AND a.status = :p ORDER BY a.id", Long.class)
                .setParameter("s", demo.secondSchoolId()).setParameter("p", ArticleStatus.PUBLISHED)
                .setMaxResults(1).getSingleResult();
        long before = storedCount(db, secondSchoolOnly);

        assertThrows(NotFoundException.class, () -> view(db, demo.viewer("doanvien"), secondSchoolOnly,
                DemoProvince.CLOCK));

        assertEquals(before, storedCount(db, secondSchoolOnly));
        assertTrue(NewsReadService.isConstraintViolation(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(NewsReadService.isConstraintViolation(new PersistenceException("connection lost")));
    }
}
