package vn.congdoan.intranet.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.congdoan.intranet.notification.NotificationService;
import vn.congdoan.intranet.organization.UnitHistoryService;
import vn.congdoan.intranet.reporting.board.ReportScope;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.JpqlFilter;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * Filling and reviewing activity reports. A grassroots union's officers fill, save and submit their own union's
 * report while the period is open; the direct superior (or any unit above it) returns it with comments, approves it
 * or reopens an approved one. Every write names the version the page loaded: when someone else acted in between,
 * nothing changes and the caller is told who and when ({@code report.changedByOther}). Every transition is recorded
 * as a {@link ReportEvent} and notifies the other side.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    /** Reminders go out this many days before the deadline, and on each day up to it. */
    public static final int REMIND_DAYS_BEFORE = 3;

    private static final Map<String, String> REVIEW_SORT = Map.of(
            "unitName", "r.unit.searchName",
            "period.title", "r.period.deadline",
            "submittedAt", "r.submittedAt",
            "status", "r.status");
    private static final List<ReportStatus> NOT_HANDED_IN = List.of(ReportStatus.NOT_STARTED, ReportStatus.DRAFT,
            ReportStatus.RETURNED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    @Inject
    ReportScope readScope;

    protected ReportService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public ReportService(EntityManager em, Clock clock, NotificationService notifications) {
        this.em = em;
        this.clock = clock;
        this.notifications = notifications;
        this.readScope = new ReportScope(em, new UnitHistoryService(em));
    }

    // ----- reading -----

    /**
     * A report the viewer may read: its unit (now or when the period opened) lies within the viewer's scope, or the
     * report was filed under a unit the viewer's unit succeeded (the same rule as the board and the exports, so every
     * report the board lists opens).
     */
    public ActivityReport getReport(Viewer viewer, long id) {
        if (!viewer.can(Permission.SUBMIT_REPORTS) && !viewer.can(Permission.REVIEW_REPORTS)) {
            throw new AccessDeniedException(viewer.username() + " may not read reports");
        }
        ActivityReport report = find(id);
        if (!viewer.scope().covers(report.getUnit()) && !viewer.scope().covers(report.getUnitPath())
                && !readScope.canRead(viewer, report)) {
            throw new AccessDeniedException(viewer.username() + " may not read report " + id);
        }
        report.getAwards().size();
        return report;
    }

    /** Whether the viewer may change the report now: an officer of its unit, the report editable, the period open. */
    public boolean mayEdit(Viewer viewer, ActivityReport report) {
        return isEditor(viewer, report) && report.getStatus().isEditable() && report.getPeriod().isOpen();
    }

    /** Whether the viewer reviews the report: its reviewing unit or a unit above it, never the report's own unit. */
    public boolean isReviewer(Viewer viewer, ActivityReport report) {
        return viewer.can(Permission.REVIEW_REPORTS)
                && (viewer.unitId() == report.getReviewer().getId() || viewer.scope().covers(report.getReviewer()))
                && viewer.unitId() != report.getUnit().getId();
    }

    public boolean mayReturnOrApprove(Viewer viewer, ActivityReport report) {
        return isReviewer(viewer, report) && report.getStatus() == ReportStatus.SUBMITTED;
    }

    public boolean mayReopen(Viewer viewer, ActivityReport report) {
        return isReviewer(viewer, report) && report.getStatus() == ReportStatus.APPROVED
                && report.getPeriod().isOpen();
    }

    /** The report's history, newest first, each step with its section comments in form order. */
    public List<ReportEvent> history(Viewer viewer, long id) {
        ActivityReport report = getReport(viewer, id);
        List<ReportEvent> events = em.createQuery("SELECT DISTINCT e FROM ReportEvent e JOIN FETCH e.actorUnit"
                        + " LEFT JOIN FETCH e.sectionComments WHERE e.report = :report", ReportEvent.class)
                .setParameter("report", report).getResultList();
        events.forEach(e -> e.getSectionComments().sort(Comparator.comparing(SectionComment::getSection)));
        return events.stream().sorted(Comparator.comparing(ReportEvent::getOccurredAt)
                .thenComparing(ReportEvent::getId).reversed()).toList();
    }

    /** The reviewer's comments to work on: the latest return (or reopening) while the report is back with its unit. */
    public Optional<ReportEvent> latestReturn(Viewer viewer, long id) {
        ActivityReport report = getReport(viewer, id);
        if (report.getStatus() != ReportStatus.RETURNED) {
            return Optional.empty();
        }
        return history(viewer, id).stream()
                .filter(e -> e.getKind() == ReportEventKind.RETURNED || e.getKind() == ReportEventKind.REOPENED)
                .findFirst();
    }

    // ----- filling -----

    /** Keeps everything typed once it meets the draft rules; the report becomes (or stays) a draft. */
    public ActivityReport saveDraft(Viewer viewer, long id, ReportForm form, long expectedVersion) {
        ActivityReport report = forEditing(viewer, id, expectedVersion);
        FigureRules.checkDraft(form);
        report.saveDraft(form.getFigures(), trimmed(form.getNarrative()), form.awardLines(), viewer.username(),
                clock.instant());
        flush();
        return report;
    }

    /** Saves, then hands the report to its reviewer when it is complete; the reviewing unit is notified. */
    public ActivityReport submit(Viewer viewer, long id, ReportForm form, long expectedVersion) {
        ActivityReport report = forEditing(viewer, id, expectedVersion);
        FigureRules.checkDraft(form);
        FigureRules.checkComplete(form);
        Instant now = clock.instant();
        report.saveDraft(form.getFigures(), trimmed(form.getNarrative()), form.awardLines(), viewer.username(), now);
        boolean again = report.submit(now);
        record(viewer, report, again ? ReportEventKind.RESUBMITTED : ReportEventKind.SUBMITTED, null, Map.of());
        flush();
        notifications.notifyUnit(report.getReviewer().getId(), Permission.REVIEW_REPORTS, "REPORT_SUBMITTED",
                again ? "notification.reportResubmitted" : "notification.reportSubmitted",
                List.of(report.getUnitName(), report.getPeriod().getTitle()), viewLink(report), null);
        return report;
    }

    // ----- reviewing -----

    /** Sends a submitted report back to its unit with a general comment and/or comments on sections. */
    public ActivityReport returnReport(Viewer viewer, long id, long expectedVersion, String generalComment,
                                       Map<ReportSection, String> sectionComments) {
        ActivityReport report = forReview(viewer, id, expectedVersion);
        requireStatus(report, ReportStatus.SUBMITTED);
        requireOpenPeriod(report);
        String general = comment("generalComment", generalComment);
        Map<ReportSection, String> sections = new EnumMap<>(ReportSection.class);
        if (sectionComments != null) {
            sectionComments.forEach((section, text) -> {
                String checked = comment(sectionField(section), text);
                if (checked != null) {
                    sections.put(section, checked);
                }
            });
        }
        if (general == null && sections.isEmpty()) {
            throw BusinessException.onField("generalComment", "report.return.commentRequired");
        }
        report.returnForRevision(clock.instant());
        record(viewer, report, ReportEventKind.RETURNED, general, sections);
        flush();
        notifications.notifyUnit(report.getUnit().getId(), Permission.SUBMIT_REPORTS, "REPORT_RETURNED",
                "notification.reportReturned", List.of(report.getPeriod().getTitle(), unitName(viewer)),
                editLink(report), null);
        return report;
    }

    /** Approves a submitted report in the name of the viewer's unit. */
    public ActivityReport approve(Viewer viewer, long id, long expectedVersion, String comment) {
        ActivityReport report = forReview(viewer, id, expectedVersion);
        requireStatus(report, ReportStatus.SUBMITTED);
        String text = comment("approveComment", comment);
        report.approve(viewer.username(), em.getReference(OrgUnit.class, viewer.unitId()), clock.instant());
        record(viewer, report, ReportEventKind.APPROVED, text, Map.of());
        flush();
        notifications.notifyUnit(report.getUnit().getId(), Permission.SUBMIT_REPORTS, "REPORT_APPROVED",
                "notification.reportApproved", List.of(report.getPeriod().getTitle(), unitName(viewer)),
                viewLink(report), null);
        return report;
    }

    /** Withdraws the approval of a report so its unit can correct it, while the period is open; a reason is required. */
    public ActivityReport reopen(Viewer viewer, long id, long expectedVersion, String comment) {
        ActivityReport report = forReview(viewer, id, expectedVersion);
        requireStatus(report, ReportStatus.APPROVED);
        requireOpenPeriod(report);
        String text = comment("reopenComment", comment);
        if (text == null) {
            throw BusinessException.onField("reopenComment", "report.reopen.commentRequired");
        }
        report.reopen(clock.instant());
        record(viewer, report, ReportEventKind.REOPENED, text, Map.of());
        flush();
        notifications.notifyUnit(report.getUnit().getId(), Permission.SUBMIT_REPORTS, "REPORT_REOPENED",
                "notification.reportReopened", List.of(report.getPeriod().getTitle(), unitName(viewer)),
                editLink(report), null);
        return report;
    }

    /**
     * The refusal to show when a write lost a race at commit (an optimistic lock failure after the version check):
     * who changed the report last and when, read afresh.
     */
    public BusinessException conflict(Viewer viewer, long id) {
        ActivityReport report = getReport(viewer, id);
        em.refresh(report);
        return changedByOther(report);
    }

    /** The display name of an account (who last saved a report), or the user name when it is gone. */
    public String accountName(String username) {
        if (username == null) {
            return null;
        }
        return em.createQuery("SELECT a.displayName FROM UserAccount a WHERE a.username = :username", String.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(username);
    }

    // ----- lists -----

    /** A page of the reports the viewer fills: their union's reports of every period, newest period first. */
    public List<ActivityReport> findOwnReports(Viewer viewer, PageQuery query) {
        JpqlFilter filter = ownFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT r FROM ActivityReport r JOIN FETCH r.period JOIN FETCH r.unit"
                        + filter.where() + " ORDER BY r.period.deadline DESC, r.id DESC", ActivityReport.class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    public int countOwnReports(Viewer viewer, PageQuery query) {
        JpqlFilter filter = ownFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT COUNT(r) FROM ActivityReport r" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    /**
     * A page of the reports addressed to units within the viewer's scope (never the viewer's own unit's). Filters:
     * {@code status} (a {@link ReportStatus}; absent = all), {@code period} (a period id), {@code unitName}
     * (diacritics-insensitive). Without a sort, the longest-waiting first.
     */
    public List<ActivityReport> findToReview(Viewer viewer, PageQuery query) {
        JpqlFilter filter = reviewFilter(viewer, query);
        String field = query.sortFieldOr(null, REVIEW_SORT.keySet());
        String order = field == null ? "r.submittedAt ASC, r.unit.searchName ASC"
                : REVIEW_SORT.get(field) + (query.ascending() ? " ASC" : " DESC");
        return filter.bind(em.createQuery("SELECT r FROM ActivityReport r JOIN FETCH r.period JOIN FETCH r.unit"
                        + filter.where() + " ORDER BY " + order + ", r.id", ActivityReport.class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    public int countToReview(Viewer viewer, PageQuery query) {
        JpqlFilter filter = reviewFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT COUNT(r) FROM ActivityReport r" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    /** The periods that have reports for the viewer to review, newest deadline first (for the list's filter). */
    public List<ReportingPeriod> reviewPeriods(Viewer viewer) {
        viewer.require(Permission.REVIEW_REPORTS);
        return em.createQuery("SELECT DISTINCT r.period FROM ActivityReport r WHERE r.reviewer.path LIKE :scope",
                        ReportingPeriod.class).setParameter("scope", viewer.scope().likePattern()).getResultList()
                .stream().sorted(Comparator.comparing(ReportingPeriod::getDeadline).reversed()
                        .thenComparing(ReportingPeriod::getId)).toList();
    }

    // ----- reminders -----

    /**
     * Reminds the officers of every union whose report of an open period is not handed in and falls due within
     * {@value #REMIND_DAYS_BEFORE} days. Each report's reminder arrives once per deadline, however often this runs.
     * Returns how many notifications were created.
     */
    public int remindDeadlines() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        List<ActivityReport> due = em.createQuery("SELECT r FROM ActivityReport r JOIN FETCH r.period p"
                        + " WHERE p.status = :open AND r.status IN :statuses AND p.deadline BETWEEN :today AND :limit",
                        ActivityReport.class)
                .setParameter("open", PeriodStatus.OPEN).setParameter("statuses", NOT_HANDED_IN)
                .setParameter("today", today).setParameter("limit", today.plusDays(REMIND_DAYS_BEFORE))
                .getResultList();
        int created = 0;
        for (ActivityReport report : due) {
            LocalDate deadline = report.getPeriod().getDeadline();
            created += notifications.notifyUnit(report.getUnit().getId(), Permission.SUBMIT_REPORTS, "DEADLINE",
                    "notification.deadlineSoon", List.of(report.getPeriod().getTitle(), Formats.day(deadline)),
                    editLink(report), "deadline:" + report.getId() + ":" + deadline);
        }
        return created;
    }

    // ----- helpers -----

    private ActivityReport find(long id) {
        ActivityReport report = em.find(ActivityReport.class, id);
        if (report == null) {
            throw new NotFoundException("report " + id);
        }
        return report;
    }

    private boolean isEditor(Viewer viewer, ActivityReport report) {
        return viewer.can(Permission.SUBMIT_REPORTS) && viewer.scope().covers(report.getUnit());
    }

    /** A report the viewer may change now (for its attachments): their union's, editable, in an open period. */
    public ActivityReport getEditable(Viewer viewer, long id) {
        ActivityReport report = editorsReport(viewer, id);
        requireEditable(report);
        return report;
    }

    /** The report, checked for the viewer's right to edit it now, at the version the page loaded. */
    private ActivityReport forEditing(Viewer viewer, long id, long expectedVersion) {
        ActivityReport report = editorsReport(viewer, id);
        checkVersion(report, expectedVersion);
        requireEditable(report);
        return report;
    }

    private ActivityReport editorsReport(Viewer viewer, long id) {
        viewer.require(Permission.SUBMIT_REPORTS);
        ActivityReport report = find(id);
        if (!isEditor(viewer, report)) {
            throw new AccessDeniedException(viewer.username() + " may not edit report " + id);
        }
        return report;
    }

    private static void requireEditable(ActivityReport report) {
        if (!report.getStatus().isEditable()) {
            throw new BusinessException("report.notEditable");
        }
        requireOpenPeriod(report);
    }

    private ActivityReport forReview(Viewer viewer, long id, long expectedVersion) {
        viewer.require(Permission.REVIEW_REPORTS);
        ActivityReport report = find(id);
        if (!isReviewer(viewer, report)) {
            throw new AccessDeniedException(viewer.username() + " may not review report " + id);
        }
        checkVersion(report, expectedVersion);
        return report;
    }

    /**
     * Reads the report afresh (another request may have changed it since this persistence context loaded it) and
     * refuses when it is no longer the version the page showed.
     */
    private void checkVersion(ActivityReport report, long expectedVersion) {
        em.refresh(report);
        if (report.getVersion() != expectedVersion) {
            throw changedByOther(report);
        }
    }

    /** Writes now, so that a lost race surfaces here as an OptimisticLockException rather than at commit. */
    private void flush() {
        em.flush();
    }

    private BusinessException changedByOther(ActivityReport report) {
        String who = report.getLastSavedBy();
        Instant when = report.getLastSavedAt();
        Optional<ReportEvent> last = em.createQuery("SELECT e FROM ReportEvent e WHERE e.report = :report"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", ReportEvent.class)
                .setParameter("report", report).setMaxResults(1).getResultStream().findFirst();
        if (last.isPresent() && (when == null || !last.get().getOccurredAt().isBefore(when))) {
            return new BusinessException("report.changedByOther", last.get().getActorName(),
                    formatTime(last.get().getOccurredAt()));
        }
        if (who == null) {
            return new BusinessException("report.changedByOther", "?", "?");
        }
        return new BusinessException("report.changedByOther", accountName(who), formatTime(when));
    }

    private static String formatTime(Instant instant) {
        return new Formats().dateTime(instant);
    }

    private void record(Viewer viewer, ActivityReport report, ReportEventKind kind, String comment,
                        Map<ReportSection, String> sections) {
        ReportEvent event = new ReportEvent(report, kind, clock.instant(), viewer.username(), viewer.displayName(),
                em.getReference(OrgUnit.class, viewer.unitId()), comment);
        sections.forEach(event::addSectionComment);
        em.persist(event);
    }

    private static void requireStatus(ActivityReport report, ReportStatus status) {
        if (report.getStatus() != status) {
            throw new BusinessException("report.wrongStatus");
        }
    }

    private static void requireOpenPeriod(ActivityReport report) {
        if (!report.getPeriod().isOpen()) {
            throw new BusinessException("report.periodClosed");
        }
    }

    /** A comment trimmed, null when blank; refused at its field when too long. */
    private static String comment(String field, String text) {
        if (TextNormalizer.isBlank(text)) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > ReportEvent.COMMENT_MAX) {
            throw BusinessException.onField(field, "report.comment.tooLong", ReportEvent.COMMENT_MAX);
        }
        return trimmed;
    }

    /** The input id of a section's comment in the return dialog. */
    public static String sectionField(ReportSection section) {
        return "comment_" + section.name();
    }

    private static ReportNarrative trimmed(ReportNarrative narrative) {
        ReportNarrative copy = new ReportNarrative();
        copy.setMainResults(strip(narrative.getMainResults()));
        copy.setHighlights(strip(narrative.getHighlights()));
        copy.setLimitations(strip(narrative.getLimitations()));
        copy.setLessons(strip(narrative.getLessons()));
        copy.setDirections(strip(narrative.getDirections()));
        copy.setProposals(strip(narrative.getProposals()));
        return copy;
    }

    private static String strip(String text) {
        return TextNormalizer.isBlank(text) ? null : text.strip();
    }

    private String unitName(Viewer viewer) {
        return em.find(OrgUnit.class, viewer.unitId()).getName();
    }

    private JpqlFilter ownFilter(Viewer viewer, PageQuery query) {
        viewer.require(Permission.SUBMIT_REPORTS);
        return new JpqlFilter()
                .require("r.unit.path LIKE :scope", "scope", viewer.scope().likePattern())
                .optional("r.period.id = :period", "period", query.value("period", Long.class));
    }

    private JpqlFilter reviewFilter(Viewer viewer, PageQuery query) {
        viewer.require(Permission.REVIEW_REPORTS);
        return new JpqlFilter()
                .require("r.reviewer.path LIKE :scope", "scope", viewer.scope().likePattern())
                .require("r.unit.id <> :own", "own", viewer.unitId())
                .optional("r.status = :status", "status", query.value("status", ReportStatus.class))
                .optional("r.period.id = :period", "period", query.value("period", Long.class))
                .contains("r.unit.searchName", "unitName", query.text("unitName"));
    }

    static String viewLink(ActivityReport report) {
        return "/reports/view.xhtml?id=" + report.getId();
    }

    static String editLink(ActivityReport report) {
        return "/reports/edit.xhtml?id=" + report.getId();
    }
}
