package vn.congdoan.intranet.membership.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.congdoan.intranet.demo.DemoDataGenerator;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.demo.DemoSize;
import vn.congdoan.intranet.security.PasswordHasher;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * A benchmark, not a test of speed: it prints how long the quarterly movements of a whole province at benchmark
 * scale (about 2,000 unions, 100,000 members) take, and checks only that they are right. Slow to set up (the
 * province is generated first), so it runs only with {@code -Dbenchmark=true}; the README says how.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class MovementBenchmarkTest {

    @DatabaseTest
    void countsTheMovementsOfAProvinceOfAHundredThousandMembers(TestDatabase db, EntityManager em) {
        DemoDataGenerator.Result province = inTransaction(em, () -> new DemoDataGenerator(em, DemoProvince.SEED,
                new PasswordHasher(DemoProvince.TEST_ITERATIONS)).generate(DemoSize.PROVINCE_SCALE));
        em.clear();
        Viewer admin = new Viewer(-1, "admin", "admin", Role.ADMIN, province.province().getId(),
                province.province().getPath(), null);
        MovementService movements = MovementServices.movements(em);
        inTransaction(em, () -> movements.quarter(admin, province.province().getId(), 2026, 3)); // warm up

        long started = System.nanoTime();
        QuarterMovements quarter = inTransaction(em, () -> movements.quarter(admin, province.province().getId(),
                2026, 4));
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("%s: %d members, %d units, quarterly movements in %d ms%n", db.engine(),
                province.members(), province.units(), millis);
        assertEquals(province.members(), quarter.getTotal().getAtEnd());
    }
}
