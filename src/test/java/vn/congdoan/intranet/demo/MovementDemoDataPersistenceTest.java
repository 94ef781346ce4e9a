package vn.congdoan.intranet.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import vn.congdoan.intranet.emulation.movement.EntryStatus;
import vn.congdoan.intranet.emulation.movement.MovementResult;
import vn.congdoan.intranet.emulation.movement.MovementService;
import vn.congdoan.intranet.emulation.movement.MovementStatus;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * The demo's movements on the demo province (written in a transaction rolled back at the end): three movements of
 * the province, one closed with results, canbo.coso's school waiting for its score, written fast.
 */
class MovementDemoDataPersistenceTest {

    @DatabaseTest
    void threeMovementsWithRegistrationsAndLastYearsResults(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        em.getTransaction().begin();
        try {
            long start = System.nanoTime();
            String created = new MovementDemoData(em, DemoProvince.CLOCK).create(new MovementDemoData.Units(
                    em.find(OrgUnit.class, demo.provinceId()), em.find(OrgUnit.class, demo.firstSchoolId())));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("Movement demo data: " + created + " in " + took.toMillis() + " ms");
            assertTrue(took.toMillis() < 3_000, "movement demo data took " + took);
            em.flush();
            em.clear();

            MovementService service = new MovementService(em, DemoProvince.CLOCK);
            var school = demo.viewer("canbo.coso");
            var movements = service.findMovements(school, PageQuery.firstPage(50));
            assertTrue(movements.size() >= 3);
            assertEquals(1, movements.stream().filter(m -> m.getStatus() == MovementStatus.CLOSED).count());
            var women = movements.stream().filter(m -> m.isWomenOnly()).findFirst().orElseThrow();
            assertTrue(service.mayRegister(school, women), "the women-only movement takes registrations");
            long waiting = movements.stream().mapToLong(m -> service.countEntries(school, m.getId(),
                    PageQuery.firstPage(1).withFilter("status", EntryStatus.SELF_SCORED))).sum();
            assertEquals(1, waiting, "canbo.coso's school waits for the province's score");
            var closed = movements.stream().filter(m -> m.getStatus() == MovementStatus.CLOSED).findFirst()
                    .orElseThrow();
            var counts = service.resultCounts(demo.viewer("lanhdao.tinh"), closed.getId());
            assertTrue(counts.values().stream().mapToLong(Long::longValue).sum() > 30, counts.toString());
            assertTrue(counts.get(MovementResult.EXCELLENT) > 0 && counts.get(MovementResult.GOOD) > 0,
                    counts.toString());
            assertTrue(service.countEntries(demo.viewer("lanhdao.tinh"), women.getId(), PageQuery.firstPage(1)) > 30);
        } finally {
            em.getTransaction().rollback();
        }
    }
}
