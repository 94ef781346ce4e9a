package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import vn.congdoan.intranet.security.PasswordHasher;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.UserAccount;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * The database the service benchmarks (the {@code *BenchmarkTest} classes, run with {@code -Dbenchmark=true}) time
 * the real services on: a generated dataset named by {@code bench.db.url} (with {@code bench.db.user},
 * {@code bench.db.password}), e.g. {@code jdbc:mysql://127.0.0.1:3306/congdoan_bench}, used as it is (no migration,
 * and the benchmarks roll back whatever they write); or, without that property, a province at
 * {@link DemoSize#PROVINCE_SCALE} with two school years of reports generated into an in-memory H2 database.
 *
 * <p>One per test JVM: the generated province takes a minute, so the benchmark classes share it.
 */
public final class BenchmarkDatabase {

    private static BenchmarkDatabase instance;

    private final EntityManagerFactory emf;
    private final TestDatabase generatedDatabase;
    private final String description;
    private final Viewer leader;

    private BenchmarkDatabase() {
        String url = System.getProperty("bench.db.url", "").trim();
        if (url.isEmpty()) {
            TestDatabase h2 = TestDatabase.create(TestDatabase.Engine.H2);
            Runtime.getRuntime().addShutdownHook(new Thread(h2::close));
            emf = null;
            long started = System.nanoTime();
            try (EntityManager em = h2.createEntityManager()) {
                DemoDataGenerator.Result province = TestDatabase.inTransaction(em, () -> {
                    DemoDataGenerator.Result generated = new DemoDataGenerator(em, DemoProvince.SEED,
                            new PasswordHasher(DemoProvince.TEST_ITERATIONS)).generate(DemoSize.PROVINCE_SCALE);
                    new ReportDemoData(em, DemoProvince.CLOCK).pastSchoolYears(generated.province());
                    return generated;
                });
                leader = new Viewer(-1, "lanhdao", "lanhdao", Role.PROVINCE_LEADER, province.province().getId(),
                        province.province().getPath(), null);
                description = String.format("H2, province scale generated in %d s (%d units, %d members)",
                        (System.nanoTime() - started) / 1_000_000_000, province.units(), province.members());
            }
            generatedDatabase = h2;
        } else {
            emf = Persistence.createEntityManagerFactory("intranet", properties(url));
            Runtime.getRuntime().addShutdownHook(new Thread(emf::close));
            generatedDatabase = null;
            try (EntityManager em = emf.createEntityManager()) {
                String username = System.getProperty("bench.leader", "lanhdao.p01");
                leader = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                        .setParameter("u", username).getResultStream().findFirst()
                        .orElseThrow(() -> new IllegalStateException("no account " + username + " in " + url))
                        .toViewer();
                description = url.replaceAll("\\?.*", "") + ", " + count(em, "OrgUnit") + " units, "
                        + count(em, "Member") + " members";
            }
        }
    }

    /** The benchmark database of this JVM, opened (or generated) on first use. */
    public static synchronized BenchmarkDatabase get() {
        if (instance == null) {
            instance = new BenchmarkDatabase();
        }
        return instance;
    }

    /** A new EntityManager; the caller closes it. */
    public EntityManager createEntityManager() {
        return emf != null ? emf.createEntityManager() : generatedDatabase.createEntityManager();
    }

    /** The leader of the province the benchmarks work on ({@code bench.leader}, default lanhdao.p01). */
    public Viewer leader() {
        return leader;
    }

    @Override
    public String toString() {
        return description;
    }

    private static long count(EntityManager em, String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
    }

    /** Those of TestDatabase: a Java SE unit over the JDBC URL, EclipseLink's own pool, no weaving. */
    private static Map<String, Object> properties(String url) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver",
                url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "com.mysql.cj.jdbc.Driver");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", System.getProperty("bench.db.user", "bench"));
        properties.put("jakarta.persistence.jdbc.password", System.getProperty("bench.db.password", "bench"));
        properties.put("jakarta.persistence.validation.mode", "NONE");
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level.metadata", "SEVERE");
        return properties;
    }
}
