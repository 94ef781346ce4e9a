package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.UserAccount;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.welfare.FundLineKind;
import vn.congdoan.intranet.welfare.MemberConcern;
import vn.congdoan.intranet.welfare.WelfareCase;
import vn.congdoan.intranet.welfare.WelfareCaseEvent;
import vn.congdoan.intranet.welfare.WelfareEventKind;
import vn.congdoan.intranet.welfare.WelfareFund;
import vn.congdoan.intranet.welfare.WelfareFundLine;
import vn.congdoan.intranet.welfare.WelfareKind;
import vn.congdoan.intranet.welfare.WelfareLimit;
import vn.congdoan.intranet.welfare.WelfareRouting;
import vn.congdoan.intranet.welfare.WelfareStatus;

/**
 * The demo's welfare work, written as batched entities (like the other demo steps) with the entities' own
 * transitions, so every case went through draft → submitted → decided → paid with its events and, when paid, its
 * expense line. Every grassroots union and the ward unions and the province get a fund for last year and this year
 * (opening balance, the yearly allocation, a donation); the ended district federations and sector union a fund for
 * last year. Cases (from July last year, on the tree of today) spread over kinds and statuses: most paid, some
 * drafts, some waiting for the union or the ward, a few above the union's limit decided by the ward, one rejected
 * here and there, and one large "Mái ấm Công đoàn" house waiting for the province. Members' concerns: open, answered,
 * taken up as a case; {@code doanvien} has a paid case and an answered concern, and a colleague of theirs has an open
 * one. The texts are the demo's own.
 */
final class WelfareDemoData {

    private static final long SEED = 20250715L;
    private static final int FLUSH_EVERY = 200;
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    /** The units the demo gives funds to; {@code firstSchool} is canbo.coso's, {@code firstMember} doanvien. */
    record Units(OrgUnit province, OrgUnit sector, List<OrgUnit> districts, List<OrgUnit> communes,
                 OrgUnit firstSchool, Member firstMember) {
    }

    /** A concern the union took up as a case, written once the cases are in the database. */
    private record TakenUp(Member member, String[] text, LocalDate day, WelfareCase taken) {
    }

    private record Template(WelfareKind kind, long min, long max, String gifts, String description) {
    }

    private static final Template[] TEMPLATES = {
        new Template(WelfareKind.SICKNESS_VISIT, 500_000, 1_500_000, "Sữa và trái cây",
                "Đoàn viên nằm viện điều trị sốt xuất huyết, phải nghỉ dạy hai tuần."),
        new Template(WelfareKind.SICKNESS_VISIT, 500_000, 1_000_000, null,
                "Đoàn viên phẫu thuật ruột thừa tại bệnh viện huyện, đang hồi phục tại nhà."),
        new Template(WelfareKind.ACCIDENT_VISIT, 1_000_000, 2_000_000, null,
                "Đoàn viên bị tai nạn giao thông trên đường đi dạy, gãy xương cẳng tay."),
        new Template(WelfareKind.BEREAVEMENT, 1_000_000, 2_000_000, "Vòng hoa viếng",
                "Thân phụ của đoàn viên từ trần; công đoàn đến viếng và chia buồn cùng gia đình."),
        new Template(WelfareKind.HARDSHIP, 1_500_000, 5_000_000, null,
                "Chồng đoàn viên mất việc, hai con nhỏ đang đi học, gia đình thuê nhà trọ."),
        new Template(WelfareKind.HARDSHIP, 2_500_000, 6_000_000, null,
                "Đoàn viên nuôi mẹ già bệnh nặng kéo dài, thu nhập gia đình chỉ từ lương của đoàn viên."),
        new Template(WelfareKind.TET_GIFT, 500_000, 1_000_000, "Bánh chưng, mứt Tết và một phong bao",
                "Quà Tết cho đoàn viên có hoàn cảnh khó khăn."),
        new Template(WelfareKind.DISASTER_RELIEF, 3_000_000, 8_000_000, "Gạo và nước uống",
                "Nhà đoàn viên bị tốc mái và ngập sâu sau cơn bão, hư hỏng nhiều đồ dùng."),
        new Template(WelfareKind.OTHER, 300_000, 800_000, null,
                "Hỗ trợ đoàn viên có con đỗ đại học năm đầu, hoàn cảnh gia đình khó khăn."),
    };

    private static final String[][] CONCERNS = {
        {"Đề nghị hỗ trợ chi phí điều trị cho con",
            "Con tôi đang điều trị bệnh dài ngày ở bệnh viện tỉnh, chi phí lớn. Tôi mong công đoàn xem xét hỗ trợ."},
        {"Chế độ phụ cấp thâm niên chưa được điều chỉnh",
            "Từ đầu năm học tôi đủ năm công tác để được nâng phụ cấp thâm niên nhưng bảng lương chưa thay đổi."},
        {"Đề nghị sửa lại phòng nghỉ giáo viên",
            "Phòng nghỉ của giáo viên bị dột khi mưa lớn, mong công đoàn kiến nghị nhà trường sửa trước mùa mưa."},
        {"Xin hỗ trợ sau bão",
            "Nhà tôi bị tốc một phần mái sau cơn bão vừa qua, mong công đoàn thăm hỏi và hỗ trợ gia đình."},
        {"Tổ chức khám sức khỏe định kỳ",
            "Năm nay trường chưa tổ chức khám sức khỏe định kỳ, đề nghị công đoàn phối hợp với nhà trường."},
        {"Thời gian nộp hồ sơ thi đua",
            "Hạn nộp hồ sơ thi đua trùng tuần kiểm tra học kỳ, đề nghị lùi thêm một tuần."},
    };

    private static final String[] ANSWERS = {
        "Công đoàn đã làm việc với Ban giám hiệu; nhà trường sẽ giải quyết trong tháng này. Cảm ơn thầy cô đã phản ánh.",
        "Công đoàn đã chuyển kiến nghị tới bộ phận kế toán và sẽ thông báo kết quả tại cuộc họp tổ gần nhất.",
        "Công đoàn ghi nhận và đưa vào nội dung hội nghị viên chức của trường.",
    };

    private final EntityManager em;
    private final Clock clock;
    private final Random random = new Random(SEED);
    private final WelfareRouting routing;
    private final Map<Long, String[]> officers = new HashMap<>();
    private final List<TakenUp> takenUp = new ArrayList<>();
    private LocalDate today;
    private int pending;
    private int caseCount;
    private int concernCount;
    private int fundCount;

    WelfareDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.routing = new WelfareRouting(em.createQuery("SELECT l FROM WelfareLimit l", WelfareLimit.class)
                .getResultStream()
                .map(l -> new WelfareRouting.Limit(l.getUnitLevelCode(), l.getCaseKind(), l.getMaxAmount()))
                .toList());
    }

    /** Writes the funds, cases and concerns; returns a one-line account for the log. */
    String create(Units given) {
        // the earlier steps clear the persistence context as they go: work on managed copies
        Units units = new Units(unit(given.province()), unit(given.sector()),
                given.districts().stream().map(this::unit).toList(), given.communes().stream().map(this::unit).toList(),
                unit(given.firstSchool()), em.find(Member.class, given.firstMember().getId()));
        today = LocalDate.now(clock.withZone(Formats.ZONE));
        int year = today.getYear();
        Map<OrgUnit, List<Member>> schools = schools(units.province());
        Map<Long, WelfareFund> funds = new LinkedHashMap<>();
        for (OrgUnit school : schools.keySet()) {
            openFunds(school, year, 8_000_000 + 1_000_000L * random.nextInt(8), funds);
        }
        for (OrgUnit commune : units.communes()) {
            openFunds(commune, year, 20_000_000 + 5_000_000L * random.nextInt(4), funds);
        }
        openFunds(units.province(), year, 300_000_000, funds);
        for (OrgUnit ended : endedApprovers(units)) {
            fund(ended, year - 1, 15_000_000, funds);
        }
        int index = 0;
        for (Map.Entry<OrgUnit, List<Member>> school : schools.entrySet()) {
            List<Member> members = school.getValue();
            if (!members.isEmpty()) {
                casesOf(school.getKey(), members, index++, funds, year);
            }
        }
        // case and concern point at each other: the cases' rows must exist first, or EclipseLink breaks the cycle
        // with a shallow insert that leaves a case's other references (its union) null
        em.flush();
        takenUp.forEach(t -> concern(t.member(), t.text(), t.day(), t.taken()));
        demoMember(units, schools.get(units.firstSchool()), funds);
        housingAtProvince(schools, units.firstSchool());
        em.flush();
        return String.format("%d funds, %d cases, %d concerns", fundCount, caseCount, concernCount);
    }

    private OrgUnit unit(OrgUnit unit) {
        return em.find(OrgUnit.class, unit.getId());
    }

    /** The active grassroots unions of the province with their active members, in tree order. */
    private Map<OrgUnit, List<Member>> schools(OrgUnit province) {
        Map<OrgUnit, List<Member>> schools = new LinkedHashMap<>();
        for (OrgUnit unit : em.createQuery("SELECT u FROM OrgUnit u WHERE u.active = TRUE AND u.level.grassroots"
                        + " = TRUE AND u.path LIKE :p ORDER BY u.path", OrgUnit.class)
                .setParameter("p", province.getPath() + "%").getResultList()) {
            schools.put(unit, new ArrayList<>());
        }
        for (Member member : em.createQuery("SELECT m FROM Member m WHERE m.status = :active ORDER BY m.id",
                        Member.class).setParameter("active", MemberStatus.ACTIVE).getResultList()) {
            List<Member> list = schools.get(member.getUnit());
            if (list != null) {
                list.add(member);
            }
        }
        return schools;
    }

    private List<OrgUnit> endedApprovers(Units units) {
        List<OrgUnit> ended = new ArrayList<>(units.districts());
        ended.add(units.sector());
        return ended;
    }

    private void openFunds(OrgUnit unit, int year, long opening, Map<Long, WelfareFund> funds) {
        fund(unit, year - 1, opening, funds);
        fund(unit, year, opening / 2 + 500_000L * random.nextInt(6), funds);
    }

    /** A fund opened on the first working days of the year, with the yearly allocation and a donation. */
    private void fund(OrgUnit unit, int year, long opening, Map<Long, WelfareFund> funds) {
        LocalDate opened = LocalDate.of(year, 1, 5);
        WelfareFund fund = new WelfareFund(unit, year, opening, officer(unit), at(opened));
        persist(fund);
        funds.put(key(unit, year), fund);
        fundCount++;
        long allocation = opening * 2 + 1_000_000L * random.nextInt(10);
        income(fund, FundLineKind.INCOME_ALLOCATION, LocalDate.of(year, 1, 15), allocation,
                "Kinh phí công đoàn trích cho hoạt động chăm lo đoàn viên năm " + year);
        LocalDate donated = LocalDate.of(year, 9, 20);
        if (!donated.isAfter(today)) {
            income(fund, FundLineKind.INCOME_DONATION, donated, 1_000_000L * (2 + random.nextInt(8)),
                    "Ủng hộ của cha mẹ học sinh và nhà hảo tâm cho quỹ \"Tấm lòng vàng\"");
        }
    }

    private void income(WelfareFund fund, FundLineKind kind, LocalDate day, long amount, String text) {
        persist(new WelfareFundLine(fund, kind, day, amount, text, null, fund.getCreatedBy(), at(day)));
    }

    /**
     * Four to six cases of one school. The slot decides the status, so every ward sees each status: most are paid,
     * and per school one is a draft, waiting for a decision, rejected or approved and not yet paid.
     */
    private void casesOf(OrgUnit school, List<Member> members, int schoolIndex, Map<Long, WelfareFund> funds,
                         int year) {
        int count = 4 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Member member = members.get(random.nextInt(members.size()));
            Template template = TEMPLATES[random.nextInt(TEMPLATES.length)];
            LocalDate occurred = randomDay(year, i);
            WelfareStatus target = switch ((schoolIndex + i) % 9) {
                case 0 -> WelfareStatus.DRAFT;
                case 1 -> WelfareStatus.SUBMITTED;
                case 2 -> WelfareStatus.REJECTED;
                case 3 -> WelfareStatus.APPROVED;
                default -> WelfareStatus.PAID;
            };
            if (target != WelfareStatus.PAID && occurred.getYear() < year) {
                target = WelfareStatus.PAID;
            }
            WelfareCase welfareCase = welfareCase(school, member, template, occurred, amount(template), target, funds);
            if (i == 0 && schoolIndex % 3 == 0) {
                takenUp.add(new TakenUp(member, CONCERNS[schoolIndex % CONCERNS.length], occurred.minusDays(2),
                        welfareCase));
            }
        }
        if (schoolIndex % 2 == 1) {
            Member member = members.get(random.nextInt(members.size()));
            String[] text = CONCERNS[(schoolIndex + 1) % CONCERNS.length];
            MemberConcern concern = concern(member, text, today.minusDays(5 + random.nextInt(40)), null);
            if (schoolIndex % 4 == 1) {
                concern.answer(ANSWERS[schoolIndex % ANSWERS.length], officer(school),
                        concern.getCreatedAt().plusSeconds(86_400L * 3));
            }
        }
    }

    /** doanvien: a paid sickness visit and an answered concern; a colleague: an open concern. */
    private void demoMember(Units units, List<Member> colleagues, Map<Long, WelfareFund> funds) {
        Member member = units.firstMember();
        LocalDate occurred = today.minusDays(40);
        welfareCase(units.firstSchool(), member, TEMPLATES[0], occurred, 1_200_000, WelfareStatus.PAID, funds);
        MemberConcern answered = concern(member, new String[] {"Xin được bố trí lịch dạy phù hợp khi điều trị",
            "Tôi đang điều trị ngoại trú mỗi sáng thứ Năm trong hai tháng, mong được sắp xếp lịch dạy buổi chiều."},
                today.minusDays(20), null);
        answered.answer("Công đoàn đã đề nghị Ban giám hiệu đổi lịch dạy sang buổi chiều từ tuần sau."
                + " Chúc thầy cô mau khỏe.", officer(units.firstSchool()), at(today.minusDays(18)));
        Member colleague = colleagues.stream().filter(m -> !m.equals(member)).findFirst().orElse(member);
        concern(colleague, new String[] {"Đề nghị lắp thêm quạt cho phòng học tầng ba",
            "Các phòng học tầng ba rất nóng vào buổi chiều, học sinh và giáo viên đều mệt. Mong công đoàn kiến nghị"
                    + " nhà trường lắp thêm quạt."}, today.minusDays(2), null);
    }

    /** One large "Mái ấm Công đoàn" house above every ward's limit: it waits for the province. */
    private void housingAtProvince(Map<OrgUnit, List<Member>> schools, OrgUnit firstSchool) {
        OrgUnit school = schools.keySet().stream().filter(s -> !s.equals(firstSchool) && !schools.get(s).isEmpty())
                .skip(3).findFirst().orElse(firstSchool);
        Member member = schools.get(school).get(0);
        welfareCase(school, member, new Template(WelfareKind.HOUSING_SUPPORT, 0, 0, null,
                        "Nhà đoàn viên xuống cấp nặng, tường nứt và mái dột sau nhiều mùa mưa bão; gia đình đã góp"
                                + " được một phần, đề nghị hỗ trợ xây nhà \"Mái ấm Công đoàn\"."),
                today.minusDays(12), 60_000_000, WelfareStatus.SUBMITTED, Map.of());
    }

    private WelfareCase welfareCase(OrgUnit school, Member member, Template template, LocalDate occurred,
                                    long amount, WelfareStatus target, Map<Long, WelfareFund> funds) {
        String officer = officer(school);
        Instant created = at(occurred.plusDays(1));
        WelfareCase welfareCase = new WelfareCase(school, member, officer, created);
        welfareCase.fill(template.kind(), occurred, template.description(), amount, template.gifts());
        persist(welfareCase);
        event(welfareCase, WelfareEventKind.CREATED, created, officer, school, null);
        caseCount++;
        if (target == WelfareStatus.DRAFT) {
            return welfareCase;
        }
        OrgUnit approver = approver(school, amount, template.kind());
        Instant submitted = created.plusSeconds(3_600);
        welfareCase.submit(approver, submitted);
        event(welfareCase, WelfareEventKind.SUBMITTED, submitted, officer, school, null);
        if (target == WelfareStatus.SUBMITTED) {
            return welfareCase;
        }
        Instant decided = at(occurred.plusDays(2));
        String decider = officer(approver);
        if (target == WelfareStatus.REJECTED) {
            welfareCase.reject(decider, approver, decided);
            event(welfareCase, WelfareEventKind.REJECTED, decided, decider, approver,
                    "Chưa đủ hồ sơ xác nhận hoàn cảnh; đề nghị bổ sung giấy xác nhận của địa phương rồi lập hồ sơ mới.");
            return welfareCase;
        }
        welfareCase.approve(decider, approver, decided);
        event(welfareCase, WelfareEventKind.APPROVED, decided, decider, approver, null);
        if (target == WelfareStatus.APPROVED) {
            return welfareCase;
        }
        LocalDate paidOn = occurred.plusDays(3);
        Instant paid = at(paidOn);
        welfareCase.pay(officer, paid, null);
        event(welfareCase, WelfareEventKind.PAID, paid, officer, school, null);
        WelfareFund fund = funds.get(key(school, paidOn.getYear()));
        if (fund != null && amount > 0) {
            persist(new WelfareFundLine(fund, FundLineKind.EXPENSE, paidOn, amount, "#" + welfareCase.getId() + " "
                    + template.kind().name() + " – " + member.getFullName(), welfareCase, officer, paid));
        }
        return welfareCase;
    }

    private MemberConcern concern(Member member, String[] text, LocalDate day, WelfareCase taken) {
        MemberConcern concern = new MemberConcern(member, member.getUnit(), text[0], text[1],
                at(day).plusSeconds(3_600L * 11));
        persist(concern);
        concernCount++;
        if (taken != null) {
            concern.turnInto(taken, "Công đoàn đã lập hồ sơ hỗ trợ cho thầy cô và sẽ báo khi có kết quả.",
                    taken.getCreatedBy(), taken.getCreatedAt());
        }
        return concern;
    }

    private OrgUnit approver(OrgUnit school, long amount, WelfareKind kind) {
        List<OrgUnit> chain = new ArrayList<>();
        for (OrgUnit u = school; u != null; u = u.getParent()) {
            chain.add(u);
        }
        List<WelfareRouting.RouteUnit> steps = chain.stream()
                .map(u -> new WelfareRouting.RouteUnit(u.getId(), u.getLevel().getCode())).toList();
        return chain.get(steps.indexOf(routing.approver(amount, kind, steps)));
    }

    private void event(WelfareCase welfareCase, WelfareEventKind kind, Instant at, String actor, OrgUnit unit,
                       String comment) {
        persist(new WelfareCaseEvent(welfareCase, kind, at, actor, officerOf(unit)[1], unit, comment));
    }

    /** A day of the case: the first ones from July last year, the others this year, all a week or more ago. */
    private LocalDate randomDay(int year, int slot) {
        if (slot < 2) {
            return LocalDate.of(year - 1, 7, 15).plusDays(random.nextInt(150));
        }
        LocalDate first = LocalDate.of(year, 1, 10);
        long span = Math.max(1, today.minusDays(10).toEpochDay() - first.toEpochDay());
        return first.plusDays(random.nextLong(span));
    }

    private long amount(Template template) {
        long steps = (template.max() - template.min()) / 100_000;
        return template.min() + 100_000 * random.nextLong(steps + 1);
    }

    /** The unit's officer: its demo account where it has one, else a made-up officer named like the reports'. */
    private String officer(OrgUnit unit) {
        return officerOf(unit)[0];
    }

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

    private static long key(OrgUnit unit, int year) {
        return unit.getId() * 10_000 + year;
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
