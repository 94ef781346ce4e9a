package vn.congdoan.intranet.welfare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * The yearly welfare fund of a unit. Its officers open the year with an opening balance and record income
 * (allocations, donations); expenses are written only by paying a case ({@link WelfareService#pay}). The balance is
 * opening + income − expenses summed by the database on every read, never stored, so it cannot drift from its lines.
 */
@ApplicationScoped
@Transactional
public class FundService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    protected FundService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public FundService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Opens the viewer's own unit's fund for a year. */
    public WelfareFund openFund(Viewer viewer, int year, Long openingBalance) {
        requireKeeper(viewer);
        if (openingBalance == null || openingBalance < 0) {
            throw BusinessException.onField("openingBalance", "welfare.fund.openingInvalid");
        }
        if (year < 2000 || year > LocalDate.now(clock.withZone(Formats.ZONE)).getYear() + 1) {
            throw BusinessException.onField("fundYear", "welfare.fund.yearInvalid");
        }
        if (findFund(viewer.unitId(), year) != null) {
            throw BusinessException.onField("fundYear", "welfare.fund.exists", String.valueOf(year));
        }
        WelfareFund fund = new WelfareFund(em.getReference(OrgUnit.class, viewer.unitId()), year, openingBalance,
                viewer.username(), clock.instant());
        em.persist(fund);
        em.flush();
        return fund;
    }

    /** Records money received by the viewer's own unit's fund. */
    public WelfareFundLine addIncome(Viewer viewer, long fundId, FundLineKind kind, LocalDate date, Long amount,
                                     String description) {
        requireKeeper(viewer);
        WelfareFund fund = find(fundId);
        if (fund.getUnit().getId() != viewer.unitId()) {
            throw new AccessDeniedException(viewer.username() + " does not keep fund " + fundId);
        }
        if (kind == null || !kind.isIncome()) {
            throw BusinessException.onField("kind", "welfare.fund.kindRequired");
        }
        if (date == null || date.getYear() != fund.getFundYear()) {
            throw BusinessException.onField("lineDate", "welfare.fund.dateOutsideYear",
                    String.valueOf(fund.getFundYear()));
        }
        if (amount == null || amount <= 0) {
            throw BusinessException.onField("amount", "welfare.fund.amountPositive");
        }
        String text = TextNormalizer.isBlank(description) ? null : description.trim();
        if (text == null) {
            throw BusinessException.onField("description", "welfare.fund.descriptionRequired");
        }
        if (text.length() > WelfareFundLine.DESCRIPTION_MAX) {
            throw BusinessException.onField("description", "welfare.fund.descriptionTooLong",
                    WelfareFundLine.DESCRIPTION_MAX);
        }
        WelfareFundLine line = new WelfareFundLine(fund, kind, date, amount, text, null, viewer.username(),
                clock.instant());
        em.persist(line);
        em.flush();
        return line;
    }

    /** A fund the viewer may read: its unit lies within the viewer's scope. */
    public WelfareFund getFund(Viewer viewer, long fundId) {
        requireReader(viewer);
        WelfareFund fund = find(fundId);
        if (!viewer.scope().covers(fund.getUnit())) {
            throw new AccessDeniedException(viewer.username() + " may not read fund " + fundId);
        }
        return fund;
    }

    /**
     * The fund of a unit for a year, or null; the unit must lie within the viewer's scope (checked whether or not
     * the fund exists, so a missing fund says nothing about a unit outside it).
     */
    public WelfareFund fundOf(Viewer viewer, long unitId, int year) {
        scopedUnit(viewer, unitId);
        return findFund(unitId, year);
    }

    /**
     * What the fund page shows for a unit (null: the viewer's own) and a year: the unit, its fund or null, the sums
     * and the balance from the database, and whether the viewer keeps this fund (their own unit) or only reads it.
     */
    public FundSheet sheet(Viewer viewer, Long unitId, int year) {
        OrgUnit unit = scopedUnit(viewer, unitId == null ? viewer.unitId() : unitId);
        WelfareFund fund = findFund(unit.getId(), year);
        boolean keeps = unit.getId() == viewer.unitId();
        if (fund == null) {
            return new FundSheet(unit, year, null, 0, 0, 0, keeps);
        }
        long[] sums = sums(fund);
        return new FundSheet(unit, year, fund, sums[0], sums[1], Math.subtractExact(
                Math.addExact(fund.getOpeningBalance(), sums[0]), sums[1]), keeps);
    }

    public long balance(Viewer viewer, long fundId) {
        return balanceOf(getFund(viewer, fundId));
    }

    /** A page of the fund's lines, newest first, read from the database, each expense with its case and member. */
    public List<WelfareFundLine> lines(Viewer viewer, long fundId, PageQuery page) {
        WelfareFund fund = getFund(viewer, fundId);
        return em.createQuery("SELECT l FROM WelfareFundLine l LEFT JOIN FETCH l.welfareCase c"
                        + " LEFT JOIN FETCH c.member WHERE l.fund = :fund"
                        + " ORDER BY l.lineDate DESC, l.id DESC", WelfareFundLine.class)
                .setParameter("fund", fund).setFirstResult(page.first()).setMaxResults(page.pageSize())
                .getResultList();
    }

    public long countLines(Viewer viewer, long fundId) {
        WelfareFund fund = getFund(viewer, fundId);
        return em.createQuery("SELECT COUNT(l) FROM WelfareFundLine l WHERE l.fund = :fund", Long.class)
                .setParameter("fund", fund).getSingleResult();
    }

    /** Opening + income − expenses, summed by the database. No scope check: callers have done theirs. */
    long balanceOf(WelfareFund fund) {
        long[] sums = sums(fund);
        return Math.subtractExact(Math.addExact(fund.getOpeningBalance(), sums[0]), sums[1]);
    }

    /** Income and expenses of the fund, summed by the database. */
    private long[] sums(WelfareFund fund) {
        long[] sums = new long[2];
        for (Object[] row : em.createQuery("SELECT l.kind, SUM(l.amount) FROM WelfareFundLine l"
                        + " WHERE l.fund = :fund GROUP BY l.kind", Object[].class)
                .setParameter("fund", fund).getResultList()) {
            int index = ((FundLineKind) row[0]).isIncome() ? 0 : 1;
            sums[index] = Math.addExact(sums[index], ((Number) row[1]).longValue());
        }
        return sums;
    }

    private OrgUnit scopedUnit(Viewer viewer, long unitId) {
        requireReader(viewer);
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        if (unit == null) {
            throw new NotFoundException("no unit " + unitId);
        }
        if (!viewer.scope().covers(unit)) {
            throw new AccessDeniedException(viewer.username() + " may not read the fund of unit " + unitId);
        }
        return unit;
    }

    WelfareFund findFund(long unitId, int year) {
        return em.createQuery("SELECT f FROM WelfareFund f WHERE f.unit.id = :unit AND f.fundYear = :year",
                        WelfareFund.class)
                .setParameter("unit", unitId).setParameter("year", year)
                .getResultStream().findFirst().orElse(null);
    }

    private WelfareFund find(long fundId) {
        WelfareFund fund = em.find(WelfareFund.class, fundId);
        if (fund == null) {
            throw new NotFoundException("no welfare fund " + fundId);
        }
        return fund;
    }

    private static void requireKeeper(Viewer viewer) {
        if (!viewer.can(Permission.MANAGE_WELFARE) && !viewer.can(Permission.APPROVE_WELFARE)) {
            throw new AccessDeniedException(viewer.username() + " keeps no welfare fund");
        }
    }

    private static void requireReader(Viewer viewer) {
        requireKeeper(viewer);
    }
}
