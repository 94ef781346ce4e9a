package vn.congdoan.intranet.reporting.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import vn.congdoan.intranet.reporting.ActivityReport;
import vn.congdoan.intranet.reporting.ReportFixture;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;

/** The status board counts, percentages, lateness, drill-down, table filters and scope, on a small hand-made tree. */
class ReportBoardPersistenceTest {

    private static ReportBoardService board(EntityManager em, Clock clock) {
        return new ReportBoardService(em, clock, ReportFixture.scope(em));
    }

    @DatabaseTest
    void afterTheDeadlineUnitsNotHandedInAreLateAndLateSubmissionsAreCounted(EntityManager em) {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));

        Board board = board(em, ReportFixture.AFTER).board(f.leader, f.period.getId(), null);

        assertEquals(f.province.getId(), board.branch().unitId());
        assertTrue(board.pastDeadline());
        StatusCounts totals = board.totals();
        assertEquals(5, totals.getTotal());
        assertEquals(2, totals.count(BoardStatus.APPROVED));
        assertEquals(1, totals.count(BoardStatus.SUBMITTED));
        assertEquals(2, totals.count(BoardStatus.LATE));
        assertEquals(0, totals.count(BoardStatus.DRAFT));
        assertEquals(0, totals.count(BoardStatus.NOT_STARTED));
        assertEquals(1, totals.handedInLate());
        assertEquals(40.0, totals.percent(BoardStatus.APPROVED));
        assertEquals(3, totals.getHandedIn());

        assertEquals(List.of(f.district1.getId(), f.district2.getId()), board.rows().stream()
                .map(BranchRow::unitId).toList());
        StatusCounts d1 = board.rows().get(0).counts();
        assertEquals(2, d1.count(BoardStatus.APPROVED));
        assertEquals(1, d1.handedInLate());
        StatusCounts d2 = board.rows().get(1).counts();
        assertEquals(1, d2.count(BoardStatus.SUBMITTED));
        assertEquals(2, d2.count(BoardStatus.LATE));
        assertEquals(66.7, d2.percent(BoardStatus.LATE));
    }

    @DatabaseTest
    void beforeTheDeadlineTheBoardShowsDraftsAndUnstartedReports(EntityManager em) {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));

        StatusCounts totals = board(em, ReportFixture.BEFORE).board(f.leader, f.period.getId(), null).totals();

        assertEquals(1, totals.count(BoardStatus.DRAFT));
        assertEquals(1, totals.count(BoardStatus.NOT_STARTED));
        assertEquals(0, totals.count(BoardStatus.LATE));
        assertEquals(20.0, totals.percent(BoardStatus.DRAFT));
    }

    @DatabaseTest
    void drillingIntoADistrictShowsItsSchoolsAndTheWayBack(EntityManager em) {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));

        Board board = board(em, ReportFixture.AFTER).board(f.leader, f.period.getId(), f.district2.getId());

        assertEquals(3, board.totals().getTotal());
        assertEquals(List.of(f.c.getId(), f.d.getId(), f.e.getId()).stream().sorted().toList(),
                board.rows().stream().map(BranchRow::unitId).sorted().toList());
        assertTrue(board.rows().stream().noneMatch(BranchRow::isDrillable));
        assertEquals(List.of(f.province.getId(), f.district2.getId()), board.branch().breadcrumb().stream()
                .map(PeriodBranch.Crumb::unitId).toList());
    }

    @DatabaseTest
    void theTableFiltersByBoardStatusAndNameWithoutDiacritics(EntityManager em) {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));
        ReportBoardService service = board(em, ReportFixture.AFTER);
        long id = f.period.getId();

        PageQuery late = PageQuery.firstPage(10).withFilter(ReportBoardService.STATUS, BoardStatus.LATE);
        assertEquals(2, service.countReports(f.leader, id, null, late));
        assertEquals(List.of(f.d.getId(), f.e.getId()), service.findReports(f.leader, id, null, late).stream()
                .map(r -> r.getUnit().getId()).sorted().toList());
        PageQuery drafts = PageQuery.firstPage(10).withFilter(ReportBoardService.STATUS, BoardStatus.DRAFT);
        assertEquals(0, service.countReports(f.leader, id, null, drafts));
        PageQuery named = PageQuery.firstPage(10).withFilter(ReportBoardService.NAME, "binh minh");
        List<ActivityReport> found = service.findReports(f.leader, id, null, named);
        assertEquals(1, found.size());
        assertEquals(f.b.getId(), found.get(0).getUnit().getId());
        assertEquals(BoardStatus.APPROVED, service.statusOf(found.get(0)));
        List<ActivityReport> sorted = service.findReports(f.leader, id, null, PageQuery.firstPage(2)
                .sortedBy("unitName", false));
        assertEquals(2, sorted.size());
        assertEquals("Công đoàn Trường Tiểu học Đoàn Kết", sorted.get(0).getUnitName());
    }

    @DatabaseTest
    void aDistrictOfficerSeesOnlyTheirDistrictAndASchoolOfficerNoBoard(EntityManager em) {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));
        ReportBoardService service = board(em, ReportFixture.AFTER);

        Board board = service.board(f.officer1, f.period.getId(), null);

        assertEquals(f.district1.getId(), board.branch().unitId());
        assertEquals(2, board.totals().getTotal());
        assertEquals(2, service.countReports(f.officer1, f.period.getId(), null, PageQuery.firstPage(10)));
        assertFalse(board.rows().stream().anyMatch(r -> r.unitId() == f.c.getId()));
        assertThrows(AccessDeniedException.class, () -> service.board(f.officer1, f.period.getId(),
                f.district2.getId()));
        assertThrows(AccessDeniedException.class, () -> service.board(f.schoolOfficerA, f.period.getId(), null));
    }
}
