package vn.congdoan.intranet.emulation.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import vn.congdoan.intranet.demo.ClassificationDemoData;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.TestDatabase;

/** The demo's classifications and plans as the leaders see them, and who sees which plan. */
class DemoTargetsPersistenceTest {

    @DatabaseTest
    void theDemoTermPlanCountsSevenOfNine(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        TestDatabase.inTransaction(em, () -> new ClassificationDemoData(em, DemoProvince.CLOCK).create(
                new ClassificationDemoData.Units(em.find(OrgUnit.class, demo.provinceId()),
                        em.find(OrgUnit.class, demo.communeIds().get(0)), em.find(OrgUnit.class, demo.firstSchoolId()),
                        em.find(OrgUnit.class, demo.secondSchoolId()))));
        TargetService service = new TargetService(em, DemoProvince.CLOCK);
        Viewer leader = demo.viewer("lanhdao.tinh");
        TargetPlan term = service.plans(leader).stream()
                .filter(p -> p.getName().equals(ClassificationDemoData.TERM_NAME)).findFirst().orElseThrow();
        assertEquals(2025, service.defaultYear(term), "the latest year that has ended");
        TargetService.PlanEvaluation evaluation = service.evaluate(leader, term.getId(), null);
        assertEquals(9, evaluation.getTotal());
        StringBuilder outcomes = new StringBuilder();
        evaluation.results().forEach(x -> outcomes.append(x.target().getLabel()).append(" → ")
                .append(x.getOutcome()).append(' ').append(x.evaluation().actual()).append('\n'));
        assertEquals(7, evaluation.getReached(), outcomes.toString());

        // the school sees the province's plan read-only, and its ward's plan; the other school not the ward's
        Viewer school = demo.viewer("canbo.coso");
        assertTrue(service.plans(school).stream().anyMatch(p -> p.getId().equals(term.getId())));
        assertEquals(false, service.mayEdit(school, term));
        assertEquals(true, service.mayEdit(leader, term));
        TargetPlan wardPlan = service.plans(demo.viewer("canbo.huyen")).stream()
                .filter(p -> p.getUnit().getId().equals(demo.communeIds().get(0))).findFirst().orElseThrow();
        assertEquals(3, service.evaluate(school, wardPlan.getId(), null).getTotal());
        long schoolPlan = TestDatabase.inTransaction(em, () -> {
            TargetPlan plan = new TargetPlan(em.find(OrgUnit.class, demo.firstSchoolId()), PlanKind.YEAR,
                    "Kế hoạch riêng của trường", 2026, 2026, "admin", DemoProvince.CLOCK.instant());
            em.persist(plan);
            return plan.getId();
        });
        assertEquals(schoolPlan, service.getPlan(school, schoolPlan).getId());
        assertThrows(NotFoundException.class, () -> service.getPlan(demo.viewer("canbo.coso2"), schoolPlan),
                "another school's plan is not found, not even by id");
        assertTrue(service.plans(demo.viewer("canbo.coso2")).stream().noneMatch(p -> p.getId() == schoolPlan));
        TargetForm form = new TargetForm();
        form.setLabel("Thử");
        form.setLowValue(BigDecimal.ONE);
        assertThrows(AccessDeniedException.class, () -> service.addTarget(school, term.getId(), form));
    }

}
