package vn.congdoan.intranet.reporting.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitHistoryService;
import vn.congdoan.intranet.reporting.ActivityReport;
import vn.congdoan.intranet.reporting.ReportingPeriod;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.NotFoundException;

/**
 * Which reports of a period a viewer may read, and the branches of that period's own tree to group them by.
 *
 * <p>Both come from the reports' {@code unit_path} snapshots. All reports of a period are created together when it
 * opens, so their paths are one consistent picture of the tree of that day, ended units (district federations, the
 * sector union) included: a 2023–2024 report stays under the district federation it was filed with. A viewer reads a
 * report whose snapshot or current path lies in their scope, or whose snapshot lies below a unit they succeeded
 * ({@link UnitHistoryService#pastRoots}).
 */
@ApplicationScoped
public class ReportScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitHistoryService history;

    protected ReportScope() {
    }

    /** For tests and code outside the container. */
    public ReportScope(EntityManager em, UnitHistoryService history) {
        this.em = em;
        this.history = history;
    }

    /** The reading rule as a JPQL condition on the report alias {@code r}, with its parameters. */
    public ReportQuery readable(Viewer viewer) {
        ReportQuery query = new ReportQuery();
        if (viewer.scope().isEverything()) {
            return query;
        }
        List<String> parts = new ArrayList<>();
        parts.add("r.unit.path LIKE :scopeNow");
        query.parameter("scopeNow", viewer.scope().likePattern());
        int i = 0;
        for (long root : history.pastRoots(viewer)) {
            parts.add("r.unitPath LIKE :root" + i);
            query.parameter("root" + i++, "%/" + root + "/%");
        }
        return query.where("(" + String.join(" OR ", parts) + ")");
    }

    /**
     * Ids of the periods holding a report the viewer may read ({@link #readable}), leaving out those whose owner path
     * is LIKE {@code ownerPattern} or one of {@code ownerPaths}, which the caller already follows by their owner.
     *
     * <p>The same rule as {@code EXISTS (report r of p WHERE readable)}, asked as two queries that use indexes: an
     * EXISTS with a leading-wildcard LIKE on the snapshot path, ORed across the join to the unit, read every report of
     * every period (240,000 on the national dataset, 11 s). Reports whose current unit lies in the scope are reached
     * from the units (path index, then {@code ix_report_unit}). A snapshot path naming a past root can only occur in a
     * period whose owner path names that root (every report of a period lies below its owner, see
     * {@code PeriodService#open}) or whose owner was at some time above the root (snapshots are the tree of the day,
     * whose links {@link UnitHistoryService#ancestorsEver} walks); only those periods' reports are searched.
     */
    public Set<Long> periodsWithReadableReports(Viewer viewer, String ownerPattern, List<String> ownerPaths) {
        Set<Long> found = new TreeSet<>(em.createQuery("SELECT DISTINCT r.period.id FROM ActivityReport r"
                + " WHERE r.unit.path LIKE :scopeNow", Long.class)
                .setParameter("scopeNow", viewer.scope().likePattern()).getResultList());
        Set<Long> roots = history.pastRoots(viewer);
        Optional<Set<Long>> above = history.ancestorsEver(roots);
        ReportQuery query = new ReportQuery()
                .where("NOT (r.period.ownerPath LIKE :ownerPattern OR r.period.ownerPath IN :ownerPaths)")
                .parameter("ownerPattern", ownerPattern).parameter("ownerPaths", ownerPaths);
        if (!found.isEmpty()) {
            query.where("r.period.id NOT IN :found").parameter("found", found);
        }
        List<String> snapshot = new ArrayList<>();
        List<String> owner = new ArrayList<>();
        int i = 0;
        for (long root : roots) {
            snapshot.add("r.unitPath LIKE :root" + i);
            owner.add("r.period.ownerPath LIKE :root" + i);
            query.parameter("root" + i++, "%/" + root + "/%");
        }
        if (above.isPresent()) {
            if (!above.get().isEmpty()) {
                owner.add("r.period.owner.id IN :ancestors");
                query.parameter("ancestors", above.get());
            }
            query.where("(" + String.join(" OR ", owner) + ")");
        }
        query.where("(" + String.join(" OR ", snapshot) + ")");
        found.addAll(query.bind(em.createQuery("SELECT DISTINCT r.period.id FROM ActivityReport r"
                + query.whereClause(), Long.class)).getResultList());
        return found;
    }

    /** True when the viewer may read this one report. */
    public boolean canRead(Viewer viewer, ActivityReport report) {
        if (viewer.scope().isEverything() || viewer.scope().covers(report.getUnit())) {
            return true;
        }
        return history.pastRoots(viewer).stream().anyMatch(root -> report.getUnitPath().contains("/" + root + "/"));
    }

    /** A period the viewer may see: opened by a unit in their scope, or holding a report they may read. */
    public ReportingPeriod period(Viewer viewer, long periodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new NotFoundException("period " + periodId);
        }
        if (!viewer.scope().covers(period.getOwnerPath()) && countReadable(viewer, period, null) == 0) {
            throw new AccessDeniedException(viewer.username() + " may not see period " + periodId);
        }
        return period;
    }

    /** Reports of the period the viewer may read, below a branch prefix when given. */
    public long countReadable(Viewer viewer, ReportingPeriod period, String prefix) {
        ReportQuery query = forPeriod(viewer, period, prefix);
        return query.bind(em.createQuery("SELECT COUNT(r) FROM ActivityReport r" + query.whereClause(), Long.class))
                .getSingleResult();
    }

    /** The readable reports of a period, below the branch's snapshot prefix when there is one. */
    public ReportQuery forPeriod(Viewer viewer, ReportingPeriod period, String prefix) {
        ReportQuery query = readable(viewer).where("r.period = :period").parameter("period", period);
        if (prefix != null) {
            query.where("r.unitPath LIKE :prefix").parameter("prefix", prefix + "%");
        }
        return query;
    }

    /**
     * The branch the viewer looks at in this period: the given unit, or by default the highest unit of theirs that
     * the period's tree holds. The top may be "all of my scope" (id null) when several of the viewer's units appear
     * side by side, or none does.
     */
    public PeriodBranch branch(Viewer viewer, ReportingPeriod period, Long unitId) {
        List<String> tops = topPrefixes(viewer, period);
        if (unitId == null) {
            if (tops.size() == 1) {
                return branchAt(tops.get(0), tops);
            }
            return new PeriodBranch(null, null, null, false, List.of(), tops);
        }
        String sample = samplePath(period, unitId);
        if (sample == null) {
            throw new NotFoundException("unit " + unitId + " in period " + period.getId());
        }
        String prefix = sample.substring(0, sample.indexOf("/" + unitId + "/") + String.valueOf(unitId).length() + 2);
        boolean below = tops.stream().anyMatch(prefix::startsWith);
        if (!below) {
            OrgUnit unit = em.find(OrgUnit.class, unitId);
            if (!viewer.scope().covers(unit)) {
                throw new AccessDeniedException(viewer.username() + " may not see unit " + unitId + " in period "
                        + period.getId());
            }
        }
        return branchAt(prefix, tops);
    }

    /**
     * The JPQL expression that cuts a report's snapshot path down to the direct child of the branch: for prefix
     * "/1/5/" and path "/1/5/42/77/" it gives "/1/5/42/". Empty for the branch's own report. The position is a number
     * computed here, not user input.
     */
    public static String childKey(String prefix) {
        return "SUBSTRING(r.unitPath, 1, LOCATE('/', r.unitPath, " + (prefix.length() + 1) + "))";
    }

    /** The unit id a child key (or a prefix) ends with. */
    public static long lastId(String path) {
        List<Long> ids = ids(path);
        return ids.get(ids.size() - 1);
    }

    /** Names of units by id, for branch rows and breadcrumbs. */
    public Map<Long, OrgUnit> units(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT u FROM OrgUnit u JOIN FETCH u.level WHERE u.id IN :ids", OrgUnit.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
    }

    /** Orders units as the tree does: by level, then name in Vietnamese alphabetical order. */
    public static final Comparator<OrgUnit> TREE_ORDER = Comparator
            .comparingInt((OrgUnit u) -> u.getLevel().getSortOrder())
            .thenComparing(OrgUnit::getName, Collator.getInstance(Locale.forLanguageTag("vi-VN")));

    private PeriodBranch branchAt(String prefix, List<String> tops) {
        List<Long> ids = ids(prefix);
        String top = tops.stream().filter(prefix::startsWith).findFirst().orElse(prefix);
        int from = ids(top).size() - 1;
        Map<Long, OrgUnit> named = units(Set.copyOf(ids));
        List<PeriodBranch.Crumb> crumbs = new ArrayList<>();
        if (tops.size() > 1) {
            crumbs.add(new PeriodBranch.Crumb(null, null));
        }
        for (long id : ids.subList(Math.max(0, from), ids.size())) {
            OrgUnit unit = named.get(id);
            crumbs.add(new PeriodBranch.Crumb(id, unit == null ? String.valueOf(id) : unit.getName()));
        }
        long last = ids.get(ids.size() - 1);
        OrgUnit unit = named.get(last);
        return new PeriodBranch(last, unit == null ? null : unit.getName(), prefix,
                unit != null && unit.isGrassroots(), crumbs, tops);
    }

    /**
     * The snapshot prefixes of the viewer's highest units present in the period: the roots of the period's tree for
     * the administrator, else the viewer's unit or the units it succeeded, those not lying under another.
     */
    List<String> topPrefixes(Viewer viewer, ReportingPeriod period) {
        if (viewer.scope().isEverything()) {
            return em.createQuery("SELECT DISTINCT SUBSTRING(r.unitPath, 1, LOCATE('/', r.unitPath, 2))"
                    + " FROM ActivityReport r WHERE r.period = :period", String.class)
                    .setParameter("period", period).getResultList().stream().sorted().toList();
        }
        Map<Long, String> found = new LinkedHashMap<>();
        for (long root : history.pastRoots(viewer)) {
            String sample = samplePath(period, root);
            if (sample != null) {
                found.put(root, sample.substring(0, sample.indexOf("/" + root + "/") + String.valueOf(root).length()
                        + 2));
            }
        }
        return found.values().stream()
                .filter(p -> found.values().stream().noneMatch(other -> !other.equals(p) && p.startsWith(other)))
                .distinct().toList();
    }

    private String samplePath(ReportingPeriod period, long unitId) {
        return em.createQuery("SELECT MIN(r.unitPath) FROM ActivityReport r WHERE r.period = :period"
                        + " AND r.unitPath LIKE :unit", String.class).setParameter("period", period)
                .setParameter("unit", "%/" + unitId + "/%").getSingleResult();
    }

    /** The ids of a path, root first: "/1/7/42/" gives 1, 7, 42. */
    public static List<Long> ids(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
