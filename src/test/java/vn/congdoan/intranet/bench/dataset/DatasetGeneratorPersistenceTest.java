package vn.congdoan.intranet.bench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberServices;
import vn.congdoan.intranet.notification.NotificationService;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.organization.UnitHistoryService;
import vn.congdoan.intranet.organization.UnitNode;
import vn.congdoan.intranet.reporting.ActivityReport;
import vn.congdoan.intranet.reporting.ReportForm;
import vn.congdoan.intranet.reporting.ReportService;
import vn.congdoan.intranet.reporting.ReportStatus;
import vn.congdoan.intranet.security.PasswordHasher;
import vn.congdoan.intranet.security.UserAccount;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;
import vn.congdoan.intranet.shared.TextNormalizer;
import vn.congdoan.intranet.welfare.fund.FundService;

/**
 * The benchmark dataset at its tiny scale, generated once per engine: the rows it promises, the same rows from the
 * same seed, and the application's own services working on it (scope, reports, welfare funds, search, sign-in, the
 * tree before and after the 2025 restructuring).
 */
class DatasetGeneratorPersistenceTest {

    private static final long SEED = 7;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(LocalTime.of(10, 0))
            .atZone(DatasetGenerator.ZONE).toInstant(), DatasetGenerator.ZONE);

    /** The generated dataset of one database, with the checksum taken right after generation. */
    record Generated(DatasetGenerator.Result result, String checksum) {
    }

    private static Generated generated(TestDatabase db) {
        return db.fixture(Generated.class, d -> {
            DatasetGenerator.Result result = generate(d.dataSource());
            return new Generated(result, checksum(d.dataSource()));
        });
    }

    private static DatasetGenerator.Result generate(DataSource dataSource) {
        try {
            Path csv = Files.createTempFile("users", ".csv");
            try {
                return new DatasetGenerator(new DatasetGenerator.Settings(DatasetScale.TINY, SEED, TODAY, csv))
                        .generate(dataSource);
            } finally {
                Files.deleteIfExists(csv);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @DatabaseTest
    void writesTheConfiguredNumbersOfRows(TestDatabase db, EntityManager em) {
        var rows = generated(db).result().rows();
        DatasetScale tiny = DatasetScale.TINY;
        assertEquals(tiny.provinces() * tiny.schoolsPerProvince(),
                count(em, "SELECT COUNT(u) FROM OrgUnit u WHERE u.level.grassroots = TRUE"));
        long members = rows.get("union_member");
        assertTrue(members > 800 && members < 1_300, "about a thousand members: " + members);
        assertEquals(members, rows.get("membership_period"));
        // admin, one leader per province, one officer per commune union, an officer and a member per school
        assertEquals(1 + tiny.provinces() * (1 + 3 * 2 + 2 * tiny.schoolsPerProvince()),
                (long) rows.get("user_account"));
        // five school years and the current period, one report per grassroots union in each
        assertEquals(6L * tiny.provinces() * tiny.schoolsPerProvince(), (long) rows.get("activity_report"));
        assertEquals(80L, (long) rows.get("news_article"));
        assertTrue(rows.get("welfare_case") > members / 20, "welfare cases for about 12% of members");
        assertTrue(rows.get("award") > 0 && rows.get("movement_entry") > 0 && rows.get("unit_classification") > 0);
        long current = count(em, "SELECT COUNT(r) FROM ActivityReport r WHERE r.period.status ="
                + " vn.congdoan.intranet.reporting.PeriodStatus.OPEN");
        long open = count(em, "SELECT COUNT(r) FROM ActivityReport r WHERE r.period.status ="
                + " vn.congdoan.intranet.reporting.PeriodStatus.OPEN AND r.status IN"
                + " (vn.congdoan.intranet.reporting.ReportStatus.NOT_STARTED,"
                + " vn.congdoan.intranet.reporting.ReportStatus.DRAFT)");
        assertTrue(open > current / 4 && open < current * 3 / 4, open + " of " + current + " still editable");
    }

    @DatabaseTest
    void theSameSeedGivesTheSameRows(TestDatabase db) {
        String first = generated(db).checksum();
        JdbcDataSource other = new JdbcDataSource();
        other.setURL("jdbc:h2:mem:dataset_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        other.setUser("sa");
        try {
            generate(other);
            assertEquals(first, checksum(other));
        } finally {
            execute(other, "SHUTDOWN");
        }
    }

    @DatabaseTest
    void refusesADatabaseThatAlreadyHasUnits(TestDatabase db) {
        generated(db);
        assertThrows(IllegalStateException.class, () -> generate(db.dataSource()));
    }

    @DatabaseTest
    void newEntitiesGetIdsBeyondTheGeneratedOnes(TestDatabase db, EntityManager em) {
        generated(db);
        long maxMember = count(em, "SELECT MAX(m.id) FROM Member m");
        OrgUnit school = school(em, 1);
        Member member = inTransaction(em, () -> {
            Member m = new Member(school, "Trần Thị Mới", Gender.FEMALE, LocalDate.of(1995, 3, 4), "Giáo viên",
                    TODAY, null);
            em.persist(m);
            return m;
        });
        assertTrue(member.getId() > maxMember, member.getId() + " after " + maxMember);
    }

    @DatabaseTest
    void aProvinceLeaderSeesOnlyTheirProvince(TestDatabase db, EntityManager em) {
        generated(db);
        Viewer leader = viewer(em, "lanhdao.p01");
        OrgUnitService units = new OrgUnitService(em);
        assertEquals(school(em, 1).getId(), units.getUnit(leader, school(em, 1).getId()).getId());
        long elsewhere = school(em, 2).getId();
        assertThrows(AccessDeniedException.class, () -> units.getUnit(leader, elsewhere));
        assertTrue(viewer(em, "admin").scope().isEverything());
    }

    @DatabaseTest
    void aGrassrootsOfficerSavesTheCurrentReport(TestDatabase db, EntityManager em) {
        generated(db);
        Viewer officer = viewer(em, "canbo.c00001");
        ReportService reports = new ReportService(em, CLOCK, new NotificationService(em, CLOCK));
        long id = em.createQuery("SELECT r.id FROM ActivityReport r WHERE r.unit.id = :unit AND r.period.status ="
                + " vn.congdoan.intranet.reporting.PeriodStatus.OPEN", Long.class)
                .setParameter("unit", officer.unitId()).getSingleResult();
        ActivityReport report = reports.getReport(officer, id);
        assertEquals(ReportStatus.NOT_STARTED, report.getStatus());
        assertTrue(reports.mayEdit(officer, report));
        ReportForm form = new ReportForm();
        form.getFigures().setMembersTotal(20);
        form.getFigures().setMembersWomen(15);
        form.getNarrative().setMainResults("Tổ chức tốt Hội nghị viên chức, người lao động đầu năm học.");
        ActivityReport saved = inTransaction(em, () -> reports.saveDraft(officer, id, form, report.getVersion()));
        assertEquals(ReportStatus.DRAFT, saved.getStatus());
        // its reviewer is the commune union the school belongs to since 01/07/2025
        assertEquals("COMMUNE_UNION", saved.getReviewer().getLevel().getCode());
    }

    @DatabaseTest
    void aFundBalanceIsOpeningPlusIncomeMinusPaidCases(TestDatabase db, EntityManager em) {
        generated(db);
        Object[] fund = em.createQuery("SELECT f.id, f.unit.id, f.openingBalance FROM WelfareFund f WHERE EXISTS"
                + " (SELECT l FROM WelfareFundLine l WHERE l.fund = f AND l.welfareCase IS NOT NULL) ORDER BY f.id",
                Object[].class).setMaxResults(1).getSingleResult();
        long fundId = (Long) fund[0];
        long income = count(em, "SELECT COALESCE(SUM(l.amount), 0) FROM WelfareFundLine l WHERE l.fund.id = "
                + fundId + " AND l.welfareCase IS NULL");
        long paid = count(em, "SELECT COALESCE(SUM(c.amount), 0) FROM WelfareCase c WHERE c.status ="
                + " vn.congdoan.intranet.welfare.WelfareStatus.PAID AND EXISTS (SELECT l FROM WelfareFundLine l"
                + " WHERE l.welfareCase = c AND l.fund.id = " + fundId + ")");
        assertTrue(paid > 0);
        String officer = em.createQuery("SELECT a.username FROM UserAccount a WHERE a.unit.id = :unit AND a.role"
                + " <> vn.congdoan.intranet.security.Role.MEMBER", String.class)
                .setParameter("unit", fund[1]).getResultList().get(0);
        long balance = new FundService(em, CLOCK).balance(viewer(em, officer), fundId);
        assertEquals((Long) fund[2] + income - paid, balance);
    }

    @DatabaseTest
    void membersAreFoundByNamesTypedWithoutDiacritics(TestDatabase db, EntityManager em) {
        generated(db);
        Viewer officer = viewer(em, "canbo.c00001");
        Member member = em.createQuery("SELECT m FROM Member m WHERE m.unit.id = :unit ORDER BY m.id", Member.class)
                .setParameter("unit", officer.unitId()).getResultStream()
                .filter(m -> !TextNormalizer.withoutMarks(m.getFullName()).equals(m.getFullName()))
                .findFirst().orElseThrow();
        String typed = TextNormalizer.withoutMarks(member.getFullName()).toLowerCase();
        assertNotEquals(member.getFullName().toLowerCase(), typed, "the name has diacritics");
        List<Member> found = MemberServices.using(em).searchMembers(officer, officer.unitId(), typed, 50);
        assertTrue(found.contains(member), typed + " finds " + member.getFullName());
    }

    @DatabaseTest
    void everyAccountSignsInWithTheBenchmarkPassword(TestDatabase db, EntityManager em) {
        generated(db);
        List<String> hashes = em.createQuery("SELECT DISTINCT a.passwordHash FROM UserAccount a", String.class)
                .getResultList();
        assertEquals(1, hashes.size());
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);
        assertTrue(hasher.verify(DatasetGenerator.PASSWORD.toCharArray(), hashes.get(0)));
        assertFalse(hasher.verify("demo@2026".toCharArray(), hashes.get(0)));
    }

    @DatabaseTest
    void theTreeShowsTheRestructuringOfJuly2025(TestDatabase db, EntityManager em) {
        generated(db);
        Viewer leader = viewer(em, "lanhdao.p01");
        UnitHistoryService history = new UnitHistoryService(em);
        List<String> before = history.childrenAsOf(leader, leader.unitId(), LocalDate.of(2025, 6, 30)).stream()
                .map(UnitNode::levelCode).distinct().sorted().toList();
        List<String> after = history.childrenAsOf(leader, leader.unitId(), TODAY).stream()
                .map(UnitNode::levelCode).distinct().sorted().toList();
        assertEquals(List.of("DISTRICT_FEDERATION", "SECTOR_UNION"), before);
        assertEquals(List.of("COMMUNE_UNION", "GRASSROOTS_UNION"), after);
        long school = em.createQuery("SELECT r.unit.id FROM ActivityReport r WHERE r.period.status ="
                + " vn.congdoan.intranet.reporting.PeriodStatus.OPEN AND r.reviewer.level.code = 'COMMUNE_UNION'",
                Long.class).setMaxResults(1).getSingleResult();
        assertEquals("DISTRICT_FEDERATION", history.parentAsOf(leader, school, LocalDate.of(2025, 6, 30))
                .orElseThrow().getLevel().getCode());
        assertEquals("COMMUNE_UNION", history.parentAsOf(leader, school, TODAY).orElseThrow().getLevel().getCode());
    }

    // ----- helpers -----

    private static Viewer viewer(EntityManager em, String username) {
        UserAccount a = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username).getSingleResult();
        return new Viewer(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getUnit().getId(),
                a.getUnit().getPath(), a.getMember() == null ? null : a.getMember().getId());
    }

    /** The first grassroots union of the n-th province. */
    private static OrgUnit school(EntityManager em, int province) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
                .setParameter("code", String.format("CDCS-P%02d-00001", province)).getSingleResult();
    }

    private static long count(EntityManager em, String jpql) {
        return ((Number) em.createQuery(jpql).getSingleResult()).longValue();
    }

    /** A digest of engine-neutral columns of the main tables, in id order. */
    private static String checksum(DataSource dataSource) {
        String[] queries = {
            "SELECT id, code, name, path, level_code FROM org_unit ORDER BY id",
            "SELECT id, unit_id, full_name, card_number, gender, status FROM union_member ORDER BY id",
            "SELECT id, username, role, unit_id FROM user_account ORDER BY id",
            "SELECT id, unit_id, reviewer_unit_id, status, members_total FROM activity_report ORDER BY id",
            "SELECT id, member_id, kind, amount, status FROM welfare_case ORDER BY id",
            "SELECT id, title, audience_unit_id, status FROM news_article ORDER BY id",
            "SELECT id, award_type_id, recipient_name, status FROM award ORDER BY id"
        };
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String query : queries) {
                try (ResultSet rs = s.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
