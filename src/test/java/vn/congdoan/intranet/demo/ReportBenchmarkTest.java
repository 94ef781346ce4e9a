package vn.congdoan.intranet.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.congdoan.intranet.reporting.ReportFixture;
import vn.congdoan.intranet.reporting.board.Board;
import vn.congdoan.intranet.reporting.board.BoardStatus;
import vn.congdoan.intranet.reporting.board.ReportBoardService;
import vn.congdoan.intranet.reporting.board.ReportScope;
import vn.congdoan.intranet.reporting.consolidation.Consolidation;
import vn.congdoan.intranet.reporting.consolidation.ConsolidationService;
import vn.congdoan.intranet.security.PasswordHasher;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * A benchmark, not a test of speed: it prints how long the status board, a page of its table and the consolidation
 * of a province at benchmark scale (about 2,000 unions, two school years of reports) take, and checks only that they
 * are right. Runs only with {@code -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportBenchmarkTest {

    @DatabaseTest
    void boardAndConsolidationOfAProvinceOfTwoThousandUnions(TestDatabase db, EntityManager em) {
        long setUp = System.nanoTime();
        DemoDataGenerator.Result province = inTransaction(em, () -> {
            DemoDataGenerator.Result generated = new DemoDataGenerator(em, DemoProvince.SEED,
                    new PasswordHasher(DemoProvince.TEST_ITERATIONS)).generate(DemoSize.PROVINCE_SCALE);
            new ReportDemoData(em, DemoProvince.CLOCK).pastSchoolYears(generated.province());
            return generated;
        });
        long setUpMillis = (System.nanoTime() - setUp) / 1_000_000;
        em.clear();
        long periodId = em.createQuery("SELECT p.id FROM ReportingPeriod p WHERE p.title LIKE :t", Long.class)
                .setParameter("t", "%2024–2025").getSingleResult();
        Viewer leader = new Viewer(-1, "lanhdao", "lanhdao", Role.PROVINCE_LEADER, province.province().getId(),
                province.province().getPath(), null);
        ReportScope scope = ReportFixture.scope(em);
        ReportBoardService boards = new ReportBoardService(em, DemoProvince.CLOCK, scope);
        ConsolidationService consolidations = new ConsolidationService(em, scope);
        inTransaction(em, () -> boards.board(leader, periodId, null)); // warm up
        inTransaction(em, () -> consolidations.consolidate(leader, periodId, null));

        long started = System.nanoTime();
        Board board = inTransaction(em, () -> boards.board(leader, periodId, null));
        long boardMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        PageQuery page = PageQuery.firstPage(50).withFilter(ReportBoardService.NAME, "mam non");
        int count = inTransaction(em, () -> boards.countReports(leader, periodId, null, page));
        inTransaction(em, () -> boards.findReports(leader, periodId, null, page));
        long tableMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Consolidation consolidation = inTransaction(em, () -> consolidations.consolidate(leader, periodId, null));
        long consolidationMillis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("%s: %d reports in %d branches (set-up %d ms); board %d ms, filtered table page"
                        + " (%d rows) %d ms, consolidation %d ms%n", db.engine(), board.totals().getTotal(),
                board.rows().size(), setUpMillis, boardMillis, count, tableMillis, consolidationMillis);
        assertEquals(board.totals().getTotal(), board.totals().count(BoardStatus.APPROVED));
        assertEquals(board.totals().getTotal(), consolidation.total().included());
    }
}
