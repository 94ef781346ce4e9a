package vn.congdoan.intranet.reporting.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.reporting.ActivityReport;
import vn.congdoan.intranet.reporting.ReportFixture;
import vn.congdoan.intranet.reporting.ReportStatus;
import vn.congdoan.intranet.reporting.consolidation.Consolidation;
import vn.congdoan.intranet.reporting.consolidation.ConsolidationService;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/** The demo's past periods stay on their own tree: district federations that ended in 2025 are still branches. */
class DemoBoardPersistenceTest {

    private static long period(EntityManager em, String title) {
        return em.createQuery("SELECT p.id FROM ReportingPeriod p WHERE p.title = :t", Long.class)
                .setParameter("t", title).getSingleResult();
    }

    @DatabaseTest
    void the2023SchoolYearShowsTheDistrictFederationsAndTheSectorUnion(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ReportBoardService service = new ReportBoardService(em, DemoProvince.CLOCK, ReportFixture.scope(em));
        long id = period(em, "Báo cáo tổng kết năm học 2023–2024");

        Board board = service.board(demo.viewer("lanhdao.tinh"), id, null);

        assertEquals(demo.provinceId(), board.branch().unitId());
        List<Long> branches = board.rows().stream().map(BranchRow::unitId).toList();
        assertTrue(branches.containsAll(demo.districtIds()));
        assertTrue(branches.contains(demo.sectorId()));
        assertEquals(board.totals().getTotal(), board.totals().count(BoardStatus.APPROVED));
        assertTrue(board.totals().handedInLate() > 0);

        Board district = service.board(demo.viewer("lanhdao.tinh"), id, demo.districtIds().get(0));
        assertTrue(district.rows().stream().anyMatch(r -> r.unitId() == demo.firstSchoolId()));
        assertTrue(district.rows().stream().noneMatch(BranchRow::isDrillable));
        assertEquals(2, district.branch().breadcrumb().size());
        assertThrows(AccessDeniedException.class, () -> service.board(demo.viewer("canbo.coso"), id, null));
    }

    @DatabaseTest
    void theWardOfficerSeesHisFormerDistrictInThePastAndHisWardToday(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ReportBoardService service = new ReportBoardService(em, DemoProvince.CLOCK, ReportFixture.scope(em));

        Board past = service.board(demo.viewer("canbo.huyen"), period(em, "Báo cáo tổng kết năm học 2023–2024"),
                null);
        assertEquals(demo.districtIds().get(0), past.branch().unitId());

        Board current = service.board(demo.viewer("canbo.huyen"), demo.currentPeriodId(), null);
        assertEquals(demo.communeIds().get(0), current.branch().unitId());
        long wardReports = em.createQuery("SELECT COUNT(r) FROM ActivityReport r WHERE r.period.id = :p"
                + " AND r.reviewer.id = :ward", Long.class).setParameter("p", demo.currentPeriodId())
                .setParameter("ward", demo.communeIds().get(0)).getSingleResult();
        assertEquals(wardReports, current.totals().getTotal());
        List<ActivityReport> page = service.findReports(demo.viewer("canbo.huyen"), demo.currentPeriodId(), null,
                PageQuery.firstPage(200));
        assertTrue(page.stream().allMatch(r -> r.getReviewer().getId().equals(demo.communeIds().get(0))));
        assertFalse(current.totals().count(BoardStatus.NOT_STARTED) == current.totals().getTotal());
        assertThrows(AccessDeniedException.class, () -> service.board(demo.viewer("canbo.huyen"),
                demo.currentPeriodId(), demo.communeIds().get(2)));
    }

    @DatabaseTest
    void pastReportsAreConsistentAndTheConsolidationOfTheLastSchoolYearLeavesOutTheMissingOnes(TestDatabase db,
                                                                                              EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        assertEquals(0L, em.createQuery("SELECT COUNT(r) FROM ActivityReport r WHERE r.figures.membersWomen >"
                + " r.figures.membersTotal", Long.class).getSingleResult());
        long id = period(em, "Báo cáo tổng kết năm học 2025–2026");
        Consolidation result = new ConsolidationService(em, ReportFixture.scope(em))
                .consolidate(demo.viewer("lanhdao.tinh"), id, null);
        long approved = em.createQuery("SELECT COUNT(r) FROM ActivityReport r WHERE r.period.id = :p"
                + " AND r.status = :s", Long.class).setParameter("p", id).setParameter("s", ReportStatus.APPROVED)
                .getSingleResult();
        assertEquals(approved, result.total().included());
        assertEquals(approved + 2, result.total().reports());
        long members = em.createQuery("SELECT SUM(r.figures.membersTotal) FROM ActivityReport r WHERE r.period.id = :p"
                + " AND r.status = :s", Long.class).setParameter("p", id).setParameter("s", ReportStatus.APPROVED)
                .getSingleResult();
        assertEquals(members, result.total().membersTotal());
        assertTrue(result.rows().stream().anyMatch(r -> r.unitId() == demo.communeIds().get(0)));
    }
}
