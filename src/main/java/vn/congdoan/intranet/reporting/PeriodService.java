package vn.congdoan.intranet.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.board.ReportQuery;
import vn.congdoan.intranet.reporting.board.ReportScope;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * Reporting periods. A superior officer opens a period for grassroots unions within their scope; opening creates
 * each unit's report, NOT_STARTED, addressed to the unit's direct superior of that day.
 */
@ApplicationScoped
@Transactional
public class PeriodService {

    /** Period list filter: a {@link PeriodStatus}. */
    public static final String STATUS = "status";

    private static final Map<String, String> PERIOD_SORTS = Map.of("title", "p.title", "deadline", "p.deadline",
            "coversFrom", "p.coversFrom", "status", "p.status", "openedAt", "p.openedAt", "kind", "p.kind");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReportScope reports;

    @Inject
    Instance<FollowedPeriodsMemo> memo;

    protected PeriodService() {
    }

    /** For tests: everything, listing and changing periods included. */
    public PeriodService(EntityManager em, Clock clock, ReportScope reports) {
        this(em, clock);
        this.reports = reports;
    }

    /** For code outside the container that owns its transaction (the demo generator, tests). */
    public PeriodService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Opens a period owned by the viewer's unit, with a report for each unit that must report. */
    public ReportingPeriod open(Viewer viewer, PeriodDraft draft) {
        viewer.require(Permission.OPEN_PERIODS);
        validate(draft);
        OrgUnit owner = em.find(OrgUnit.class, viewer.unitId());
        if (owner == null || !owner.isActive()) {
            throw new AccessDeniedException(viewer.username() + " has no active unit to open a period for");
        }
        List<OrgUnit> units = reportingUnits(viewer, owner, draft);
        if (units.isEmpty()) {
            throw BusinessException.onField("units", "period.units.required");
        }
        ReportingPeriod period = new ReportingPeriod(draft.kind(), draft.title().trim(), draft.coversFrom(),
                draft.coversTo(), draft.deadline(), owner, viewer.username(), clock.instant());
        em.persist(period);
        for (OrgUnit unit : units) {
            em.persist(new ActivityReport(period, unit, unit.getParent()));
        }
        return period;
    }

    /**
     * A period the viewer follows: opened within their scope or holding a report they may read. Members have no
     * reports, so none (their union's report is in the period, but it is not theirs to read).
     */
    public ReportingPeriod getPeriod(Viewer viewer, long id) {
        if (!viewer.can(Permission.OPEN_PERIODS) && !viewer.can(Permission.REVIEW_REPORTS)
                && !viewer.can(Permission.SUBMIT_REPORTS)) {
            throw new AccessDeniedException(viewer.username() + " may not see periods");
        }
        ReportingPeriod period = em.find(ReportingPeriod.class, id);
        if (period == null) {
            throw new NotFoundException("period " + id);
        }
        if (!viewer.scope().covers(period.getOwnerPath()) && !coversAReport(viewer, period)) {
            throw new AccessDeniedException(viewer.username() + " may not see period " + id);
        }
        return period;
    }

    /**
     * Periods the viewer follows: opened by their unit, by a unit above it, by a unit below it, or holding a report
     * they may read (a ward officer sees the district's past periods of the schools now under the ward).
     */
    public int countPeriods(Viewer viewer, PageQuery page) {
        ReportQuery query = listQuery(viewer, page);
        return query.bind(em.createQuery("SELECT COUNT(p) FROM ReportingPeriod p" + query.whereClause(), Long.class))
                .getSingleResult().intValue();
    }

    /** One page of {@link #countPeriods}, newest deadline first unless the table sorts otherwise. */
    public List<ReportingPeriod> findPeriods(Viewer viewer, PageQuery page) {
        ReportQuery query = listQuery(viewer, page);
        String sort = PERIOD_SORTS.get(page.sortFieldOr("deadline", PERIOD_SORTS.keySet()));
        boolean ascending = page.sortField() == null ? false : page.ascending();
        return query.bind(em.createQuery("SELECT p FROM ReportingPeriod p" + query.whereClause() + " ORDER BY "
                        + sort + (ascending ? " ASC" : " DESC") + ", p.id DESC", ReportingPeriod.class))
                .setFirstResult(page.first()).setMaxResults(page.pageSize()).getResultList();
    }

    /** The newest open period the viewer follows, else the newest of all, for pages that need a default. */
    public Optional<ReportingPeriod> defaultPeriod(Viewer viewer) {
        List<ReportingPeriod> open = findPeriods(viewer, PageQuery.firstPage(1).withFilter(STATUS, PeriodStatus.OPEN)
                .sortedBy("openedAt", false));
        return open.isEmpty() ? findPeriods(viewer, PageQuery.firstPage(1).sortedBy("openedAt", false)).stream()
                .findFirst() : Optional.of(open.get(0));
    }

    /** Per period: reports handed in and reports in all, among those the viewer may read. */
    public Map<Long, long[]> progress(Viewer viewer, List<ReportingPeriod> list) {
        Map<Long, long[]> result = new HashMap<>();
        if (list.isEmpty()) {
            return result;
        }
        ReportQuery all = reports.readable(viewer).where("r.period IN :periods").parameter("periods", list);
        for (Object[] row : all.bind(em.createQuery("SELECT r.period.id, COUNT(r) FROM ActivityReport r"
                + all.whereClause() + " GROUP BY r.period.id", Object[].class)).getResultList()) {
            result.put((Long) row[0], new long[] {0, ((Number) row[1]).longValue()});
        }
        ReportQuery handedIn = reports.readable(viewer).where("r.period IN :periods").parameter("periods", list)
                .where("r.status IN :handedIn").parameter("handedIn", List.of(ReportStatus.SUBMITTED,
                        ReportStatus.APPROVED));
        for (Object[] row : handedIn.bind(em.createQuery("SELECT r.period.id, COUNT(r) FROM ActivityReport r"
                + handedIn.whereClause() + " GROUP BY r.period.id", Object[].class)).getResultList()) {
            result.get((Long) row[0])[0] = ((Number) row[1]).longValue();
        }
        return result;
    }

    /** Closes a period: its reports can no longer be handed in. Only within the viewer's scope. */
    public ReportingPeriod close(Viewer viewer, long id) {
        ReportingPeriod period = changeable(viewer, id);
        period.close();
        return period;
    }

    public ReportingPeriod reopen(Viewer viewer, long id) {
        ReportingPeriod period = changeable(viewer, id);
        period.reopen();
        return period;
    }

    /** Moves the deadline, earlier or later, but never into the past. */
    public ReportingPeriod moveDeadline(Viewer viewer, long id, LocalDate deadline) {
        ReportingPeriod period = changeable(viewer, id);
        if (deadline == null) {
            throw BusinessException.onField("deadline", "period.deadline.required");
        }
        if (deadline.isBefore(LocalDate.now(clock.withZone(Formats.ZONE)))) {
            throw BusinessException.onField("deadline", "period.deadline.past");
        }
        period.moveDeadline(deadline);
        return period;
    }

    /**
     * The branches an officer may narrow a new period to: the active superior units below their unit (choosing one
     * includes every school below it), and the grassroots unions themselves.
     */
    public List<OrgUnit> choosableUnits(Viewer viewer) {
        viewer.require(Permission.OPEN_PERIODS);
        return em.createQuery("SELECT u FROM OrgUnit u JOIN FETCH u.level WHERE u.active = TRUE AND u.path LIKE"
                + " :branch AND u.id <> :own ORDER BY u.level.sortOrder, u.name", OrgUnit.class)
                .setParameter("branch", viewer.unitPath() + "%").setParameter("own", viewer.unitId())
                .getResultList().stream().filter(u -> u.isGrassroots() || hasGrassrootsBelow(u)).toList();
    }

    /**
     * The grassroots unions a new period would be opened for: all below the viewer's unit when nothing is chosen,
     * else those chosen and those below the chosen branches.
     */
    public Set<Long> reportingUnitIds(Viewer viewer, Set<Long> chosen) {
        viewer.require(Permission.OPEN_PERIODS);
        List<Object[]> below = em.createQuery("SELECT u.id, u.path FROM OrgUnit u WHERE u.active = TRUE"
                        + " AND u.level.grassroots = TRUE AND u.path LIKE :branch AND u.id <> :own", Object[].class)
                .setParameter("branch", viewer.unitPath() + "%").setParameter("own", viewer.unitId())
                .getResultList();
        if (chosen == null || chosen.isEmpty()) {
            return below.stream().map(row -> (Long) row[0]).collect(Collectors.toCollection(TreeSet::new));
        }
        return below.stream().filter(row -> chosen.stream().anyMatch(id -> ((String) row[1]).contains("/" + id
                + "/"))).map(row -> (Long) row[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean hasGrassrootsBelow(OrgUnit unit) {
        return em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.active = TRUE AND u.level.grassroots = TRUE"
                + " AND u.path LIKE :branch", Long.class).setParameter("branch", unit.getPath() + "_%")
                .getSingleResult() > 0;
    }

    private ReportingPeriod changeable(Viewer viewer, long id) {
        viewer.require(Permission.OPEN_PERIODS);
        ReportingPeriod period = em.find(ReportingPeriod.class, id);
        if (period == null) {
            throw new NotFoundException("period " + id);
        }
        if (!viewer.scope().covers(period.getOwnerPath())) {
            throw new AccessDeniedException(viewer.username() + " may not change period " + id);
        }
        return period;
    }

    private ReportQuery listQuery(Viewer viewer, PageQuery page) {
        if (!viewer.can(Permission.OPEN_PERIODS) && !viewer.can(Permission.REVIEW_REPORTS)) {
            throw new AccessDeniedException(viewer.username() + " may not list periods");
        }
        ReportQuery query = new ReportQuery();
        if (!viewer.scope().isEverything()) {
            List<String> above = new ArrayList<>();
            String path = viewer.unitPath();
            for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
                above.add(path.substring(0, i + 1));
            }
            Set<Long> withReports = periodsWithReadableReports(viewer, above);
            query.where("(p.ownerPath LIKE :below OR p.ownerPath IN :above"
                    + (withReports.isEmpty() ? ")" : " OR p.id IN :withReports)"))
                    .parameter("below", viewer.scope().likePattern()).parameter("above", above);
            if (!withReports.isEmpty()) {
                query.parameter("withReports", withReports);
            }
        }
        PeriodStatus status = page.value(STATUS, PeriodStatus.class);
        if (status != null) {
            query.where("p.status = :status").parameter("status", status);
        }
        PeriodKind kind = page.value("kind", PeriodKind.class);
        if (kind != null) {
            query.where("p.kind = :kind").parameter("kind", kind);
        }
        String title = page.text(ServiceLazyModel.SEARCH);
        if (title == null) {
            title = page.text("title");
        }
        if (title != null) {
            query.where("LOWER(p.title) LIKE :title").parameter("title", "%" + title.toLowerCase() + "%");
        }
        return query;
    }

    /** {@link ReportScope#periodsWithReadableReports}, once per request: the period table counts, then lists. */
    private Set<Long> periodsWithReadableReports(Viewer viewer, List<String> above) {
        if (memo != null) {
            try {
                return memo.get().get(viewer.unitId(), viewer.unitPath(),
                        () -> reports.periodsWithReadableReports(viewer, viewer.scope().likePattern(), above));
            } catch (ContextNotActiveException noRequest) {
                // a timer or a background task: compute it each time
            }
        }
        return reports.periodsWithReadableReports(viewer, viewer.scope().likePattern(), above);
    }

    private boolean coversAReport(Viewer viewer, ReportingPeriod period) {
        return em.createQuery("SELECT COUNT(r) FROM ActivityReport r WHERE r.period = :period"
                        + " AND (r.unitPath LIKE :scope OR r.unit.path LIKE :scope)", Long.class)
                .setParameter("period", period).setParameter("scope", viewer.scope().likePattern())
                .getSingleResult() > 0;
    }

    private void validate(PeriodDraft draft) {
        if (draft.kind() == null) {
            throw BusinessException.onField("kind", "period.kind.required");
        }
        if (TextNormalizer.isBlank(draft.title())) {
            throw BusinessException.onField("title", "period.title.required");
        }
        if (draft.title().trim().length() > ReportingPeriod.TITLE_MAX) {
            throw BusinessException.onField("title", "period.title.tooLong", ReportingPeriod.TITLE_MAX);
        }
        if (draft.coversFrom() == null || draft.coversTo() == null || !draft.coversFrom().isBefore(draft.coversTo())) {
            throw BusinessException.onField("coversTo", "period.covers.invalid");
        }
        LocalDate today = LocalDate.now(clock.withZone(vn.congdoan.intranet.shared.Formats.ZONE));
        if (draft.deadline() == null) {
            throw BusinessException.onField("deadline", "period.deadline.required");
        }
        if (draft.deadline().isBefore(today)) {
            throw BusinessException.onField("deadline", "period.deadline.past");
        }
    }

    private List<OrgUnit> reportingUnits(Viewer viewer, OrgUnit owner, PeriodDraft draft) {
        List<OrgUnit> below = em.createQuery("SELECT u FROM OrgUnit u WHERE u.active = TRUE"
                        + " AND u.level.grassroots = TRUE AND u.path LIKE :branch AND u.id <> :owner ORDER BY u.path",
                OrgUnit.class).setParameter("branch", owner.getPath() + "%").setParameter("owner", owner.getId())
                .getResultList();
        if (draft.unitIds().isEmpty()) {
            return below;
        }
        List<OrgUnit> chosen = below.stream().filter(u -> draft.unitIds().contains(u.getId())).toList();
        if (chosen.size() != draft.unitIds().size()) {
            throw new AccessDeniedException(viewer.username() + " chose units outside " + owner.getPath());
        }
        return chosen;
    }
}
