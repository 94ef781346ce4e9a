package vn.congdoan.intranet.reporting.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.AwardKind;
import vn.congdoan.intranet.reporting.AwardLevel;
import vn.congdoan.intranet.reporting.Classification;
import vn.congdoan.intranet.reporting.ReportStatus;
import vn.congdoan.intranet.reporting.ReportingPeriod;
import vn.congdoan.intranet.reporting.board.PeriodBranch;
import vn.congdoan.intranet.reporting.board.ReportQuery;
import vn.congdoan.intranet.reporting.board.ReportScope;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;

/**
 * Sums the figures of the approved reports of a period, per direct child branch of the chosen branch (as the
 * period's tree stood) and for the branch as a whole. The sums are SQL aggregates grouped by the child's snapshot
 * path; only reports the viewer may read count. Reports not yet approved are left out but counted, so the page can
 * say "12 of 42 reports included".
 */
@ApplicationScoped
@Transactional
public class ConsolidationService {

    private static final String FIGURES = "COUNT(r), SUM(r.figures.membersTotal), SUM(r.figures.membersWomen),"
            + " SUM(r.figures.newMembers), SUM(r.figures.membersLeft), SUM(r.figures.officersTrained),"
            + " SUM(r.figures.partyIntroduced), SUM(r.figures.welfareMembers), SUM(r.figures.welfareAmount),"
            + " SUM(r.figures.emulationUnits), SUM(r.figures.emulationMembers)";

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportScope scope;

    protected ConsolidationService() {
    }

    public ConsolidationService(EntityManager em, ReportScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** The consolidation of a period at a branch (null: the viewer's default branch of the period). */
    public Consolidation consolidate(Viewer viewer, long periodId, Long branchId) {
        viewer.require(Permission.REVIEW_REPORTS);
        ReportingPeriod period = scope.period(viewer, periodId);
        PeriodBranch branch = scope.branch(viewer, period, branchId);
        List<ConsolidationRow> rows = new ArrayList<>();
        FigureTotals total;
        if (branch.isTop()) {
            Map<Long, OrgUnit> named = scope.units(branch.tops().stream().map(ReportScope::lastId)
                    .collect(Collectors.toSet()));
            for (String top : branch.tops()) {
                OrgUnit unit = named.get(ReportScope.lastId(top));
                rows.add(new ConsolidationRow(unit.getId(), unit.getName(), unit.isGrassroots(),
                        totals(viewer, period, top, null).getOrDefault("", FigureTotals.NONE)));
            }
            total = totals(viewer, period, null, null).getOrDefault("", FigureTotals.NONE);
        } else {
            Map<String, FigureTotals> byChild = totals(viewer, period, branch.prefix(),
                    ReportScope.childKey(branch.prefix()));
            Map<Long, OrgUnit> named = scope.units(byChild.keySet().stream().filter(k -> !k.isEmpty())
                    .map(ReportScope::lastId).collect(Collectors.toSet()));
            named.values().stream().sorted(ReportScope.TREE_ORDER).forEach(unit -> rows.add(new ConsolidationRow(
                    unit.getId(), unit.getName(), unit.isGrassroots(),
                    byChild.get(branch.prefix() + unit.getId() + "/"))));
            total = byChild.values().stream().reduce(FigureTotals.NONE, FigureTotals::plus);
        }
        return new Consolidation(period, branch, List.copyOf(rows), total, List.copyOf(new TreeSet<>(
                total.awards().keySet())));
    }

    /** The totals per child key, or under the key "" when {@code key} is null. */
    private Map<String, FigureTotals> totals(Viewer viewer, ReportingPeriod period, String prefix, String key) {
        String select = key == null ? "SELECT '', " : "SELECT " + key + ", ";
        String groupBy = key == null ? "" : " GROUP BY " + key;
        String groupByAnd = key == null ? " GROUP BY " : " GROUP BY " + key + ", ";

        Map<String, Long> reports = new HashMap<>();
        ReportQuery all = scope.forPeriod(viewer, period, prefix);
        for (Object[] row : all.bind(em.createQuery(select + "COUNT(r) FROM ActivityReport r" + all.whereClause()
                + groupBy, Object[].class)).getResultList()) {
            reports.put((String) row[0], number(row[1]));
        }

        Map<String, long[]> sums = new HashMap<>();
        ReportQuery approved = approved(viewer, period, prefix);
        for (Object[] row : approved.bind(em.createQuery(select + FIGURES + " FROM ActivityReport r"
                + approved.whereClause() + groupBy, Object[].class)).getResultList()) {
            long[] values = new long[11];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(row[i + 1]);
            }
            sums.put((String) row[0], values);
        }

        Map<String, Map<Classification, Long>> classes = new HashMap<>();
        ReportQuery classified = approved(viewer, period, prefix).where("r.figures.classification IS NOT NULL");
        for (Object[] row : classified.bind(em.createQuery(select + "r.figures.classification, COUNT(r)"
                + " FROM ActivityReport r" + classified.whereClause() + groupByAnd + "r.figures.classification",
                Object[].class)).getResultList()) {
            classes.computeIfAbsent((String) row[0], k -> new EnumMap<>(Classification.class))
                    .put((Classification) row[1], number(row[2]));
        }

        Map<String, Map<AwardLine, long[]>> awards = new HashMap<>();
        ReportQuery awarded = approved(viewer, period, prefix);
        for (Object[] row : awarded.bind(em.createQuery(select + "a.level, a.kind, SUM(a.collectives),"
                + " SUM(a.individuals) FROM ReportAward a JOIN a.report r" + awarded.whereClause() + groupByAnd
                + "a.level, a.kind", Object[].class)).getResultList()) {
            awards.computeIfAbsent((String) row[0], k -> new HashMap<>()).put(new AwardLine((AwardLevel) row[1],
                    (AwardKind) row[2]), new long[] {number(row[3]), number(row[4])});
        }

        Map<String, FigureTotals> result = new LinkedHashMap<>();
        for (Map.Entry<String, Long> entry : reports.entrySet()) {
            long[] s = sums.getOrDefault(entry.getKey(), new long[11]);
            result.put(entry.getKey(), new FigureTotals(s[0], entry.getValue(), s[1], s[2], s[3], s[4], s[5], s[6],
                    s[7], s[8], s[9], s[10], classes.getOrDefault(entry.getKey(), Map.of()),
                    awards.getOrDefault(entry.getKey(), Map.of())));
        }
        return result;
    }

    private ReportQuery approved(Viewer viewer, ReportingPeriod period, String prefix) {
        return scope.forPeriod(viewer, period, prefix).where("r.status = :approved")
                .parameter("approved", ReportStatus.APPROVED);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
