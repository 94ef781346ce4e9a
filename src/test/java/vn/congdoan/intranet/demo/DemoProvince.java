package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.PasswordHasher;
import vn.congdoan.intranet.security.UserAccount;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * The demo province (tỉnh Bình Sơn at {@link DemoSize#DEMO}, about 2,000 members) and its demo accounts, generated
 * once per test database with a fixed seed, and the ids and viewers the persistence tests work with.
 *
 * <pre>
 * DemoProvince demo = DemoProvince.in(db);
 * Viewer officer = demo.viewer("canbo.coso");
 * </pre>
 */
public final class DemoProvince {

    public static final long SEED = 20261124L;
    /** Hashes made fast for tests; the iteration count is checked where it matters, in PasswordHasherTest. */
    public static final int TEST_ITERATIONS = 1000;
    public static final String PASSWORD = DemoDataGenerator.DEMO_PASSWORD;

    private final long provinceId;
    private final long sectorId;
    private final List<Long> districtIds;
    private final long firstSchoolId;
    private final long secondSchoolId;
    private final long firstMemberId;
    private final int members;
    private final Map<String, Viewer> viewers;

    private DemoProvince(TestDatabase db) {
        try (EntityManager em = db.createEntityManager()) {
            DemoDataGenerator.Result result = TestDatabase.inTransaction(em, () -> {
                DemoDataGenerator generator = new DemoDataGenerator(em, SEED, new PasswordHasher(TEST_ITERATIONS));
                DemoDataGenerator.Result generated = generator.generate(DemoSize.DEMO);
                generator.createDemoAccounts(generated);
                return generated;
            });
            provinceId = result.province().getId();
            sectorId = result.sector().getId();
            districtIds = result.districts().stream().map(OrgUnit::getId).toList();
            firstSchoolId = result.firstSchool().getId();
            secondSchoolId = result.secondSchool().getId();
            firstMemberId = result.firstMember().getId();
            members = result.members();
            viewers = em.createQuery("SELECT a FROM UserAccount a", UserAccount.class).getResultList().stream()
                    .map(UserAccount::toViewer).collect(Collectors.toUnmodifiableMap(Viewer::username,
                            Function.identity()));
        }
    }

    /** The demo province of this database, generated on first use. */
    public static DemoProvince in(TestDatabase db) {
        return db.fixture(DemoProvince.class, DemoProvince::new);
    }

    /**
     * The signed-in view of a demo account: admin, lanhdao.tinh, canbo.nganh, canbo.huyen, canbo.coso (a lower
     * secondary school of the first district), canbo.coso2 (a primary school of the same district) or doanvien (the
     * first member of canbo.coso's school).
     */
    public Viewer viewer(String username) {
        Viewer viewer = viewers.get(username);
        if (viewer == null) {
            throw new IllegalArgumentException("no demo account " + username);
        }
        return viewer;
    }

    public long provinceId() {
        return provinceId;
    }

    public long sectorId() {
        return sectorId;
    }

    /** The district federations, the first being canbo.huyen's. */
    public List<Long> districtIds() {
        return districtIds;
    }

    /** canbo.coso's school (a THCS). */
    public long firstSchoolId() {
        return firstSchoolId;
    }

    /** canbo.coso2's school (a primary school in the same district). */
    public long secondSchoolId() {
        return secondSchoolId;
    }

    /** doanvien's member record. */
    public long firstMemberId() {
        return firstMemberId;
    }

    /** How many members were generated. */
    public int members() {
        return members;
    }
}
