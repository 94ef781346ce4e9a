package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.congdoan.intranet.emulation.award.Award;
import vn.congdoan.intranet.emulation.award.AwardEvent;
import vn.congdoan.intranet.emulation.award.AwardEventKind;
import vn.congdoan.intranet.emulation.award.AwardService;
import vn.congdoan.intranet.emulation.award.AwardType;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitLink;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.UserAccount;
import vn.congdoan.intranet.shared.Formats;

/**
 * The demo's awards, written as batched entities through the entities' own transitions (nominated, endorsed,
 * decided or recorded, each with its event). For the school years 2023–2024 and 2024–2025 on the tree of then
 * (schools under the district federations, the sector union) and 2025–2026 on today's (schools under the wards):
 * every school's own Giấy khen to a few members; the superiors' overall and thematic Giấy khen to dozens; the
 * province's Bằng khen to 2 collectives and 4 individuals and its Cờ thi đua to one; Bằng khen of Công đoàn Giáo dục
 * Việt Nam and of the Tổng Liên đoàn recorded by the province; a few commemorative medals, once per person. For this
 * school year, nominations in flight: waiting at wards and at the province, one rejected. {@code doanvien} holds a
 * granted Giấy khen, and a nomination of canbo.coso's school waits at canbo.huyen's ward. The texts are the demo's
 * own.
 */
final class AwardDemoData {

    private static final long SEED = 20250820L;
    private static final int FLUSH_EVERY = 200;
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    /** The units the demo needs: the province, the wards, canbo.coso's school and doanvien. */
    record Units(OrgUnit province, List<OrgUnit> communes, OrgUnit firstSchool, Member firstMember) {
    }

    private static final String[] INDIVIDUAL_CITATIONS = {
        "Hoàn thành xuất sắc nhiệm vụ giảng dạy; có học sinh đạt giải cấp tỉnh; tích cực tham gia các hoạt động"
            + " của công đoàn trường.",
        "Nhiệt tình trong công tác chăm lo đời sống đoàn viên; vận động quyên góp giúp đỡ đồng nghiệp gặp khó"
            + " khăn; là tổ trưởng công đoàn gương mẫu.",
        "Có sáng kiến kinh nghiệm được Hội đồng khoa học công nhận; đạt danh hiệu giáo viên dạy giỏi; tham gia"
            + " tích cực phong trào \"Giỏi việc trường, đảm việc nhà\".",
        "Nhiều năm liền hoàn thành tốt nhiệm vụ; hướng dẫn giáo viên trẻ; đóng góp tích cực cho phong trào văn"
            + " nghệ, thể thao của ngành.",
        "Đi đầu trong chuyển đổi số của nhà trường; xây dựng kho học liệu điện tử dùng chung cho tổ chuyên môn.",
    };

    private static final String[] COLLECTIVE_CITATIONS = {
        "Công đoàn cơ sở vững mạnh xuất sắc nhiều năm liền; tổ chức tốt phong trào thi đua \"Dạy tốt – Học tốt\";"
            + " 100% đoàn viên hoàn thành nhiệm vụ.",
        "Làm tốt công tác chăm lo, bảo vệ quyền lợi đoàn viên; phối hợp với chuyên môn xây dựng trường học an"
            + " toàn, thân thiện.",
        "Dẫn đầu khối thi đua; tổ chức hiệu quả các hoạt động hưởng ứng cuộc vận động \"Mỗi thầy cô giáo là một"
            + " tấm gương đạo đức, tự học và sáng tạo\".",
    };

    private static final String MEDAL_CITATION = "Có trên 20 năm tham gia công tác công đoàn, nhiều năm là ủy viên"
            + " Ban Chấp hành công đoàn cơ sở; có nhiều đóng góp cho sự nghiệp xây dựng tổ chức công đoàn.";

    private final EntityManager em;
    private final Random random = new Random(SEED);
    private final LocalDate today;
    private final int currentYear;
    private final Map<Long, String[]> officers = new HashMap<>();
    private final Map<String, AwardType> types = new HashMap<>();
    private final Set<Long> medalled = new HashSet<>();
    private final Map<Long, Integer> decisionNumbers = new HashMap<>();
    private int pending;
    private int awards;

    AwardDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        this.currentYear = AwardService.schoolYearOf(today);
    }

    /** Writes the awards; returns a line for the log. */
    String create(Units units) {
        em.createQuery("SELECT t FROM AwardType t", AwardType.class).getResultList()
                .forEach(t -> types.put(t.getCode(), t));
        for (int year = currentYear - 3; year < currentYear; year++) {
            LocalDate asOf = LocalDate.of(year + 1, 5, 31);
            Map<OrgUnit, List<Member>> schools = schoolsAsOf(units.province(), asOf);
            pastYear(year, schools, units);
        }
        inFlight(schoolsAsOf(units.province(), today), units);
        em.flush();
        return awards + " awards";
    }

    // ----- the past years, granted -----

    private void pastYear(int year, Map<OrgUnit, List<Member>> schools, Units units) {
        LocalDate conference = LocalDate.of(year + 1, 8, 20);
        List<OrgUnit> all = new ArrayList<>(schools.keySet());
        for (OrgUnit school : all) {
            List<Member> members = schools.get(school);
            int own = Math.min(members.size(), 2 + random.nextInt(3));
            for (Member member : pick(members, own)) {
                granted("GK_GRASSROOTS", year, school, null, member, List.of(), school, conference.minusDays(5));
            }
        }
        if (year == currentYear - 1) {
            Member me = units.firstMember();
            granted("GK_GRASSROOTS", year, units.firstSchool(), null, me, List.of(), units.firstSchool(),
                    conference.minusDays(5));
        }
        superiors("GK_SUPERIOR_OVERALL", year, schools, 5, 21, conference);
        superiors("GK_SUPERIOR_THEMATIC", year, schools, 1, 27, conference.minusDays(3));
        OrgUnit province = units.province();
        higher("BK_PROVINCE", year, schools, 2, 4, province, conference.plusDays(5));
        higher("FLAG_PROVINCE", year, schools, 1, 0, province, conference.plusDays(5));
        higher("BK_EDU_UNION_VN", year, schools, 2, 5, province, LocalDate.of(year + 1, 6, 15));
        higher("BK_VGCL", year, schools, 1, 1, province, LocalDate.of(year + 1, 6, 25));
        higher("MEDAL_UNION_BUILDING", year, schools, 0, 2 + random.nextInt(2), province,
                LocalDate.of(year + 1, 7, 28));
    }

    /** The superior's Giấy khen: nominated by the school, decided by the school's superior of that year. */
    private void superiors(String code, int year, Map<OrgUnit, List<Member>> schools, int collectives,
                           int individuals, LocalDate day) {
        List<OrgUnit> all = new ArrayList<>(schools.keySet());
        for (OrgUnit school : pick(all, collectives)) {
            OrgUnit superior = parentOf(school);
            granted(code, year, school, school, null, List.of(), superior, day);
        }
        for (int i = 0; i < individuals; i++) {
            OrgUnit school = all.get(random.nextInt(all.size()));
            List<Member> members = schools.get(school);
            if (!members.isEmpty()) {
                granted(code, year, school, null, members.get(random.nextInt(members.size())), List.of(),
                        parentOf(school), day);
            }
        }
    }

    /** A province or national award: nominated by the school, endorsed by its superior, decided by the province. */
    private void higher(String code, int year, Map<OrgUnit, List<Member>> schools, int collectives, int individuals,
                        OrgUnit province, LocalDate day) {
        List<OrgUnit> all = new ArrayList<>(schools.keySet());
        for (OrgUnit school : pick(all, collectives)) {
            granted(code, year, school, school, null, between(school, province), province, day);
        }
        int given = 0;
        for (int tries = 0; given < individuals && tries < individuals * 10; tries++) {
            OrgUnit school = all.get(random.nextInt(all.size()));
            List<Member> members = schools.get(school);
            if (members.isEmpty()) {
                continue;
            }
            Member member = members.get(random.nextInt(members.size()));
            if (types.get(code).isOncePerPerson() && !medalled.add(member.getId())) {
                continue;
            }
            granted(code, year, school, null, member, between(school, province), province, day);
            given++;
        }
    }

    /**
     * One granted award and its steps: nominated by {@code nominator} (or decided by it at once when it issues it),
     * endorsed by each unit of {@code endorsers}, decided by {@code issuer} on {@code day}.
     */
    private void granted(String code, int year, OrgUnit nominator, OrgUnit unit, Member member,
                         List<OrgUnit> endorsers, OrgUnit issuer, LocalDate day) {
        Award award = nominated(code, year, nominator, unit, member, endorsers, issuer, day.minusDays(30));
        String number = decisionNo(issuer, code);
        String signer = officerOf(issuer)[1];
        if (issuer.equals(nominator)) {
            award.grantAtOnce(number, day, signer, at(day));
        } else {
            award.decide(issuer, number, day, signer, at(day));
        }
        event(award, national(code) ? AwardEventKind.RECORDED : AwardEventKind.GRANTED, day, issuer,
                number + " – " + Formats.day(day) + " – " + signer);
    }

    /** A nomination that climbed through the endorsers and now waits at the issuer (or, if it is its own, at none). */
    private Award nominated(String code, int year, OrgUnit nominator, OrgUnit unit, Member member,
                            List<OrgUnit> endorsers, OrgUnit issuer, LocalDate day) {
        AwardType type = types.get(code);
        OrgUnit union = member != null ? member.getUnit() : unit;
        boolean own = issuer.equals(nominator);
        OrgUnit first = own ? null : endorsers.isEmpty() ? issuer : endorsers.get(0);
        Award award = new Award(type, year, unit, member, member != null ? member.getFullName() : unit.getName(),
                pathAsOf(union), nominator, issuer, first, citation(code, member != null), officerOf(nominator)[0],
                at(day));
        persist(award);
        awards++;
        if (!own) {
            event(award, AwardEventKind.NOMINATED, day, nominator, null);
            for (int i = 0; i < endorsers.size(); i++) {
                OrgUnit next = i + 1 < endorsers.size() ? endorsers.get(i + 1) : issuer;
                award.endorse(endorsers.get(i), next);
                event(award, AwardEventKind.ENDORSED, day.plusDays(7L * (i + 1)), endorsers.get(i), null);
            }
        }
        return award;
    }

    // ----- this school year, in flight -----

    private void inFlight(Map<OrgUnit, List<Member>> schools, Units units) {
        OrgUnit province = units.province();
        OrgUnit ward = units.communes().get(0);
        LocalDate day = today.minusDays(12);
        List<Member> colleagues = schools.getOrDefault(units.firstSchool(), List.of()).stream()
                .filter(m -> !m.equals(units.firstMember())).toList();
        if (!colleagues.isEmpty()) {
            nominated("GK_SUPERIOR_THEMATIC", currentYear, units.firstSchool(), null, colleagues.get(0), List.of(),
                    ward, day);
        }
        List<OrgUnit> all = new ArrayList<>(schools.keySet());
        all.remove(units.firstSchool());
        int index = 0;
        for (OrgUnit school : pick(all, 8)) {
            List<Member> members = schools.get(school);
            OrgUnit superior = parentOf(school);
            if (members.isEmpty()) {
                continue;
            }
            Member member = members.get(random.nextInt(members.size()));
            switch (index++ % 4) {
                case 0 -> nominated("GK_SUPERIOR_OVERALL", currentYear, school, null, member, List.of(), superior,
                        day.minusDays(index));
                case 1 -> nominated("BK_PROVINCE", currentYear, school, null, member, between(school, province),
                        province, day.minusDays(index));
                case 2 -> nominated("BK_PROVINCE", currentYear, school, school, null, between(school, province),
                        province, day.minusDays(index));
                default -> {
                    Award award = nominated("GK_SUPERIOR_OVERALL", currentYear, school, null, member, List.of(),
                            superior, day.minusDays(index + 10));
                    award.reject(superior, at(day.minusDays(index)));
                    event(award, AwardEventKind.REJECTED, day.minusDays(index), superior,
                            "Thành tích chưa nổi bật so với các trường trong cụm; đề nghị xét lại vào cuối năm học.");
                }
            }
        }
    }

    // ----- the tree as it was -----

    /** The grassroots unions of the province on a day, with their members then, in id order. */
    private Map<OrgUnit, List<Member>> schoolsAsOf(OrgUnit province, LocalDate day) {
        Map<OrgUnit, List<Member>> schools = new LinkedHashMap<>();
        for (UnitLink link : em.createQuery("SELECT l FROM UnitLink l JOIN FETCH l.unit u WHERE u.level.code"
                        + " = 'GRASSROOTS_UNION' AND u.path LIKE :province AND l.validFrom <= :day AND (l.validTo IS"
                        + " NULL OR l.validTo > :day) ORDER BY u.id", UnitLink.class)
                .setParameter("province", province.getPath() + "%").setParameter("day", day).getResultList()) {
            schools.put(link.getUnit(), new ArrayList<>());
            parents.put(link.getUnit().getId(), link.getParent());
        }
        for (Member member : em.createQuery("SELECT m FROM Member m WHERE m.unit.path LIKE :province AND"
                        + " m.joinedOn <= :day AND (m.leftOn IS NULL OR m.leftOn > :day) ORDER BY m.id", Member.class)
                .setParameter("province", province.getPath() + "%").setParameter("day", day).getResultList()) {
            List<Member> members = schools.get(member.getUnit());
            if (members != null) {
                members.add(member);
            }
        }
        return schools;
    }

    /** The superior of each school in the year being written (set by {@link #schoolsAsOf}). */
    private final Map<Long, OrgUnit> parents = new HashMap<>();

    private OrgUnit parentOf(OrgUnit school) {
        OrgUnit parent = parents.get(school.getId());
        return parent != null ? parent : school.getParent();
    }

    /** The units between a school and the province (exclusive) in the year being written. */
    private List<OrgUnit> between(OrgUnit school, OrgUnit province) {
        List<OrgUnit> chain = new ArrayList<>();
        for (OrgUnit u = parentOf(school); u != null && !u.equals(province); u = u.getParent()) {
            chain.add(u);
        }
        return chain;
    }

    /** The school's path in the year being written: under its superior of then. */
    private String pathAsOf(OrgUnit union) {
        OrgUnit parent = parentOf(union);
        return parent == null || parent.equals(union.getParent()) ? union.getPath()
                : parent.getPath() + union.getId() + "/";
    }

    // ----- small helpers -----

    private <T> List<T> pick(List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private String citation(String code, boolean individual) {
        if ("MEDAL_UNION_BUILDING".equals(code)) {
            return MEDAL_CITATION;
        }
        String[] from = individual ? INDIVIDUAL_CITATIONS : COLLECTIVE_CITATIONS;
        return from[random.nextInt(from.length)];
    }

    private static boolean national(String code) {
        return code.startsWith("BK_EDU") || code.startsWith("BK_VGCL") || code.startsWith("MEDAL");
    }

    private String decisionNo(OrgUnit issuer, String code) {
        int number = decisionNumbers.merge(issuer.getId(), 1 + random.nextInt(9), Integer::sum) + 100;
        String suffix = switch (code) {
            case "BK_EDU_UNION_VN" -> "QĐ-CĐGDVN";
            case "BK_VGCL", "MEDAL_UNION_BUILDING" -> "QĐ-TLĐ";
            case "GK_GRASSROOTS" -> "QĐ-CĐCS";
            default -> "QĐ-" + (issuer.getLevel().getCode().equals("COMMUNE_UNION") ? "CĐP" : "LĐLĐ");
        };
        return number + "/" + suffix;
    }

    private void event(Award award, AwardEventKind kind, LocalDate day, OrgUnit unit, String comment) {
        String[] officer = officerOf(unit);
        persist(new AwardEvent(award, kind, at(day), officer[0], officer[1], unit, comment));
    }

    /** The unit's officer: its demo account where it has one, else a made-up officer. */
    private String[] officerOf(OrgUnit unit) {
        if (officers.isEmpty()) {
            for (UserAccount account : em.createQuery("SELECT a FROM UserAccount a WHERE a.role <> :member"
                    + " AND a.role <> :admin ORDER BY a.id", UserAccount.class).setParameter("member", Role.MEMBER)
                    .setParameter("admin", Role.ADMIN).getResultList()) {
                officers.putIfAbsent(account.getUnit().getId(), new String[] {account.getUsername(),
                        account.getDisplayName()});
            }
        }
        return officers.computeIfAbsent(unit.getId(), id -> new String[] {unit.getCode().toLowerCase(),
                VietnameseNames.fullName(random, random.nextInt(100) < 70 ? Gender.FEMALE : Gender.MALE)});
    }

    private Instant at(LocalDate day) {
        return day.atTime(MORNING).atZone(Formats.ZONE).toInstant();
    }

    private void persist(Object entity) {
        em.persist(entity);
        if (++pending % FLUSH_EVERY == 0) {
            em.flush();
        }
    }
}
