package vn.congdoan.intranet.reporting;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitHistoryServices;
import vn.congdoan.intranet.organization.UnitLevel;
import vn.congdoan.intranet.organization.UnitLink;
import vn.congdoan.intranet.reporting.board.ReportScope;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;

/**
 * A small province of its own for board and consolidation tests, with a period opened on 01/05/2026 and due
 * 20/05/2026, and its five reports in hand-picked states:
 * <pre>
 * P ─ D1 ─ A  approved, submitted 18/05 (members 40, women 30, 1.500.000 ₫, STRONG, province Bằng khen 1 + 2)
 *   │    └ B  approved, submitted 22/05: late (members 25, women 20, 2.000.000 ₫, EXCELLENT,
 *   │                                   province Bằng khen 0 + 1, superior Giấy khen 2 + 5)
 *   └ D2 ─ C  submitted 19/05 (members 50: not approved, so never summed)
 *        ├ D  draft
 *        └ E  not started
 * </pre>
 */
public final class ReportFixture {

    public static final Clock OPENING = clock("2026-05-01T03:00:00Z");
    /** Before the deadline. */
    public static final Clock BEFORE = clock("2026-05-10T03:00:00Z");
    /** After the deadline. */
    public static final Clock AFTER = clock("2026-05-25T03:00:00Z");

    public final OrgUnit province;
    public final OrgUnit district1;
    public final OrgUnit district2;
    public final OrgUnit a;
    public final OrgUnit b;
    public final OrgUnit c;
    public final OrgUnit d;
    public final OrgUnit e;
    public final ReportingPeriod period;
    public final Viewer leader;
    public final Viewer officer1;
    public final Viewer schoolOfficerA;

    private final EntityManager em;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    /** Builds everything; the caller owns the transaction. */
    public ReportFixture(EntityManager em) {
        this.em = em;
        province = unit("P", "Liên đoàn Lao động tỉnh Thử Nghiệm", UnitLevel.PROVINCE_FEDERATION, null);
        district1 = unit("D1", "Liên đoàn Lao động huyện An Phú", UnitLevel.DISTRICT_FEDERATION, province);
        district2 = unit("D2", "Liên đoàn Lao động huyện Bình Lục", UnitLevel.DISTRICT_FEDERATION, province);
        a = unit("A", "Công đoàn Trường Tiểu học An Bình", UnitLevel.GRASSROOTS_UNION, district1);
        b = unit("B", "Công đoàn Trường Mầm non Bình Minh", UnitLevel.GRASSROOTS_UNION, district1);
        c = unit("C", "Công đoàn Trường THCS Chu Văn An", UnitLevel.GRASSROOTS_UNION, district2);
        d = unit("D", "Công đoàn Trường Tiểu học Đoàn Kết", UnitLevel.GRASSROOTS_UNION, district2);
        e = unit("E", "Công đoàn Trường Mầm non Em Bé", UnitLevel.GRASSROOTS_UNION, district2);
        leader = viewer("lead", Role.PROVINCE_LEADER, province);
        officer1 = viewer("cbD1", Role.SUPERIOR_OFFICER, district1);
        schoolOfficerA = viewer("cbA", Role.GRASSROOTS_OFFICER, a);
        em.flush();
        period = new PeriodService(em, OPENING).open(leader, new PeriodDraft(PeriodKind.SCHOOL_YEAR,
                "Báo cáo tổng kết năm học 2025–2026 " + tag, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 5, 20), null));
        em.flush();
        fill(a, 40, 30, 1_500_000L, Classification.STRONG, List.of(ReportAward.line(AwardLevel.PROVINCE,
                AwardKind.MERIT, 1, 2)));
        submit(a, "2026-05-18T02:00:00Z");
        approve(a, district1, "2026-05-19T02:00:00Z");
        fill(b, 25, 20, 2_000_000L, Classification.EXCELLENT, List.of(ReportAward.line(AwardLevel.PROVINCE,
                AwardKind.MERIT, 0, 1), ReportAward.line(AwardLevel.SUPERIOR, AwardKind.CERTIFICATE, 2, 5)));
        submit(b, "2026-05-22T02:00:00Z");
        approve(b, district1, "2026-05-23T02:00:00Z");
        fill(c, 50, 45, 9_000_000L, Classification.STRONG, List.of(ReportAward.line(AwardLevel.PROVINCE,
                AwardKind.MERIT, 3, 3)));
        submit(c, "2026-05-19T02:00:00Z");
        fill(d, 10, 5, 0L, null, List.of());
        em.flush();
    }

    /** The board, consolidation and period services on this fixture's database, at the given time. */
    public static ReportScope scope(EntityManager em) {
        return new ReportScope(em, UnitHistoryServices.using(em));
    }

    public ActivityReport report(OrgUnit unit) {
        return em.createQuery("SELECT r FROM ActivityReport r WHERE r.period = :p AND r.unit = :u",
                ActivityReport.class).setParameter("p", period).setParameter("u", unit).getSingleResult();
    }

    private void fill(OrgUnit unit, int members, int women, long welfare, Classification classification,
                      List<ReportAward> awards) {
        ReportFigures figures = new ReportFigures();
        figures.setMembersTotal(members);
        figures.setMembersWomen(women);
        figures.setNewMembers(2);
        figures.setMembersLeft(1);
        figures.setOfficersTrained(3);
        figures.setPartyIntroduced(1);
        figures.setWelfareMembers(members / 2);
        figures.setWelfareAmount(welfare);
        figures.setEmulationUnits(1);
        figures.setEmulationMembers(members - 1);
        figures.setClassification(classification);
        ReportNarrative narrative = new ReportNarrative();
        narrative.setMainResults("Hoàn thành tốt nhiệm vụ năm học.");
        report(unit).saveDraft(figures, narrative, awards, "cb", Instant.parse("2026-05-05T02:00:00Z"));
    }

    private void submit(OrgUnit unit, String at) {
        report(unit).submit(Instant.parse(at));
    }

    private void approve(OrgUnit unit, OrgUnit by, String at) {
        ActivityReport report = report(unit);
        report.approve("cbD1", by, Instant.parse(at));
        em.persist(new ReportEvent(report, ReportEventKind.APPROVED, Instant.parse(at), "cbD1", "Trần Văn Một", by,
                null));
    }

    private OrgUnit unit(String code, String name, String level, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(code + "-" + tag, name, null, em.find(UnitLevel.class, level),
                LocalDate.of(2020, 1, 1));
        em.persist(unit);
        unit.placeUnder(parent);
        em.persist(new UnitLink(unit, parent, LocalDate.of(2020, 1, 1), null));
        return unit;
    }

    private Viewer viewer(String username, Role role, OrgUnit unit) {
        return new Viewer(0L, username + tag, username, role, unit.getId(), unit.getPath(), null);
    }

    private static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
