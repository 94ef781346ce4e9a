package vn.congdoan.intranet.reporting.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.ActivityReport;
import vn.congdoan.intranet.reporting.ReportStatus;
import vn.congdoan.intranet.reporting.ReportingPeriod;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * The leaders' status board: for one period and one branch of that period's tree, how many units stand in each
 * status (late included), a row per child branch to drill into, and the units' reports page by page. Everything is
 * counted in the database.
 */
@ApplicationScoped
@Transactional
public class ReportBoardService {

    /** Table filter: one {@link BoardStatus}. */
    public static final String STATUS = "boardStatus";
    /** Table filter: part of the unit's name, diacritics ignored. */
    public static final String NAME = "unitName";

    private static final Map<String, String> SORTS = Map.of("unitName", "r.unitName", "boardStatus", "r.status",
            "submittedAt", "r.submittedAt", "reviewer", "r.reviewer.name");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReportScope scope;

    protected ReportBoardService() {
    }

    public ReportBoardService(EntityManager em, Clock clock, ReportScope scope) {
        this.em = em;
        this.clock = clock;
        this.scope = scope;
    }

    /** The board of a period at a branch (null: the viewer's default branch of that period). */
    public Board board(Viewer viewer, long periodId, Long branchId) {
        viewer.require(Permission.REVIEW_REPORTS);
        ReportingPeriod period = scope.period(viewer, periodId);
        PeriodBranch branch = scope.branch(viewer, period, branchId);
        boolean past = period.isPastDeadline(today());
        List<BranchRow> rows = new ArrayList<>();
        StatusCounts totals = StatusCounts.NONE;
        if (branch.isTop()) {
            Map<Long, OrgUnit> named = scope.units(branch.tops().stream().map(ReportScope::lastId)
                    .collect(Collectors.toSet()));
            for (String top : branch.tops()) {
                StatusCounts counts = counts(viewer, period, top, null, past).getOrDefault("", StatusCounts.NONE);
                OrgUnit unit = named.get(ReportScope.lastId(top));
                rows.add(new BranchRow(unit.getId(), unit.getName(), unit.isGrassroots(), counts));
            }
            totals = counts(viewer, period, null, null, past).getOrDefault("", StatusCounts.NONE);
        } else {
            Map<String, StatusCounts> byChild = counts(viewer, period, branch.prefix(),
                    ReportScope.childKey(branch.prefix()), past);
            Map<Long, OrgUnit> named = scope.units(byChild.keySet().stream().filter(k -> !k.isEmpty())
                    .map(ReportScope::lastId).collect(Collectors.toSet()));
            named.values().stream().sorted(ReportScope.TREE_ORDER).forEach(unit -> rows.add(new BranchRow(
                    unit.getId(), unit.getName(), unit.isGrassroots(),
                    byChild.get(branch.prefix() + unit.getId() + "/"))));
            for (StatusCounts counts : byChild.values()) {
                totals = totals.plus(counts);
            }
        }
        return new Board(period, branch, totals, List.copyOf(rows), past);
    }

    public int countReports(Viewer viewer, long periodId, Long branchId, PageQuery page) {
        ReportQuery query = tableQuery(viewer, periodId, branchId, page);
        return query.bind(em.createQuery("SELECT COUNT(r) FROM ActivityReport r" + query.whereClause(), Long.class))
                .getSingleResult().intValue();
    }

    /** One page of the branch's reports, with their reviewers, filtered and sorted as the table asks. */
    public List<ActivityReport> findReports(Viewer viewer, long periodId, Long branchId, PageQuery page) {
        ReportQuery query = tableQuery(viewer, periodId, branchId, page);
        String sort = SORTS.get(page.sortFieldOr("unitName", SORTS.keySet()));
        return query.bind(em.createQuery("SELECT r FROM ActivityReport r JOIN FETCH r.reviewer"
                        + query.whereClause() + " ORDER BY " + sort + (page.ascending() ? " ASC" : " DESC")
                        + ", r.unitName, r.id", ActivityReport.class))
                .setFirstResult(page.first()).setMaxResults(page.pageSize()).getResultList();
    }

    /** The board status of one report of a period. */
    public BoardStatus statusOf(ActivityReport report) {
        return BoardStatus.of(report.getStatus(), report.getPeriod().isPastDeadline(today()));
    }

    private ReportQuery tableQuery(Viewer viewer, long periodId, Long branchId, PageQuery page) {
        viewer.require(Permission.REVIEW_REPORTS);
        ReportingPeriod period = scope.period(viewer, periodId);
        PeriodBranch branch = scope.branch(viewer, period, branchId);
        ReportQuery query = scope.forPeriod(viewer, period, branch.prefix());
        BoardStatus status = page.value(STATUS, BoardStatus.class);
        if (status != null) {
            boolean past = period.isPastDeadline(today());
            if (status == BoardStatus.LATE || status == BoardStatus.SUBMITTED || status == BoardStatus.APPROVED) {
                query.where(status == BoardStatus.LATE ? "r.status IN :statuses" : "r.status = :status");
                if (status == BoardStatus.LATE) {
                    query.parameter("statuses", List.of(ReportStatus.NOT_STARTED, ReportStatus.DRAFT,
                            ReportStatus.RETURNED));
                } else {
                    query.parameter("status", ReportStatus.valueOf(status.name()));
                }
                if (status == BoardStatus.LATE && !past) {
                    query.where("r.id IS NULL");
                }
            } else {
                query.where("r.status = :status").parameter("status", ReportStatus.valueOf(status.name()));
                if (past) {
                    query.where("r.id IS NULL");
                }
            }
        }
        String name = page.text(NAME);
        if (!TextNormalizer.isBlank(name)) {
            query.where("r.unit.searchName LIKE :name ESCAPE '" + TextNormalizer.LIKE_ESCAPE + "'")
                    .parameter("name", TextNormalizer.containsPattern(name));
        }
        return query;
    }

    /**
     * Counts per child key (or under the single key "" when {@code key} is null) and report status, turned into
     * board statuses, with those handed in after the deadline.
     */
    private Map<String, StatusCounts> counts(Viewer viewer, ReportingPeriod period, String prefix, String key,
                                             boolean past) {
        ReportQuery query = scope.forPeriod(viewer, period, prefix);
        String group = key == null ? "" : key + ", ";
        String select = key == null ? "SELECT '', " : "SELECT " + key + ", ";
        Map<String, EnumMap<BoardStatus, Long>> byKey = new LinkedHashMap<>();
        for (Object[] row : query.bind(em.createQuery(select + "r.status, COUNT(r) FROM ActivityReport r"
                + query.whereClause() + " GROUP BY " + group + "r.status", Object[].class)).getResultList()) {
            BoardStatus status = BoardStatus.of((ReportStatus) row[1], past);
            byKey.computeIfAbsent((String) row[0], k -> new EnumMap<>(BoardStatus.class))
                    .merge(status, ((Number) row[2]).longValue(), Long::sum);
        }
        Map<String, Long> late = new HashMap<>();
        ReportQuery lateQuery = scope.forPeriod(viewer, period, prefix)
                .where("r.status IN :handedIn").parameter("handedIn", List.of(ReportStatus.SUBMITTED,
                        ReportStatus.APPROVED))
                .where("r.submittedAt >= :lateFrom").parameter("lateFrom", lateFrom(period));
        String lateSelect = key == null ? "SELECT '', COUNT(r)" : "SELECT " + key + ", COUNT(r)";
        for (Object[] row : lateQuery.bind(em.createQuery(lateSelect + " FROM ActivityReport r"
                + lateQuery.whereClause() + (key == null ? "" : " GROUP BY " + key), Object[].class))
                .getResultList()) {
            late.put((String) row[0], ((Number) row[1]).longValue());
        }
        Map<String, StatusCounts> result = new LinkedHashMap<>();
        byKey.forEach((k, counts) -> result.put(k, new StatusCounts(counts, late.getOrDefault(k, 0L))));
        return result;
    }

    /** The first instant after the deadline day, in Vietnam's time. */
    static Instant lateFrom(ReportingPeriod period) {
        return period.getDeadline().plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

}
