package vn.congdoan.intranet.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;

/** Opening a period creates one report per grassroots union below the opener, addressed to its direct superior. */
class PeriodOpeningPersistenceTest {

    @DatabaseTest
    void theDemoPeriodHasAReportForEveryActiveGrassrootsUnion(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        long grassroots = em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.active = TRUE"
                + " AND u.level.grassroots = TRUE", Long.class).getSingleResult();
        List<ActivityReport> reports = em.createQuery("SELECT r FROM ActivityReport r WHERE r.period.id = :p",
                ActivityReport.class).setParameter("p", demo.currentPeriodId()).getResultList();

        assertEquals(grassroots, reports.size());
        assertTrue(reports.stream().filter(r -> r.getUnit().getId() == demo.firstSchoolId()
                || r.getUnit().getId() == demo.secondSchoolId()).allMatch(r -> r.getStatus() == ReportStatus.NOT_STARTED));
        ActivityReport first = reports.stream().filter(r -> r.getUnit().getId() == demo.firstSchoolId())
                .findFirst().orElseThrow();
        assertEquals(demo.communeIds().get(0), first.getReviewer().getId());
        assertEquals(LocalDate.of(2026, 11, 27), first.getPeriod().getDeadline());
    }

    @DatabaseTest
    void aWardOfficerOpensForChosenSchoolsOfTheirWardOnly(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer ward = demo.viewer("canbo.huyen");
        PeriodService service = new PeriodService(em, DemoProvince.CLOCK);
        PeriodDraft draft = new PeriodDraft(PeriodKind.HALF_YEAR, "Sơ kết học kỳ I năm học 2026–2027",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 20),
                Set.of(demo.firstSchoolId()));

        ReportingPeriod period = inTransaction(em, () -> service.open(ward, draft));

        assertEquals(1L, em.createQuery("SELECT COUNT(r) FROM ActivityReport r WHERE r.period = :p", Long.class)
                .setParameter("p", period).getSingleResult());
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> service.open(demo.viewer("canbo.coso"),
                draft)));
        PeriodDraft elsewhere = new PeriodDraft(draft.kind(), draft.title(), draft.coversFrom(), draft.coversTo(),
                draft.deadline(), Set.of(demo.sectorId()));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> service.open(ward, elsewhere)));
        PeriodDraft past = new PeriodDraft(draft.kind(), draft.title(), draft.coversFrom(), draft.coversTo(),
                LocalDate.of(2026, 11, 1), Set.of());
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> service.open(ward, past)));
        assertEquals("deadline", refusal.getField());
    }
}
