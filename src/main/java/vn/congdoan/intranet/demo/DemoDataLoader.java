package vn.congdoan.intranet.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.congdoan.intranet.security.PasswordHasher;

/**
 * Fills an empty database with the demo province at start-up when {@code demo.data} is true (the default on H2).
 * A database that already has units is left alone, so restarting against MySQL never duplicates anything.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final long SEED = 20261124L;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "demo.data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!enabled) {
            return;
        }
        long units = em.createNamedQuery("OrgUnit.count", Long.class).getSingleResult();
        if (units > 0) {
            LOG.info("Demo data not generated: the database already has units");
            return;
        }
        long start = System.nanoTime();
        DemoDataGenerator generator = new DemoDataGenerator(em, SEED, hasher);
        DemoDataGenerator.Result result = generator.generate(DemoSize.DEMO);
        generator.createDemoAccounts(result);
        ReportDemoData reports = new ReportDemoData(em, Clock.systemUTC());
        // the past school years are opened on the tree they had, before the reorganisation moves the schools
        reports.pastSchoolYears(result.province());
        DemoDataGenerator.Reorganised reorganised = generator.reorganise(result, Clock.systemUTC());
        Set<Long> demoSchools = Set.of(result.firstSchool().getId(), result.secondSchool().getId());
        reports.lastSchoolYear(result.province(), demoSchools);
        reports.fillCurrentPeriod(reports.openCurrentPeriod(result.province()), demoSchools);
        new NewsDemoData(em, Clock.systemUTC()).create(new NewsDemoData.Units(result.province(), result.sector(),
                result.districts(), reorganised.communes(), result.firstSchool(), result.secondSchool()));
        long welfareStart = System.nanoTime();
        String welfare = new WelfareDemoData(em, Clock.systemUTC()).create(new WelfareDemoData.Units(
                result.province(), result.sector(), result.districts(), reorganised.communes(), result.firstSchool(),
                result.firstMember()));
        LOG.info(() -> String.format("Demo welfare: %s in %d ms", welfare, (System.nanoTime() - welfareStart)
                / 1_000_000));
        String emulation = new ClassificationDemoData(em, Clock.systemUTC()).create(new ClassificationDemoData.Units(
                result.province(), reorganised.communes().get(0), result.firstSchool(), result.secondSchool()));
        LOG.info(() -> "Demo classifications and targets: " + emulation);
        long movementStart = System.nanoTime();
        String movements = new MovementDemoData(em, Clock.systemUTC()).create(new MovementDemoData.Units(
                result.province(), result.firstSchool()));
        LOG.info(() -> String.format("Demo movements: %s in %d ms", movements, (System.nanoTime() - movementStart)
                / 1_000_000));
        long awardStart = System.nanoTime();
        String awards = new AwardDemoData(em, Clock.systemUTC()).create(new AwardDemoData.Units(result.province(),
                reorganised.communes(), result.firstSchool(), result.firstMember()));
        LOG.info(() -> String.format("Demo awards: %s in %d ms", awards, (System.nanoTime() - awardStart)
                / 1_000_000));
        LOG.info(() -> String.format("Demo province generated: %d units, %d members, reorganised on 01/07/2025 into"
                        + " %d commune unions, %d admitted and %d retired since, in %d ms", result.units(),
                result.members(), reorganised.communes().size(), reorganised.admitted(), reorganised.retired(),
                (System.nanoTime() - start) / 1_000_000));
    }
}
