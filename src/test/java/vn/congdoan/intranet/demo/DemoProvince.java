package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.ReportingPeriod;
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
    /** The demo's "now": the 2025 reorganisation lies in the past, as it does for the running app. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneOffset.UTC);

    private final long provinceId;
    private final long sectorId;
    private final List<Long> districtIds;
    private final long firstSchoolId;
    private final long secondSchoolId;
    private final long firstMemberId;
    private final int members;
    private final List<Long> communeIds;
    private final int activeMembers;
    private final Map<String, Viewer> viewers;
    private final long currentPeriodId;

    private DemoProvince(TestDatabase db) {
        DemoDataGenerator.Reorganised[] reorganised = new DemoDataGenerator.Reorganised[1];
        long[] period = new long[1];
        try (EntityManager em = db.createEntityManager()) {
            DemoDataGenerator.Result result = TestDatabase.inTransaction(em, () -> {
                DemoDataGenerator generator = new DemoDataGenerator(em, SEED, new PasswordHasher(TEST_ITERATIONS));
                DemoDataGenerator.Result generated = generator.generate(DemoSize.DEMO);
                generator.createDemoAccounts(generated);
                ReportDemoData reports = new ReportDemoData(em, CLOCK);
                reports.pastSchoolYears(generated.province());
                reorganised[0] = generator.reorganise(generated, CLOCK);
                Set<Long> demoSchools = Set.of(generated.firstSchool().getId(), generated.secondSchool().getId());
                reports.lastSchoolYear(generated.province(), demoSchools);
                ReportingPeriod current = reports.openCurrentPeriod(generated.province());
                reports.fillCurrentPeriod(current, demoSchools);
                new NewsDemoData(em, CLOCK).create(new NewsDemoData.Units(generated.province(),
                        generated.sector(), generated.districts(), reorganised[0].communes(),
                        generated.firstSchool(), generated.secondSchool()));
                period[0] = current.getId();
                return generated;
            });
            currentPeriodId = period[0];
            provinceId = result.province().getId();
            sectorId = result.sector().getId();
            districtIds = result.districts().stream().map(OrgUnit::getId).toList();
            firstSchoolId = result.firstSchool().getId();
            secondSchoolId = result.secondSchool().getId();
            firstMemberId = result.firstMember().getId();
            members = result.members();
            communeIds = reorganised[0].communes().stream().map(OrgUnit::getId).toList();
            activeMembers = em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.status = :active", Long.class)
                    .setParameter("active", MemberStatus.ACTIVE).getSingleResult().intValue();
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

    /**
     * The open period of the demo (the calendar-year report of 2026, due 27/11/2026 on the demo clock), opened on
     * 14/11/2026 by the province for every grassroots union and addressed to its commune union. The reports of
     * canbo.coso's and canbo.coso2's schools are NOT_STARTED; other schools have drafts, submitted, one returned and a
     * few approved reports. The demo also holds the closed school years 2023–2024 and 2024–2025 (on the tree before
     * the 2025 reorganisation) and 2025–2026 (on the new tree).
     */
    public long currentPeriodId() {
        return currentPeriodId;
    }

    public long provinceId() {
        return provinceId;
    }

    public long sectorId() {
        return sectorId;
    }

    /**
     * The commune and ward unions founded on 01/07/2025, two per former district; the first is canbo.huyen's unit
     * since then and holds the schools of canbo.coso and canbo.coso2.
     */
    public List<Long> communeIds() {
        return communeIds;
    }

    /** Members still active after the reorganisation, the admissions and the retirements. */
    public int activeMembers() {
        return activeMembers;
    }

    /** The district federations, ended on 01/07/2025; the first was canbo.huyen's. */
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

    /** How many members were generated before the reorganisation. */
    public int members() {
        return members;
    }
}
