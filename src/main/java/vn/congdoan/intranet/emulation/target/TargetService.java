package vn.congdoan.intranet.emulation.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.congdoan.intranet.emulation.award.AwardStatus;
import vn.congdoan.intranet.emulation.award.AwardType;
import vn.congdoan.intranet.emulation.award.IssuerTier;
import vn.congdoan.intranet.emulation.classification.ClassificationService;
import vn.congdoan.intranet.emulation.classification.ClassificationStatus;
import vn.congdoan.intranet.emulation.classification.ClassificationTitle;
import vn.congdoan.intranet.emulation.classification.TitleSubject;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.PeriodKind;
import vn.congdoan.intranet.reporting.ReportStatus;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.NotFoundException;

/**
 * Target plans and their evaluation against recorded facts. Who sees a plan: anyone signed in whose unit is the
 * plan's unit, below it (a school sees the province's congress targets it works towards, read-only) or above it
 * (the province watches a ward's year plan). Only the plan's own unit changes it, with RUN_EMULATION (the
 * administrator any). Actual values come from grouped SQL counts, one query per target, never a loop over units.
 *
 * <p>What is counted, for an evaluation year Y of a plan of unit P (all "under P" by the unit's path, P excluded
 * for shares of units):
 * <ul>
 * <li>shares and counts of titles: the DECIDED classifications of year Y only (a title is a yearly fact);</li>
 * <li>the share's denominator: the grassroots unions under P that existed at some time in school year Y (or were
 * classified that year), resp. the members of unions under P who were members at some time in Y (or were
 * classified there that year). An unclassified union therefore lowers the share: the target asks for a share of
 * all unions, not of the ones that got round to it;</li>
 * <li>awards and Party introductions: cumulative from the plan's first year up to Y, because a term's count ("14
 * Bằng khen in the term") adds up over its years. Party introductions are the approved school-year reports'
 * figure (periods of kind SCHOOL_YEAR starting from August of the first year to July after Y, so a period
 * opened a few days early still belongs to its school year; half-year and calendar-year reports are not added, they
 * would count the same people twice).</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class TargetService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    protected TargetService() {
    }

    public TargetService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** One target with its actual value for the evaluated year. */
    public record TargetResult(Target target, TargetEvaluator.Evaluation evaluation) implements Serializable {

        public TargetOutcome getOutcome() {
            return evaluation.outcome();
        }
    }

    /** A plan evaluated for one year: each target, and how many are met or exceeded. */
    public record PlanEvaluation(TargetPlan plan, int year, List<TargetResult> results) implements Serializable {

        public long getReached() {
            return results.stream().filter(r -> r.getOutcome().reached()).count();
        }

        public int getTotal() {
            return results.size();
        }
    }

    // ----- plans -----

    /** The plans the viewer may see, their own unit's first, then the units above, then below; newest first. */
    public List<TargetPlan> plans(Viewer viewer) {
        requireSignedIn(viewer);
        return em.createQuery("SELECT p FROM TargetPlan p JOIN FETCH p.unit u WHERE u.path LIKE :scope"
                        + " OR u.path IN :ancestors ORDER BY u.depth, u.searchName, p.firstYear DESC, p.id DESC",
                TargetPlan.class).setParameter("scope", viewer.scope().likePattern())
                .setParameter("ancestors", ancestors(viewer.unitPath())).setMaxResults(200).getResultList();
    }

    public TargetPlan getPlan(Viewer viewer, long id) {
        requireSignedIn(viewer);
        TargetPlan plan = em.find(TargetPlan.class, id);
        if (plan == null || !visible(viewer, plan.getUnit())) {
            throw new NotFoundException("no plan " + id + " for " + viewer.username());
        }
        return plan;
    }

    /** Only the plan's own unit, running emulation, changes it (the administrator any). */
    public boolean mayEdit(Viewer viewer, TargetPlan plan) {
        return viewer.role() == Role.ADMIN
                || viewer.can(Permission.RUN_EMULATION) && plan.getUnit().getId() == viewer.unitId();
    }

    public boolean mayCreate(Viewer viewer) {
        return viewer.can(Permission.RUN_EMULATION);
    }

    /** Opens a plan of the viewer's own unit. */
    public TargetPlan createPlan(Viewer viewer, PlanKind kind, String name, Integer firstYear, Integer lastYear) {
        viewer.require(Permission.RUN_EMULATION);
        if (firstYear == null) {
            throw BusinessException.onField("firstYear", "target.plan.yearRequired");
        }
        int last = kind == PlanKind.YEAR || lastYear == null ? firstYear : lastYear;
        TargetPlan plan = new TargetPlan(em.find(OrgUnit.class, viewer.unitId()), kind, name, firstYear, last,
                viewer.username(), clock.instant());
        em.persist(plan);
        em.flush();
        return plan;
    }

    /** The targets of a plan in their order. */
    public List<Target> targets(Viewer viewer, long planId) {
        TargetPlan plan = getPlan(viewer, planId);
        return em.createQuery("SELECT t FROM Target t LEFT JOIN FETCH t.title WHERE t.plan = :p"
                + " ORDER BY t.sortOrder, t.id", Target.class).setParameter("p", plan).getResultList();
    }

    /** Adds a target at the end of a plan the viewer may change. */
    public Target addTarget(Viewer viewer, long planId, TargetForm form) {
        TargetPlan plan = getPlan(viewer, planId);
        if (!mayEdit(viewer, plan)) {
            throw new AccessDeniedException(viewer.username() + " may not change plan " + planId);
        }
        int next = em.createQuery("SELECT COALESCE(MAX(t.sortOrder), 0) FROM Target t WHERE t.plan = :p",
                Integer.class).setParameter("p", plan).getSingleResult() + 1;
        ClassificationTitle title = form.getTitleId() == null ? null
                : em.find(ClassificationTitle.class, form.getTitleId());
        AwardType awardType = form.getAwardTypeId() == null ? null : em.find(AwardType.class, form.getAwardTypeId());
        Target target = new Target(plan, next, form.getLabel(), form.getShape(), form.getMetric(), title, awardType,
                form.getAwardMinTier(), form.getLowValue(), form.getHighValue());
        em.persist(target);
        em.flush();
        return target;
    }

    /** The active award types a target may count, by rank. */
    public List<AwardType> awardTypes() {
        return em.createQuery("SELECT t FROM AwardType t WHERE t.active = TRUE ORDER BY t.rankOrder", AwardType.class)
                .getResultList();
    }

    // ----- evaluation -----

    /**
     * The year evaluated when none is chosen: the latest year of the plan that has ended, because the year in
     * progress has no decided classification yet; the plan's first year while none has ended.
     */
    public int defaultYear(TargetPlan plan) {
        int current = ClassificationService.schoolYearOf(LocalDate.now(clock.withZone(Formats.ZONE)));
        return Math.max(plan.getFirstYear(), Math.min(plan.getLastYear(), current - 1));
    }

    /** The years the page offers: the plan's years up to the one in progress. */
    public List<Integer> years(TargetPlan plan) {
        int current = ClassificationService.schoolYearOf(LocalDate.now(clock.withZone(Formats.ZONE)));
        List<Integer> years = new ArrayList<>();
        for (int y = plan.getFirstYear(); y <= Math.min(plan.getLastYear(), Math.max(current, plan.getFirstYear()));
             y++) {
            years.add(y);
        }
        return years;
    }

    /** Every target of the plan with its actual value for the year (the default year when null). */
    public PlanEvaluation evaluate(Viewer viewer, long planId, Integer year) {
        TargetPlan plan = getPlan(viewer, planId);
        int evaluated = year == null || !plan.covers(year) ? defaultYear(plan) : year;
        List<TargetResult> results = new ArrayList<>();
        for (Target target : targets(viewer, planId)) {
            results.add(new TargetResult(target, evaluate(target, evaluated)));
        }
        return new PlanEvaluation(plan, evaluated, results);
    }

    TargetEvaluator.Evaluation evaluate(Target target, int year) {
        OrgUnit unit = target.getPlan().getUnit();
        return switch (target.getShape()) {
            case TITLE -> TargetEvaluator.title(ownRank(unit, year), target.getTitle().getRankOrder());
            case PERCENT_FLOOR -> TargetEvaluator.percentFloor(reached(target, unit, year), total(target, unit, year),
                    target.getLowValue());
            case COUNT -> TargetEvaluator.count(count(target, unit, year), target.getLowValue());
            case RANGE -> TargetEvaluator.range(count(target, unit, year), target.getLowValue(),
                    target.getHighValue());
        };
    }

    private long count(Target target, OrgUnit unit, int year) {
        return switch (target.getMetric()) {
            case UNITS_WITH_TITLE, MEMBERS_WITH_TITLE -> reached(target, unit, year);
            case AWARDS_GRANTED -> awards(target, unit, year);
            case PARTY_INTRODUCED -> partyIntroduced(unit, target.getPlan().getFirstYear(), year);
            case OWN_TITLE -> throw new IllegalStateException("a title is not counted");
        };
    }

    private Integer ownRank(OrgUnit unit, int year) {
        return em.createQuery("SELECT t.rankOrder FROM UnitClassification c JOIN c.decidedTitle t WHERE c.unit = :u"
                        + " AND c.schoolYear = :y AND c.status = :decided", Integer.class).setParameter("u", unit)
                .setParameter("y", year).setParameter("decided", ClassificationStatus.DECIDED).getResultStream()
                .findFirst().orElse(null);
    }

    /** Decided classifications of year Y under the unit with the target's title or a better one. */
    private long reached(Target target, OrgUnit unit, int year) {
        boolean units = target.getMetric() == TargetMetric.UNITS_WITH_TITLE;
        String entity = units ? "UnitClassification" : "MemberClassification";
        var query = em.createQuery("SELECT COUNT(c) FROM " + entity + " c JOIN c.decidedTitle t JOIN c.unit u"
                        + " WHERE c.schoolYear = :y AND c.status = :decided AND t.subject = :subject"
                        + " AND t.rankOrder <= :rank AND u.path LIKE :under" + (units ? " AND u <> :plan" : ""),
                        Long.class)
                .setParameter("y", year).setParameter("decided", ClassificationStatus.DECIDED)
                .setParameter("subject", units ? TitleSubject.UNIT : TitleSubject.MEMBER)
                .setParameter("rank", target.getTitle().getRankOrder()).setParameter("under", unit.getPath() + "%");
        if (units) {
            query.setParameter("plan", unit);
        }
        return query.getSingleResult();
    }

    /** The denominator of a share: see the class comment. */
    private long total(Target target, OrgUnit unit, int year) {
        LocalDate start = LocalDate.of(year, 9, 1);
        LocalDate end = LocalDate.of(year + 1, 8, 31);
        if (target.getMetric() == TargetMetric.UNITS_WITH_TITLE) {
            return em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.path LIKE :under AND u <> :plan"
                            + " AND u.level.code = 'GRASSROOTS_UNION' AND ((u.validFrom <= :end AND (u.validTo IS NULL"
                            + " OR u.validTo >= :start)) OR EXISTS (SELECT c FROM UnitClassification c WHERE"
                            + " c.unit = u AND c.schoolYear = :y AND c.status = :decided))", Long.class)
                    .setParameter("under", unit.getPath() + "%").setParameter("plan", unit)
                    .setParameter("start", start).setParameter("end", end).setParameter("y", year)
                    .setParameter("decided", ClassificationStatus.DECIDED).getSingleResult();
        }
        return em.createQuery("SELECT COUNT(m) FROM Member m WHERE (m.unit.path LIKE :under AND m.joinedOn <= :end"
                        + " AND (m.leftOn IS NULL OR m.leftOn >= :start)) OR EXISTS (SELECT c FROM"
                        + " MemberClassification c WHERE c.member = m AND c.schoolYear = :y AND c.status = :decided"
                        + " AND c.unit.path LIKE :under)", Long.class)
                .setParameter("under", unit.getPath() + "%").setParameter("start", start).setParameter("end", end)
                .setParameter("y", year).setParameter("decided", ClassificationStatus.DECIDED).getSingleResult();
    }

    /** Awards GRANTED to recipients under the unit in the plan's years up to Y, of one type or tier and up. */
    private long awards(Target target, OrgUnit unit, int year) {
        String kind = target.getAwardType() != null ? " AND a.type = :type"
                : target.getAwardMinTier() != null ? " AND a.type.issuerTier IN :tiers" : "";
        var query = em.createQuery("SELECT COUNT(a) FROM Award a WHERE a.status = :granted AND a.recipientPath LIKE"
                        + " :under AND a.schoolYear BETWEEN :first AND :y" + kind, Long.class)
                .setParameter("granted", AwardStatus.GRANTED).setParameter("under", unit.getPath() + "%")
                .setParameter("first", target.getPlan().getFirstYear()).setParameter("y", year);
        if (target.getAwardType() != null) {
            query.setParameter("type", target.getAwardType());
        } else if (target.getAwardMinTier() != null) {
            query.setParameter("tiers", Arrays.stream(IssuerTier.values())
                    .filter(t -> t.compareTo(target.getAwardMinTier()) >= 0).toList());
        }
        return query.getSingleResult();
    }

    /** The approved school-year reports' Party introductions under the unit, school years first..Y. */
    private long partyIntroduced(OrgUnit unit, int first, int year) {
        Long sum = em.createQuery("SELECT SUM(r.figures.partyIntroduced) FROM ActivityReport r WHERE"
                        + " r.status = :approved AND r.unitPath LIKE :under AND r.period.kind = :kind"
                        + " AND r.period.coversFrom BETWEEN :from AND :to", Long.class)
                .setParameter("approved", ReportStatus.APPROVED).setParameter("under", unit.getPath() + "%")
                .setParameter("kind", PeriodKind.SCHOOL_YEAR).setParameter("from", LocalDate.of(first, 9, 1).minusMonths(1))
                .setParameter("to", LocalDate.of(year + 1, 7, 31)).getSingleResult();
        return sum == null ? 0 : sum;
    }

    // ----- scope -----

    private static void requireSignedIn(Viewer viewer) {
        if (viewer == null || viewer.scope().isNothing()) {
            throw new AccessDeniedException("not signed in");
        }
    }

    private static boolean visible(Viewer viewer, OrgUnit unit) {
        return viewer.scope().covers(unit) || ancestors(viewer.unitPath()).contains(unit.getPath());
    }

    /** "/1/7/12/" gives "/1/", "/1/7/" and itself. */
    static List<String> ancestors(String path) {
        List<String> paths = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            paths.add(path.substring(0, i + 1));
        }
        return paths;
    }
}
