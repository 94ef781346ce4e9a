package vn.congdoan.intranet.membership.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberService;
import vn.congdoan.intranet.membership.MembershipPeriod;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;

/**
 * Members' histories and the quarterly membership movements of a unit's branch, read within the viewer's scope.
 * The movements are counted by one GROUP BY over the membership periods of the branch, so their cost depends on
 * the number of units, not of members.
 */
@ApplicationScoped
@Transactional
public class MovementService {

    public static final int FIRST_YEAR = 1950;
    public static final int LAST_YEAR = 2100;

    /**
     * Per unit of the branch (by path), the seven counts of {@link UnitMovements} for [?1, ?2): periods that began
     * before the quarter, began in it (by kind), ended in it (by kind), and last beyond it. The kinds are the names
     * of {@link vn.congdoan.intranet.membership.MovementKind}.
     */
    private static final String MOVEMENTS_SQL = "SELECT u.path,"
            + " SUM(CASE WHEN p.valid_from < ?1 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_from >= ?1 AND p.start_kind = 'ADMISSION' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_from >= ?1 AND p.start_kind IN ('TRANSFER', 'RESTRUCTURING') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_from >= ?1 AND p.start_kind IN ('IMPORT', 'REGISTRATION') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_to < ?2 AND p.end_kind IN ('TRANSFER', 'RESTRUCTURING') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_to < ?2 AND p.end_kind = 'LEAVE' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_to IS NULL OR p.valid_to >= ?2 THEN 1 ELSE 0 END)"
            + " FROM membership_period p JOIN org_unit u ON u.id = p.unit_id"
            + " WHERE u.path LIKE ?3 AND p.valid_from < ?2 AND (p.valid_to IS NULL OR p.valid_to >= ?1)"
            + " GROUP BY u.path";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    MemberService members;

    @Inject
    MemberLifecycle lifecycle;

    /** A member's periods, oldest first, for anyone who may see the member's record. */
    public List<MembershipPeriod> history(Viewer viewer, long memberId) {
        return lifecycle.history(members.getMember(viewer, memberId));
    }

    /**
     * The movements of the given quarter (1 to 4) in the unit's branch: a line per unit directly below it, each
     * summed over that unit's own branch, and the total. A unit with nothing below it gets a line of its own.
     */
    public QuarterMovements quarter(Viewer viewer, long unitId, int year, int quarter) {
        viewer.require(Permission.VIEW_MEMBERS);
        OrgUnit unit = units.getUnit(viewer, unitId);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw BusinessException.onField("year", "movements.year.invalid",
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        if (quarter < 1 || quarter > 4) {
            throw BusinessException.onField("quarter", "movements.quarter.invalid");
        }
        LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        LocalDate end = start.plusMonths(3);

        Map<Long, UnitMovements> lines = new LinkedHashMap<>();
        for (OrgUnit child : em.createNamedQuery("OrgUnit.children", OrgUnit.class)
                .setParameter("parentId", unit.getId()).getResultList()) {
            lines.put(child.getId(), new UnitMovements(child.getId(), child.getName(), child.isGrassroots()));
        }
        UnitMovements own = new UnitMovements(unit.getId(), unit.getName(), unit.isGrassroots());
        UnitMovements total = new UnitMovements(null, unit.getName(), unit.isGrassroots());

        List<?> rows = em.createNativeQuery(MOVEMENTS_SQL)
                .setParameter(1, Date.valueOf(start)).setParameter(2, Date.valueOf(end))
                .setParameter(3, unit.getPath() + "%").getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long[] counts = new long[7];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = columns[i + 1] == null ? 0 : ((Number) columns[i + 1]).longValue();
            }
            lineFor(unit, (String) columns[0], lines, own).add(counts);
            total.add(counts);
        }

        List<UnitMovements> shown = new ArrayList<>();
        if (lines.isEmpty() || !own.isEmpty()) {
            shown.add(own);
        }
        for (UnitMovements line : lines.values()) {
            if (!line.isEmpty() || isActiveChild(line.getUnitId())) {
                shown.add(line);
            }
        }
        return new QuarterMovements(start, end.minusDays(1), shown, total);
    }

    /** The line a unit's counts belong to: the child of the unit on its path, or the unit's own line. */
    private static UnitMovements lineFor(OrgUnit unit, String path, Map<Long, UnitMovements> lines,
                                         UnitMovements own) {
        String rest = path.substring(unit.getPath().length());
        if (rest.isEmpty()) {
            return own;
        }
        UnitMovements line = lines.get(Long.valueOf(rest.substring(0, rest.indexOf('/'))));
        return line == null ? own : line;
    }

    private boolean isActiveChild(Long unitId) {
        OrgUnit child = em.find(OrgUnit.class, unitId);
        return child != null && child.isActive();
    }
}
