package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.ActivityReport;
import vn.congdoan.intranet.reporting.AwardKind;
import vn.congdoan.intranet.reporting.AwardLevel;
import vn.congdoan.intranet.reporting.Classification;
import vn.congdoan.intranet.reporting.PeriodDraft;
import vn.congdoan.intranet.reporting.PeriodKind;
import vn.congdoan.intranet.reporting.PeriodService;
import vn.congdoan.intranet.reporting.ReportAward;
import vn.congdoan.intranet.reporting.ReportEvent;
import vn.congdoan.intranet.reporting.ReportEventKind;
import vn.congdoan.intranet.reporting.ReportFigures;
import vn.congdoan.intranet.reporting.ReportSection;
import vn.congdoan.intranet.reporting.ReportingPeriod;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.UserAccount;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.Formats;

/**
 * The reporting periods of the demo province, opened through the same service a leader uses, so the app shows
 * history: the school years 2023–2024 and 2024–2025 on the tree before the 2025 reorganisation (approved by the
 * district federations and the sector union), 2025–2026 on the new tree (approved by the commune unions, two never
 * handed in), and the current calendar-year report, due three days from today, with mixed progress. The current
 * reports of the two demo officers' schools stay NOT_STARTED, for the demo and the tests to fill.
 */
final class ReportDemoData {

    static final int DEADLINE_IN_DAYS = 3;
    /** The current period was opened this many days before today. */
    static final int CURRENT_OPENED_DAYS_AGO = 10;
    private static final long SEED = 20230905L;
    private static final int FLUSH_EVERY = 50;

    private final EntityManager em;
    private final Clock clock;
    private final Random random = new Random(SEED);
    private final Map<Long, String[]> officers = new HashMap<>();
    private int pending;

    ReportDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Opens the current period for the whole province as its leader, a few days ago, due in three days. */
    ReportingPeriod openCurrentPeriod(OrgUnit province) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        int year = today.getYear();
        ReportingPeriod period = new PeriodService(em, Clock.offset(clock, Duration.ofDays(-CURRENT_OPENED_DAYS_AGO)))
                .open(leader(province), new PeriodDraft(PeriodKind.CALENDAR_YEAR,
                        "Báo cáo công tác công đoàn năm " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        today.plusDays(DEADLINE_IN_DAYS), null));
        em.flush();
        return period;
    }

    /**
     * The school years 2023–2024 and 2024–2025, opened by the province in May on the tree of the day (before the
     * reorganisation of 01/07/2025), every report handed in, a few late or returned once, all approved, then closed.
     */
    void pastSchoolYears(OrgUnit province) {
        schoolYear(province, 2023, LocalDate.of(2024, 5, 13), LocalDate.of(2024, 6, 7), Set.of(), Set.of());
        schoolYear(province, 2024, LocalDate.of(2025, 5, 12), LocalDate.of(2025, 6, 6), Set.of(), Set.of());
    }

    /** The school year 2025–2026 on the new tree, approved by the commune unions; two units never handed in. */
    void lastSchoolYear(OrgUnit province, Set<Long> demoSchools) {
        List<Long> units = em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.active = TRUE AND u.level.grassroots"
                + " = TRUE AND u.path LIKE :p ORDER BY u.path", Long.class).setParameter("p", province.getPath() + "%")
                .getResultList().stream().filter(id -> !demoSchools.contains(id)).toList();
        schoolYear(province, 2025, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 6, 5),
                Set.of(units.get(units.size() / 3)), Set.of(units.get(2 * units.size() / 3)));
    }

    /**
     * Progress in the current period for the schools other than {@code untouched}: some drafts, some submitted, one
     * returned, a few approved by their commune union, the rest not started.
     */
    void fillCurrentPeriod(ReportingPeriod period, Set<Long> untouched) {
        LocalDate opened = LocalDate.ofInstant(period.getOpenedAt(), Formats.ZONE);
        Map<Long, int[]> members = membersOn(LocalDate.now(clock.withZone(Formats.ZONE)));
        boolean returnedOne = false;
        List<ActivityReport> reports = reports(period);
        // the demo schools' reviewer gets one report waiting for him, so his review list is not empty at first sight
        Set<OrgUnit> demoReviewers = reports.stream().filter(r -> untouched.contains(r.getUnit().getId()))
                .map(ActivityReport::getReviewer).collect(Collectors.toSet());
        boolean waitingForDemoReviewer = false;
        int i = 0;
        for (ActivityReport report : reports) {
            if (untouched.contains(report.getUnit().getId())) {
                continue;
            }
            int slot = i++ % 10;
            if (!waitingForDemoReviewer && demoReviewers.contains(report.getReviewer())) {
                waitingForDemoReviewer = true;
                slot = 3;
            }
            if (slot > 6) {
                continue;
            }
            String[] officer = officer(report.getUnit());
            fill(report, members, officer, opened.plusDays(1 + random.nextInt(4)));
            if (slot <= 2) {
                continue;
            }
            Instant submitted = at(opened.plusDays(5 + random.nextInt(4)));
            submit(report, officer, submitted);
            if (slot == 6 && !returnedOne) {
                returnedOne = true;
                returnOnce(report, submitted, false);
            } else if (slot == 5) {
                approve(report, submitted.plus(Duration.ofDays(1)));
            }
            flushNow();
        }
        em.flush();
    }

    private void schoolYear(OrgUnit province, int year, LocalDate openedOn, LocalDate deadline, Set<Long> neverStarted,
                            Set<Long> leftAsDraft) {
        Clock opening = Clock.fixed(at(openedOn), Formats.ZONE);
        ReportingPeriod period = new PeriodService(em, opening).open(leader(province), new PeriodDraft(
                PeriodKind.SCHOOL_YEAR, "Báo cáo tổng kết năm học " + year + "–" + (year + 1),
                LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31), deadline, null));
        em.flush();
        Map<Long, int[]> members = membersOn(deadline);
        for (ActivityReport report : reports(period)) {
            long unitId = report.getUnit().getId();
            if (neverStarted.contains(unitId)) {
                continue;
            }
            String[] officer = officer(report.getUnit());
            fill(report, members, officer, openedOn.plusDays(2 + random.nextInt(10)));
            if (leftAsDraft.contains(unitId)) {
                continue;
            }
            boolean late = random.nextInt(100) < 9;
            LocalDate submittedOn = late ? deadline.plusDays(1 + random.nextInt(6))
                    : deadline.minusDays(random.nextInt(10));
            Instant submitted = at(submittedOn);
            submit(report, officer, submitted);
            if (random.nextInt(100) < 14) {
                submitted = returnOnce(report, submitted, true);
            }
            approve(report, submitted.plus(Duration.ofDays(1 + random.nextInt(5))));
            flushNow();
        }
        period.close();
        em.flush();
    }

    private void fill(ActivityReport report, Map<Long, int[]> members, String[] officer, LocalDate on) {
        int[] counts = members.getOrDefault(report.getUnit().getId(), new int[] {15, 10});
        int total = counts[0];
        ReportFigures figures = new ReportFigures();
        figures.setMembersTotal(total);
        figures.setMembersWomen(Math.min(total, counts[1]));
        figures.setNewMembers(random.nextInt(Math.max(2, total / 10)));
        figures.setMembersLeft(random.nextInt(3));
        figures.setOfficersTrained(1 + random.nextInt(5));
        figures.setPartyIntroduced(random.nextInt(4));
        int welfare = total * (20 + random.nextInt(41)) / 100;
        figures.setWelfareMembers(welfare);
        figures.setWelfareAmount(welfare * 50_000L * (6 + random.nextInt(15)));
        figures.setEmulationUnits(1 + random.nextInt(4));
        figures.setEmulationMembers(total - random.nextInt(Math.max(1, total / 8)));
        int grade = random.nextInt(100);
        figures.setClassification(grade < 30 ? Classification.EXCELLENT : grade < 85 ? Classification.STRONG
                : grade < 98 ? Classification.COMPLETED : Classification.NOT_COMPLETED);
        report.saveDraft(figures, DemoNarratives.compose(random, total), awards(total), officer[0], at(on));
    }

    private List<ReportAward> awards(int members) {
        List<ReportAward> awards = new ArrayList<>();
        awards.add(ReportAward.line(AwardLevel.GRASSROOTS, AwardKind.CERTIFICATE, 1 + random.nextInt(3),
                2 + random.nextInt(Math.max(2, members / 5))));
        if (random.nextBoolean()) {
            awards.add(ReportAward.line(AwardLevel.SUPERIOR, AwardKind.CERTIFICATE, random.nextInt(2),
                    1 + random.nextInt(4)));
        }
        if (random.nextInt(100) < 15) {
            awards.add(ReportAward.line(AwardLevel.PROVINCE, AwardKind.MERIT, random.nextInt(2), 1));
        }
        if (random.nextInt(100) < 20) {
            awards.add(ReportAward.line(AwardLevel.NATIONAL, AwardKind.MEDAL, 0, 1 + random.nextInt(2)));
        }
        if (random.nextInt(100) < 3) {
            awards.add(ReportAward.line(AwardLevel.NATIONAL, AwardKind.MERIT, 0, 1));
        }
        return awards;
    }

    private void submit(ActivityReport report, String[] officer, Instant at) {
        boolean again = report.submit(at);
        event(report, again ? ReportEventKind.RESUBMITTED : ReportEventKind.SUBMITTED, at, officer,
                report.getUnit(), null);
    }

    /** The reviewer returns the report with a comment; when {@code resubmit}, the school corrects and resends it. */
    private Instant returnOnce(ActivityReport report, Instant submitted, boolean resubmit) {
        Instant returned = submitted.plus(Duration.ofDays(1 + random.nextInt(2)));
        report.returnForRevision(returned);
        String comment = DemoNarratives.RETURN_COMMENTS[random.nextInt(DemoNarratives.RETURN_COMMENTS.length)];
        ReportEvent event = event(report, ReportEventKind.RETURNED, returned, officer(report.getReviewer()),
                report.getReviewer(), comment);
        event.addSectionComment(comment.contains("số liệu") || comment.contains("Số tiền") ? ReportSection.FIGURES
                : ReportSection.LIMITATIONS, comment);
        if (!resubmit) {
            return returned;
        }
        Instant again = returned.plus(Duration.ofDays(1 + random.nextInt(2)));
        submit(report, officer(report.getUnit()), again);
        return again;
    }

    private void approve(ActivityReport report, Instant at) {
        String[] approver = officer(report.getReviewer());
        report.approve(approver[0], report.getReviewer(), at);
        event(report, ReportEventKind.APPROVED, at, approver, report.getReviewer(), null);
    }

    private ReportEvent event(ActivityReport report, ReportEventKind kind, Instant at, String[] actor, OrgUnit unit,
                              String comment) {
        ReportEvent event = new ReportEvent(report, kind, at, actor[0], actor[1], unit, comment);
        em.persist(event);
        return event;
    }

    /** The officer who acts for a unit: its demo account when it has one, else an officer named for the demo. */
    private String[] officer(OrgUnit unit) {
        if (officers.isEmpty()) {
            for (UserAccount account : em.createQuery("SELECT a FROM UserAccount a WHERE a.role <> :member"
                    + " ORDER BY a.id", UserAccount.class).setParameter("member", Role.MEMBER).getResultList()) {
                if (account.getRole() != Role.ADMIN) {
                    officers.putIfAbsent(account.getUnit().getId(), new String[] {account.getUsername(),
                            account.getDisplayName()});
                }
            }
        }
        return officers.computeIfAbsent(unit.getId(), id -> new String[] {unit.getCode().toLowerCase(),
                VietnameseNames.fullName(random, random.nextInt(100) < 70 ? Gender.FEMALE : Gender.MALE)});
    }

    /** Members and women members per unit on a day, from the membership records. */
    private Map<Long, int[]> membersOn(LocalDate day) {
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT m.unit.id, m.gender, COUNT(m) FROM Member m WHERE m.joinedOn <= :day"
                + " AND (m.leftOn IS NULL OR m.leftOn > :day) GROUP BY m.unit.id, m.gender", Object[].class)
                .setParameter("day", day).getResultList()) {
            int[] unit = counts.computeIfAbsent((Long) row[0], id -> new int[2]);
            int n = ((Number) row[2]).intValue();
            unit[0] += n;
            if (row[1] == Gender.FEMALE) {
                unit[1] += n;
            }
        }
        return counts;
    }

    private List<ActivityReport> reports(ReportingPeriod period) {
        return em.createQuery("SELECT r FROM ActivityReport r JOIN FETCH r.unit WHERE r.period = :p"
                + " ORDER BY r.unitPath", ActivityReport.class).setParameter("p", period).getResultList();
    }

    private void flushNow() {
        if (++pending % FLUSH_EVERY == 0) {
            em.flush();
        }
    }

    private static Viewer leader(OrgUnit province) {
        return new Viewer(0L, "lanhdao.tinh", "Lãnh đạo LĐLĐ tỉnh", Role.PROVINCE_LEADER, province.getId(),
                province.getPath(), null);
    }

    /** A working hour of that day in Vietnam, varied a little. */
    private Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60))).atZone(Formats.ZONE).toInstant();
    }
}
