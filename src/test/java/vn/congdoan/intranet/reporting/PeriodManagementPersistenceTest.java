package vn.congdoan.intranet.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/** Listing periods in scope, closing and reopening them, moving deadlines, and what a new period would cover. */
class PeriodManagementPersistenceTest {

    @DatabaseTest
    void aWardOfficerFollowsTheProvincePeriodsIncludingThoseOfTheDistrictHeSucceeded(TestDatabase db,
                                                                                    EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        PeriodService service = new PeriodService(em, DemoProvince.CLOCK, ReportFixture.scope(em));
        Viewer ward = demo.viewer("canbo.huyen");

        List<ReportingPeriod> periods = service.findPeriods(ward, PageQuery.firstPage(20));

        assertEquals(List.of("Báo cáo công tác công đoàn năm 2026", "Báo cáo tổng kết năm học 2025–2026",
                "Báo cáo tổng kết năm học 2024–2025", "Báo cáo tổng kết năm học 2023–2024"),
                periods.stream().map(ReportingPeriod::getTitle).toList());
        assertEquals(4, service.countPeriods(ward, PageQuery.firstPage(20)));
        assertEquals(1, service.countPeriods(ward, PageQuery.firstPage(20).withFilter(PeriodService.STATUS,
                PeriodStatus.OPEN)));
        assertEquals(demo.currentPeriodId(), service.defaultPeriod(ward).orElseThrow().getId());
        Map<Long, long[]> progress = service.progress(ward, periods);
        long[] current = progress.get(demo.currentPeriodId());
        long wardSchools = em.createQuery("SELECT COUNT(r) FROM ActivityReport r WHERE r.period.id = :p"
                + " AND r.reviewer.id = :ward", Long.class).setParameter("p", demo.currentPeriodId())
                .setParameter("ward", demo.communeIds().get(0)).getSingleResult();
        assertEquals(wardSchools, current[1]);
        long[] oldest = progress.get(periods.get(3).getId());
        assertEquals(oldest[0], oldest[1]);
        assertThrows(AccessDeniedException.class, () -> service.findPeriods(demo.viewer("doanvien"),
                PageQuery.firstPage(5)));
    }

    @DatabaseTest
    void aPeriodIsReadByThoseWhoWorkWithItsReportsNeverByAMember(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        PeriodService service = new PeriodService(em, DemoProvince.CLOCK, ReportFixture.scope(em));
        long id = demo.currentPeriodId();

        assertEquals(id, service.getPeriod(demo.viewer("canbo.coso"), id).getId());
        assertEquals(id, service.getPeriod(demo.viewer("canbo.huyen"), id).getId());
        // the member's union has a report in the period, which once let the period through
        assertThrows(AccessDeniedException.class, () -> service.getPeriod(demo.viewer("doanvien"), id));
    }

    @DatabaseTest
    void theOwnerClosesReopensAndMovesTheDeadlineButNotIntoThePast(EntityManager em) {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));
        PeriodService service = new PeriodService(em, ReportFixture.BEFORE, ReportFixture.scope(em));
        long id = f.period.getId();

        assertEquals(PeriodStatus.CLOSED, inTransaction(em, () -> service.close(f.leader, id)).getStatus());
        assertEquals(PeriodStatus.OPEN, inTransaction(em, () -> service.reopen(f.leader, id)).getStatus());
        assertEquals(LocalDate.of(2026, 5, 30), inTransaction(em, () -> service.moveDeadline(f.leader, id,
                LocalDate.of(2026, 5, 30))).getDeadline());
        BusinessException past = assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service.moveDeadline(f.leader, id, LocalDate.of(2026, 5, 9))));
        assertEquals("deadline", past.getField());
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> service.close(f.officer1, id)));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> service.close(f.schoolOfficerA, id)));
    }

    @DatabaseTest
    void choosingADistrictIncludesEverySchoolBelowIt(EntityManager em) {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));
        PeriodService service = new PeriodService(em, ReportFixture.BEFORE, ReportFixture.scope(em));

        assertEquals(5, service.reportingUnitIds(f.leader, Set.of()).size());
        assertEquals(Set.of(f.c.getId(), f.d.getId(), f.e.getId(), f.a.getId()),
                service.reportingUnitIds(f.leader, Set.of(f.district2.getId(), f.a.getId())));
        assertTrue(service.choosableUnits(f.leader).stream().anyMatch(u -> u.getId().equals(f.district1.getId())));
        assertEquals(Set.of(), service.reportingUnitIds(f.officer1, Set.of(f.c.getId())));
    }

    @DatabaseTest
    void proposalsFollowTheSchoolYearFromSeptemberToAugust(EntityManager em) {
        PeriodProposal year = PeriodProposal.of(PeriodKind.SCHOOL_YEAR, 2025);
        assertEquals(LocalDate.of(2025, 9, 1), year.coversFrom());
        assertEquals(LocalDate.of(2026, 8, 31), year.coversTo());
        assertEquals("2026", year.secondYear());
        assertEquals(LocalDate.of(2026, 1, 31), PeriodProposal.of(PeriodKind.HALF_YEAR, 2025).coversTo());
        assertEquals(LocalDate.of(2025, 12, 31), PeriodProposal.of(PeriodKind.CALENDAR_YEAR, 2025).coversTo());
        assertNull(PeriodProposal.of(PeriodKind.MID_TERM, 2025).coversFrom());
    }
}
