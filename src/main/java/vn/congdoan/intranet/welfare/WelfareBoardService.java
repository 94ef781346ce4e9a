package vn.congdoan.intranet.welfare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.export.ExportFile;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * The lists and figures of welfare work, all computed in the database: the cases a union keeps, the cases waiting
 * for the viewer's decision, and for leaders a year's summary (members supported, money paid by kind, by month and
 * per branch, each fund's balance). Lists and figures never carry a case's description.
 */
@ApplicationScoped
@Transactional
public class WelfareBoardService {

    private static final Map<String, String> SORT = Map.of(
            "occurredOn", "c.occurredOn",
            "amount", "c.amount",
            "status", "c.status",
            "kind", "c.kind",
            "submittedAt", "c.submittedAt");

    @PersistenceContext
    EntityManager em;

    protected WelfareBoardService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public WelfareBoardService(EntityManager em) {
        this.em = em;
    }

    // ----- lists -----

    /**
     * A page of the cases the viewer may list: their own union's (drafts included), and for approvers the submitted
     * and later cases of every union within their scope. Filters: status, kind, year (of occurredOn), unitId, and
     * {@code search}: part of the member's or the union's name, without diacritics if one likes.
     */
    public List<WelfareCase> findCases(Viewer viewer, PageQuery page) {
        TypedQuery<WelfareCase> query = em.createQuery("SELECT c FROM WelfareCase c JOIN FETCH c.member"
                + " JOIN FETCH c.unit" + where(page, false) + " ORDER BY "
                + SORT.get(page.sortFieldOr("occurredOn", SORT.keySet()))
                + (page.ascending() ? " ASC" : " DESC") + ", c.id DESC", WelfareCase.class);
        bind(query, viewer, page, false);
        return query.setFirstResult(page.first()).setMaxResults(page.pageSize()).getResultList();
    }

    public long countCases(Viewer viewer, PageQuery page) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM WelfareCase c" + where(page, false),
                Long.class);
        bind(query, viewer, page, false);
        return query.getSingleResult();
    }

    /** A page of the submitted cases the viewer may decide now, oldest submission first. */
    public List<WelfareCase> findAwaitingDecision(Viewer viewer, PageQuery page) {
        TypedQuery<WelfareCase> query = em.createQuery("SELECT c FROM WelfareCase c JOIN FETCH c.member"
                + " JOIN FETCH c.unit" + where(page, true) + " ORDER BY c.submittedAt, c.id", WelfareCase.class);
        bind(query, viewer, page, true);
        return query.setFirstResult(page.first()).setMaxResults(page.pageSize()).getResultList();
    }

    public long countAwaitingDecision(Viewer viewer, PageQuery page) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM WelfareCase c" + where(page, true),
                Long.class);
        bind(query, viewer, page, true);
        return query.getSingleResult();
    }

    private static String where(PageQuery page, boolean awaiting) {
        StringBuilder where = new StringBuilder(" WHERE ");
        if (awaiting) {
            // The same rule as WelfareRules.mayDecide, as a query.
            where.append("c.status = :submitted AND ((c.approverUnit.id = c.unit.id AND c.unit.id = :own AND :manager"
                    + " = TRUE) OR (:approver = TRUE AND c.unit.id <> :own AND c.approverUnit.path LIKE :scope))");
        } else {
            where.append("((c.unit.id = :own AND :manager = TRUE) OR (:approver = TRUE AND c.status <> :draft"
                    + " AND c.unit.path LIKE :scope))");
        }
        if (page.value("status", WelfareStatus.class) != null) {
            where.append(" AND c.status = :status");
        }
        if (page.value("kind", WelfareKind.class) != null) {
            where.append(" AND c.kind = :kind");
        }
        if (page.value("year", Integer.class) != null) {
            where.append(" AND c.occurredOn >= :from AND c.occurredOn < :to");
        }
        if (page.value("unitId", Long.class) != null) {
            where.append(" AND c.unit.id = :unitId");
        }
        if (page.text("search") != null) {
            where.append(" AND (c.member.searchName LIKE :search ESCAPE '" + TextNormalizer.LIKE_ESCAPE
                    + "' OR c.unit.searchName LIKE :search ESCAPE '" + TextNormalizer.LIKE_ESCAPE + "')");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Viewer viewer, PageQuery page, boolean awaiting) {
        requireWelfare(viewer);
        query.setParameter("own", viewer.unitId())
                .setParameter("manager", viewer.can(Permission.MANAGE_WELFARE))
                .setParameter("approver", viewer.can(Permission.APPROVE_WELFARE))
                .setParameter("scope", viewer.scope().likePattern());
        if (awaiting) {
            query.setParameter("submitted", WelfareStatus.SUBMITTED);
        } else {
            query.setParameter("draft", WelfareStatus.DRAFT);
        }
        WelfareStatus status = page.value("status", WelfareStatus.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        WelfareKind kind = page.value("kind", WelfareKind.class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        Integer year = page.value("year", Integer.class);
        if (year != null) {
            query.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
        }
        Long unitId = page.value("unitId", Long.class);
        if (unitId != null) {
            query.setParameter("unitId", unitId);
        }
        String search = page.text("search");
        if (search != null) {
            query.setParameter("search", TextNormalizer.containsPattern(search));
        }
    }

    // ----- the leaders' summary -----

    /** Paid support within the viewer's scope in one year (by payment date, Vietnam time). */
    public WelfareSummary summary(Viewer viewer, int year) {
        return summary(viewer, year, null);
    }

    /**
     * Paid support in one year within a branch: the unit {@code branchId} and everything below it (null: the
     * viewer's own unit). The branch must lie within the viewer's scope.
     */
    public WelfareSummary summary(Viewer viewer, int year, Long branchId) {
        OrgUnit branch = branch(viewer, branchId);
        String scope = branch.getPath() + "%";
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(Formats.ZONE).toInstant();

        long members = em.createQuery("SELECT COUNT(DISTINCT c.member.id) FROM WelfareCase c WHERE c.status = :paid"
                        + " AND c.paidAt >= :from AND c.paidAt < :to AND c.unit.path LIKE :scope", Long.class)
                .setParameter("paid", WelfareStatus.PAID).setParameter("from", from).setParameter("to", to)
                .setParameter("scope", scope).getSingleResult();

        List<WelfareSummary.KindRow> byKind = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT c.kind, COUNT(c), SUM(c.amount) FROM WelfareCase c"
                        + " WHERE c.status = :paid AND c.paidAt >= :from AND c.paidAt < :to AND c.unit.path LIKE :scope"
                        + " GROUP BY c.kind ORDER BY c.kind", Object[].class)
                .setParameter("paid", WelfareStatus.PAID).setParameter("from", from).setParameter("to", to)
                .setParameter("scope", scope).getResultList()) {
            byKind.add(new WelfareSummary.KindRow((WelfareKind) row[0], ((Number) row[1]).longValue(),
                    number(row[2])));
        }

        long[] byMonth = new long[12];
        for (Object[] row : em.createQuery("SELECT l.lineDate, SUM(l.amount) FROM WelfareFundLine l"
                        + " WHERE l.kind = :expense AND l.fund.fundYear = :year AND l.fund.unit.path LIKE :scope"
                        + " GROUP BY l.lineDate", Object[].class)
                .setParameter("expense", FundLineKind.EXPENSE).setParameter("year", year)
                .setParameter("scope", scope).getResultList()) {
            byMonth[((LocalDate) row[0]).getMonthValue() - 1] += number(row[1]);
        }

        return new WelfareSummary(year, members, byKind, byMonth, byBranch(branch, scope, from, to),
                balances(scope, year), branch.getId(), branch.getName(),
                branch.getId() == viewer.unitId() || branch.getParent() == null ? null : branch.getParent().getId());
    }

    /**
     * The cases paid in one year within a branch (null: the viewer's own unit), oldest payment first, for the
     * leaders' export: who, which union, what kind, when and how much, never the description nor the gifts.
     */
    public List<WelfareSummary.PaidCase> paidCases(Viewer viewer, int year, Long branchId) {
        OrgUnit branch = branch(viewer, branchId);
        String scope = branch.getPath() + "%";
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
        return em.createQuery("SELECT c.id, c.member.fullName, c.unit.name, c.kind, c.paidAt, c.amount"
                        + " FROM WelfareCase c WHERE c.status = :paid AND c.paidAt >= :from AND c.paidAt < :to"
                        + " AND c.unit.path LIKE :scope ORDER BY c.paidAt, c.id", Object[].class)
                .setParameter("paid", WelfareStatus.PAID).setParameter("from", from).setParameter("to", to)
                .setParameter("scope", scope).getResultStream()
                .map(r -> new WelfareSummary.PaidCase((Long) r[0], (String) r[1], (String) r[2], (WelfareKind) r[3],
                        LocalDate.ofInstant((Instant) r[4], Formats.ZONE), ((Number) r[5]).longValue()))
                .toList();
    }

    /** The summary and the paid cases of a year within a branch as an Excel workbook (no private details). */
    public ExportFile summaryWorkbook(Viewer viewer, int year, Long branchId, Locale locale) {
        WelfareSummary summary = summary(viewer, year, branchId);
        byte[] content = WelfareSummaryXlsx.write(summary, paidCases(viewer, year, branchId), locale);
        return new ExportFile("phuc-loi-" + year + "-" + summary.branchId() + ".xlsx", ExportFile.XLSX, content);
    }

    /** The summary's branch: the viewer's unit, or a unit within their scope. */
    private OrgUnit branch(Viewer viewer, Long branchId) {
        if (!viewer.can(Permission.APPROVE_WELFARE) && !viewer.can(Permission.MANAGE_WELFARE)) {
            throw new AccessDeniedException(viewer.username() + " may not see welfare figures");
        }
        OrgUnit branch = em.find(OrgUnit.class, branchId == null ? viewer.unitId() : branchId);
        if (branch == null) {
            throw new NotFoundException("no unit " + branchId);
        }
        if (!viewer.scope().covers(branch)) {
            throw new AccessDeniedException(viewer.username() + " may not see the welfare figures of " + branchId);
        }
        return branch;
    }

    /** Paid cases and money per unit directly below the branch, each with everything beneath it. */
    private List<WelfareSummary.BranchRow> byBranch(OrgUnit parent, String scope, Instant from, Instant to) {
        List<OrgUnit> branches = em.createQuery("SELECT u FROM OrgUnit u JOIN FETCH u.level WHERE u.parent.id = :unit"
                        + " ORDER BY u.name", OrgUnit.class)
                .setParameter("unit", parent.getId()).getResultList();
        Map<Long, long[]> totals = new LinkedHashMap<>();
        List<Object[]> perUnit = em.createQuery("SELECT c.unit.path, COUNT(DISTINCT c.member.id), SUM(c.amount)"
                        + " FROM WelfareCase c WHERE c.status = :paid AND c.paidAt >= :from AND c.paidAt < :to"
                        + " AND c.unit.path LIKE :scope GROUP BY c.unit.path", Object[].class)
                .setParameter("paid", WelfareStatus.PAID).setParameter("from", from).setParameter("to", to)
                .setParameter("scope", scope).getResultList();
        List<WelfareSummary.BranchRow> rows = new ArrayList<>();
        for (OrgUnit branch : branches) {
            long[] sum = totals.computeIfAbsent(branch.getId(), id -> new long[2]);
            for (Object[] row : perUnit) {
                if (((String) row[0]).startsWith(branch.getPath())) {
                    sum[0] += ((Number) row[1]).longValue();
                    sum[1] += number(row[2]);
                }
            }
            if (branch.isActive() || sum[0] > 0) {
                rows.add(new WelfareSummary.BranchRow(branch.getId(), branch.getName(), sum[0], sum[1],
                        !branch.getLevel().isGrassroots()));
            }
        }
        return rows;
    }

    /** Each fund of the year within scope with its balance, summed from its lines. */
    private List<WelfareSummary.FundRow> balances(String scope, int year) {
        Map<Long, long[]> moves = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT l.fund.id, l.kind, SUM(l.amount) FROM WelfareFundLine l"
                        + " WHERE l.fund.fundYear = :year AND l.fund.unit.path LIKE :scope GROUP BY l.fund.id, l.kind",
                        Object[].class)
                .setParameter("year", year).setParameter("scope", scope).getResultList()) {
            long[] sums = moves.computeIfAbsent((Long) row[0], id -> new long[2]);
            sums[((FundLineKind) row[1]).isIncome() ? 0 : 1] += number(row[2]);
        }
        List<WelfareSummary.FundRow> rows = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT f.id, f.unit.id, f.unit.name, f.openingBalance FROM WelfareFund f"
                        + " WHERE f.fundYear = :year AND f.unit.path LIKE :scope ORDER BY f.unit.name", Object[].class)
                .setParameter("year", year).setParameter("scope", scope).getResultList()) {
            long[] sums = moves.getOrDefault((Long) row[0], new long[2]);
            long opening = ((Number) row[3]).longValue();
            rows.add(new WelfareSummary.FundRow((Long) row[0], (Long) row[1], (String) row[2], opening, sums[0],
                    sums[1], opening + sums[0] - sums[1]));
        }
        return rows;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static void requireWelfare(Viewer viewer) {
        if (!viewer.can(Permission.MANAGE_WELFARE) && !viewer.can(Permission.APPROVE_WELFARE)) {
            throw new AccessDeniedException(viewer.username() + " may not list welfare cases");
        }
    }

    /** The set of sortable columns, for the pages. */
    public static Set<String> sortFields() {
        return SORT.keySet();
    }
}
