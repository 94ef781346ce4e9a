package vn.congdoan.intranet.membership.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberService;
import vn.congdoan.intranet.membership.MembershipPeriod;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;

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
     * Per unit (ids inlined by {@link #inList}), the seven counts of {@link UnitMovements} for [?1, ?2): periods
     * that began before the quarter, began in it (by kind), ended in it (by kind), and last beyond it. The kinds are
     * the names of {@link vn.congdoan.intranet.membership.MovementKind}.
     */
    private static final String MOVEMENTS_SQL = "SELECT p.unit_id,"
            + " SUM(CASE WHEN p.valid_from < ?1 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_from >= ?1 AND p.start_kind = 'ADMISSION' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_from >= ?1 AND p.start_kind IN ('TRANSFER', 'RESTRUCTURING') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_from >= ?1 AND p.start_kind IN ('IMPORT', 'REGISTRATION') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_to < ?2 AND p.end_kind IN ('TRANSFER', 'RESTRUCTURING') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_to < ?2 AND p.end_kind = 'LEAVE' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.valid_to IS NULL OR p.valid_to >= ?2 THEN 1 ELSE 0 END)"
            + " FROM membership_period p"
            + " WHERE p.unit_id IN (%s) AND p.valid_from < ?2 AND (p.valid_to IS NULL OR p.valid_to >= ?1)"
            + " GROUP BY p.unit_id";
    /** Ids per IN list: far below what H2 and MySQL accept in one statement. */
    private static final int IN_LIST_SIZE = 1000;

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

        // A past quarter is counted on the tree of its last day: a branch keeps the units it had then, even if they
        // have moved or ended since. The current quarter is counted on today's tree. Units that ended during the
        // quarter are counted under the superior they had when they ended, so a dissolution shows in its quarter.
        LocalDate day = end.minusDays(1).isBefore(Formats.today()) ? end.minusDays(1) : Formats.today();
        Map<Long, UnitMovements> lines = new LinkedHashMap<>();
        Map<Long, UnitMovements> lineOfUnit = new HashMap<>();
        UnitMovements own = new UnitMovements(unit.getId(), unit.getName(), unit.isGrassroots());
        UnitMovements total = new UnitMovements(null, unit.getName(), unit.isGrassroots());
        lineOfUnit.put(unit.getId(), own);
        List<Long> frontier = List.of(unit.getId());
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (List<Long> ids : chunks(frontier)) {
                for (Object[] link : em.createQuery("SELECT l.unit.id, l.parent.id, l.unit.name, l.unit.level.grassroots"
                                + " FROM UnitLink l WHERE l.parent.id IN :ids AND l.validFrom <= :day"
                                + " AND (l.validTo IS NULL OR l.validTo > :day) ORDER BY l.unit.level.sortOrder,"
                                + " l.unit.name", Object[].class)
                        .setParameter("ids", ids).setParameter("day", day).getResultList()) {
                    Long childId = (Long) link[0];
                    Long parentId = (Long) link[1];
                    UnitMovements line = parentId.equals(unit.getId())
                            ? lines.computeIfAbsent(childId, id -> new UnitMovements(id, (String) link[2],
                                    (Boolean) link[3]))
                            : lineOfUnit.get(parentId);
                    if (lineOfUnit.putIfAbsent(childId, line) == null) {
                        next.add(childId);
                    }
                }
            }
            frontier = next;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (List<Long> ids : chunks(new ArrayList<>(lineOfUnit.keySet()))) {
                for (Object[] link : em.createQuery("SELECT l.unit.id, l.parent.id, l.unit.name, l.unit.level.grassroots"
                                + " FROM UnitLink l WHERE l.parent.id IN :ids AND l.validTo >= :start"
                                + " AND l.validTo <= :day AND l.validTo > l.validFrom ORDER BY l.unit.name",
                                Object[].class)
                        .setParameter("ids", ids).setParameter("start", start).setParameter("day", day)
                        .getResultList()) {
                    Long endedId = (Long) link[0];
                    Long parentId = (Long) link[1];
                    if (!lineOfUnit.containsKey(endedId)) {
                        lineOfUnit.put(endedId, parentId.equals(unit.getId())
                                ? lines.computeIfAbsent(endedId, id -> new UnitMovements(id, (String) link[2],
                                        (Boolean) link[3]))
                                : lineOfUnit.get(parentId));
                        grew = true;
                    }
                }
            }
        }

        for (List<Long> ids : chunks(new ArrayList<>(lineOfUnit.keySet()))) {
            String sql = String.format(MOVEMENTS_SQL, inList(ids));
            for (Object row : em.createNativeQuery(sql).setParameter(1, Date.valueOf(start))
                    .setParameter(2, Date.valueOf(end)).getResultList()) {
                Object[] columns = (Object[]) row;
                long[] counts = new long[7];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = columns[i + 1] == null ? 0 : ((Number) columns[i + 1]).longValue();
                }
                lineOfUnit.get(((Number) columns[0]).longValue()).add(counts);
                total.add(counts);
            }
        }

        List<UnitMovements> shown = new ArrayList<>();
        if (lines.isEmpty() || !own.isEmpty()) {
            shown.add(own);
        }
        shown.addAll(lines.values());
        return new QuarterMovements(start, end.minusDays(1), shown, total);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IN_LIST_SIZE) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + IN_LIST_SIZE)));
        }
        return chunks;
    }

    /** Ids as SQL literals: numbers from our own tables, so nothing a user typed reaches the statement. */
    private static String inList(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
