package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.LeaveReason;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.membership.MovementKind;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitLevel;
import vn.congdoan.intranet.organization.UnitLink;
import vn.congdoan.intranet.security.PasswordHasher;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.UserAccount;
import vn.congdoan.intranet.shared.NumberCounter;

/**
 * Generates a fictional province, tỉnh Bình Sơn, as its education-sector union tree stood before the 2025
 * restructuring: the provincial federation, the sector union with the upper-secondary schools and the Education
 * Department's office union, and district federations with the kindergartens, primary and lower-secondary schools.
 * Deterministic for a given seed, so tests and screenshots see the same people.
 */
public class DemoDataGenerator {

    /** The password of every demo account; printed in the README, never used outside the demo. */
    public static final String DEMO_PASSWORD = "Demo@2026";
    public static final String PROVINCE_CODE = "LDLD-BS";

    private static final LocalDate TREE_START = LocalDate.of(2018, 1, 1);
    /** Members who joined since then were admitted through the system; earlier ones were entered as they stood. */
    private static final LocalDate ADMISSIONS_RECORDED_FROM = LocalDate.of(2023, 1, 1);
    private static final int FLUSH_EVERY = 500;
    private static final int RETIREMENT_AGE = 60;
    private static final String[] DISTRICTS = {"thành phố Bình Sơn", "huyện Hòa Lạc", "huyện Tân Lập",
        "huyện Đông Triều", "huyện Phú Mỹ", "huyện Sơn Thủy", "thị xã An Khê", "huyện Vĩnh Phước"};
    private static final String[] KINDERGARTENS = {"Hoa Sen", "Sơn Ca", "Hoa Mai", "Vành Khuyên", "Họa Mi",
        "Tuổi Thơ", "Hoa Hồng", "Bình Minh", "Hướng Dương", "Sao Mai"};
    private static final String[] PRIMARY = {"Kim Đồng", "Lê Văn Tám", "Võ Thị Sáu", "Nguyễn Văn Trỗi",
        "Trần Quốc Toản", "Hoàng Diệu", "Lê Lợi", "Quang Trung", "Phan Chu Trinh", "Ngô Quyền"};
    private static final String[] LOWER_SECONDARY = {"Nguyễn Du", "Chu Văn An", "Lý Tự Trọng", "Trần Hưng Đạo",
        "Nguyễn Bỉnh Khiêm", "Lương Thế Vinh", "Đoàn Thị Điểm", "Nguyễn Khuyến", "Tô Hiến Thành", "Hai Bà Trưng"};
    private static final String[] UPPER_SECONDARY = {"Chuyên Bình Sơn", "Lê Quý Đôn", "Trần Phú", "Phan Bội Châu",
        "Nguyễn Huệ", "Hòa Lạc", "Tân Lập", "Nguyễn Thị Minh Khai", "Lê Hồng Phong", "Bùi Thị Xuân"};
    private static final String[] TEACHER_TITLES = {"Giáo viên", "Giáo viên", "Giáo viên", "Giáo viên",
        "Giáo viên", "Giáo viên", "Giáo viên", "Tổ trưởng chuyên môn", "Tổ phó chuyên môn"};
    private static final String[] STAFF_TITLES = {"Nhân viên kế toán", "Nhân viên văn thư", "Nhân viên y tế",
        "Nhân viên thư viện", "Nhân viên thiết bị", "Bảo vệ"};
    private static final String[] OFFICE_TITLES = {"Chuyên viên", "Chuyên viên", "Chuyên viên", "Chuyên viên chính",
        "Trưởng phòng", "Phó Trưởng phòng", "Kế toán", "Văn thư"};

    private final EntityManager em;
    private final Random random;
    private final PasswordHasher hasher;
    private final MemberLifecycle lifecycle;
    private int unitSeq;
    private int pending;

    public DemoDataGenerator(EntityManager em, long seed, PasswordHasher hasher) {
        this.em = em;
        this.random = new Random(seed);
        this.hasher = hasher;
        this.lifecycle = new MemberLifecycle(em);
    }

    /** What was generated: the units worth signing in at, for the demo accounts and the tests. */
    public record Result(OrgUnit province, OrgUnit sector, List<OrgUnit> districts, OrgUnit firstSchool,
                         OrgUnit secondSchool, Member firstMember, int units, int members) {
    }

    /** Generates the province of the given size; the caller owns the transaction. */
    public Result generate(DemoSize size) {
        UnitLevel provinceLevel = em.find(UnitLevel.class, UnitLevel.PROVINCE_FEDERATION);
        UnitLevel sectorLevel = em.find(UnitLevel.class, UnitLevel.SECTOR_UNION);
        UnitLevel districtLevel = em.find(UnitLevel.class, UnitLevel.DISTRICT_FEDERATION);
        UnitLevel grassroots = em.find(UnitLevel.class, UnitLevel.GRASSROOTS_UNION);

        OrgUnit province = unit(PROVINCE_CODE, "Liên đoàn Lao động tỉnh Bình Sơn", "LĐLĐ tỉnh Bình Sơn",
                provinceLevel, null);
        OrgUnit sector = unit("CDN-GDDT-BS", "Công đoàn ngành Giáo dục và Đào tạo tỉnh Bình Sơn",
                "Công đoàn ngành GD&ĐT", sectorLevel, province);
        int members = 0;
        OrgUnit office = unit(nextCode(), "Công đoàn cơ quan Sở Giáo dục và Đào tạo tỉnh Bình Sơn",
                "CĐ cơ quan Sở GD&ĐT", grassroots, sector);
        members += addMembers(office, sized(45, 60, size), OFFICE_TITLES, 0.6);
        for (int i = 0; i < size.sectorSchools(); i++) {
            boolean centre = i == size.sectorSchools() - 1;
            String name = centre ? "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên"
                    : "Trường THPT " + cycle(UPPER_SECONDARY, i);
            OrgUnit school = unit(nextCode(), "Công đoàn " + name, "CĐ " + name.replace("Trung tâm Giáo dục nghề "
                    + "nghiệp – Giáo dục thường xuyên", "TT GDNN-GDTX"), grassroots, sector);
            members += addMembers(school, sized(centre ? 30 : 60, centre ? 45 : 95, size), TEACHER_TITLES, 0.66);
        }

        List<OrgUnit> districts = new ArrayList<>();
        OrgUnit firstSchool = null;
        OrgUnit secondSchool = null;
        for (int d = 0; d < size.districts(); d++) {
            String place = cycle(DISTRICTS, d) + suffix(d, DISTRICTS.length);
            OrgUnit district = unit(String.format("LDLD-H%02d", d + 1), "Liên đoàn Lao động " + place,
                    "LĐLĐ " + place, districtLevel, province);
            districts.add(district);
            OrgUnit eduOffice = unit(nextCode(), "Công đoàn cơ quan Phòng Giáo dục và Đào tạo " + place,
                    "CĐ cơ quan Phòng GD&ĐT", grassroots, district);
            members += addMembers(eduOffice, sized(12, 22, size), OFFICE_TITLES, 0.55);
            for (int s = 0; s < size.schoolsPerDistrict(); s++) {
                int kind = s % 10 < 3 ? 0 : s % 10 < 7 ? 1 : 2;
                int n = d * size.schoolsPerDistrict() + s;
                String name = switch (kind) {
                    case 0 -> "Trường Mầm non " + cycle(KINDERGARTENS, n) + suffix(n, KINDERGARTENS.length);
                    case 1 -> "Trường Tiểu học " + cycle(PRIMARY, n) + suffix(n, PRIMARY.length);
                    default -> "Trường THCS " + cycle(LOWER_SECONDARY, n) + suffix(n, LOWER_SECONDARY.length);
                };
                OrgUnit school = unit(nextCode(), "Công đoàn " + name, "CĐ " + name.replace("Trường ", ""),
                        grassroots, district);
                int[] range = switch (kind) {
                    case 0 -> new int[] {20, 35};
                    case 1 -> new int[] {25, 45};
                    default -> new int[] {35, 55};
                };
                double women = kind == 0 ? 0.97 : kind == 1 ? 0.82 : 0.72;
                if (d == 0 && kind == 2 && firstSchool == null) {
                    firstSchool = school;
                } else if (d == 0 && kind == 1 && secondSchool == null) {
                    secondSchool = school;
                }
                members += addMembers(school, sized(range[0], range[1], size), TEACHER_TITLES, women);
            }
        }
        flush();
        Member firstMember = firstSchool == null ? null : em.createQuery(
                        "SELECT m FROM Member m WHERE m.unit = :unit ORDER BY m.id", Member.class)
                .setParameter("unit", firstSchool).setMaxResults(1).getSingleResult();
        return new Result(province, sector, districts, firstSchool, secondSchool, firstMember, unitSeq + 2
                + districts.size(), members);
    }

    /**
     * The demo accounts, one per role, all with {@link #DEMO_PASSWORD}. Two grassroots officers at two different
     * schools so that scope can be shown and tested.
     */
    public void createDemoAccounts(Result result) {
        String hash = hasher.hash(DEMO_PASSWORD.toCharArray());
        account("admin", "Quản trị hệ thống", Role.ADMIN, result.province(), null, hash);
        account("lanhdao.tinh", "Nguyễn Văn Thành", Role.PROVINCE_LEADER, result.province(), null, hash);
        account("canbo.nganh", "Lê Thị Thanh Hương", Role.SUPERIOR_OFFICER, result.sector(), null, hash);
        account("canbo.huyen", "Phạm Quốc Bảo", Role.SUPERIOR_OFFICER, result.districts().get(0), null, hash);
        account("canbo.coso", "Đặng Thị Kim Loan", Role.GRASSROOTS_OFFICER, result.firstSchool(), null, hash);
        account("canbo.coso2", "Võ Minh Tuấn", Role.GRASSROOTS_OFFICER, result.secondSchool(), null, hash);
        Member member = result.firstMember();
        account("doanvien", member.getFullName(), Role.MEMBER, member.getUnit(), member, hash);
        flush();
    }

    /** What the 2025 reorganisation left: the commune unions, the first being canbo.huyen's new unit. */
    public record Reorganised(List<OrgUnit> communes, int admitted, int retired) {
    }

    /**
     * Applies the July 2025 reorganisation (see {@link Restructuring2025}) and then a year of life under the new
     * tree: a few admissions per school and the retirements of members who turned 60. Needs the demo accounts, which
     * move with their units.
     */
    public Reorganised reorganise(Result result, Clock clock) {
        List<OrgUnit> communes = new Restructuring2025(em, clock).apply(result);
        flush();
        LocalDate until = LocalDate.of(2026, 11, 1);
        String province = result.province().getPath() + "%";
        List<OrgUnit> schools = em.createQuery("SELECT u FROM OrgUnit u WHERE u.level.grassroots = TRUE"
                + " AND u.active = TRUE AND u.path LIKE :province ORDER BY u.id", OrgUnit.class)
                .setParameter("province", province).getResultList();
        int admitted = 0;
        for (OrgUnit school : schools) {
            int newcomers = random.nextInt(3);
            List<Member> joined = new ArrayList<>();
            for (int i = 0; i < newcomers; i++) {
                Gender gender = random.nextDouble() < 0.75 ? Gender.FEMALE : Gender.MALE;
                LocalDate on = Restructuring2025.DAY.plusDays(62 + random.nextInt(420));
                LocalDate born = LocalDate.of(1996 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
                joined.add(lifecycle.join(new Member(school, VietnameseNames.fullName(random, gender), gender, born,
                        "Giáo viên", on, null), on, MovementKind.ADMISSION));
            }
            for (Member member : joined) {
                lifecycle.issueCards(List.of(member), member.getJoinedOn());
            }
            admitted += newcomers;
        }
        int retired = 0;
        for (Member member : em.createQuery("SELECT m FROM Member m WHERE m.status = :active"
                        + " AND m.dateOfBirth < :bornBefore AND m.unit.path LIKE :province ORDER BY m.id", Member.class)
                .setParameter("active", MemberStatus.ACTIVE).setParameter("province", province)
                .setParameter("bornBefore", until.minusYears(RETIREMENT_AGE)).getResultList()) {
            if (!member.equals(result.firstMember())) {
                lifecycle.leave(member, member.getDateOfBirth().plusYears(RETIREMENT_AGE), LeaveReason.RETIRED);
                retired++;
            }
        }
        flush();
        return new Reorganised(communes, admitted, retired);
    }

    private void account(String username, String name, Role role, OrgUnit unit, Member member, String hash) {
        UserAccount account = new UserAccount(username, name, role, unit, hash);
        account.setMember(member);
        em.persist(account);
    }

    private OrgUnit unit(String code, String name, String shortName, UnitLevel level, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(code, name, shortName, level, TREE_START);
        em.persist(unit);
        unit.placeUnder(parent);
        em.persist(new UnitLink(unit, parent, TREE_START, null));
        return unit;
    }

    private int addMembers(OrgUnit unit, int count, String[] titles, double womenShare) {
        int staff = unit.getName().contains("cơ quan") ? 0 : Math.max(1, count / 8);
        long cardNumber = NumberCounter.reserve(em, NumberCounter.MEMBER_CARD, count);
        for (int i = 0; i < count; i++) {
            Gender gender = random.nextDouble() < womenShare ? Gender.FEMALE : Gender.MALE;
            int birthYear = 1966 + random.nextInt(36);
            LocalDate born = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
            int joinYear = Math.min(2025, birthYear + 22 + random.nextInt(Math.max(1, 2025 - birthYear - 21)));
            LocalDate joined = LocalDate.of(joinYear, 1 + random.nextInt(joinYear == 2025 ? 6 : 12),
                    1 + random.nextInt(28));
            String title = i == 0 && staff > 0 ? "Hiệu trưởng"
                    : i == 1 && staff > 0 ? "Phó Hiệu trưởng"
                    : i < staff + 2 && staff > 0 ? VietnameseNames.pick(random, STAFF_TITLES)
                    : VietnameseNames.pick(random, titles);
            lifecycle.join(new Member(unit, VietnameseNames.fullName(random, gender), gender, born, title, joined,
                    String.format("%012d", cardNumber++)), joined,
                    joined.isBefore(ADMISSIONS_RECORDED_FROM) ? MovementKind.REGISTRATION : MovementKind.ADMISSION);
            if (++pending % FLUSH_EVERY == 0) {
                flush();
            }
        }
        return count;
    }

    private void flush() {
        em.flush();
    }

    private int sized(int min, int max, DemoSize size) {
        return (int) Math.round((min + random.nextInt(max - min + 1)) * size.memberFactor());
    }

    private String nextCode() {
        return String.format("CDCS-%04d", ++unitSeq);
    }

    private static String cycle(String[] names, int index) {
        return names[index % names.length];
    }

    /** Repeated names in a big province get a number, as real ones do: "Trường Tiểu học Kim Đồng số 2". */
    private static String suffix(int index, int length) {
        int round = index / length;
        return round == 0 ? "" : " số " + (round + 1);
    }
}
