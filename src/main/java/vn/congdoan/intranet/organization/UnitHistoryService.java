package vn.congdoan.intranet.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.NotFoundException;

/**
 * The tree as it stood on a given day, read from the units' links to their superiors. Scope on a past day is the
 * viewer's unit, and the units it succeeded, with what lay below them on that day: a district officer still browses
 * the 2024 tree of their district after its schools moved elsewhere, while the current tree (and current work)
 * follows the current links.
 */
@ApplicationScoped
@Transactional
public class UnitHistoryService {

    /** How far up a unit's superiors the scope check walks; deeper than any union tree. */
    private static final int MAX_DEPTH = 16;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    Instance<PastRootsMemo> memo;

    protected UnitHistoryService() {
    }

    /** For code outside the container that owns its transaction (other services' test constructors). */
    public UnitHistoryService(EntityManager em) {
        this.em = em;
        this.units = new OrgUnitService(em);
    }

    /**
     * The top of the tree on that day: its roots for the administrator; else the viewer's unit and the units it
     * succeeded (see {@link #pastRoots}), those of them that existed that day.
     */
    public List<UnitNode> rootsAsOf(Viewer viewer, LocalDate day) {
        viewer.require(Permission.BROWSE_UNITS);
        if (viewer.scope().isEverything()) {
            return toNodes(em.createNamedQuery("UnitLink.rootsAsOf", OrgUnit.class).setParameter("day", day)
                    .getResultList(), day);
        }
        List<Long> existing = pastRoots(viewer).stream().filter(id -> parentLinkAsOf(id, day).isPresent()).toList();
        // a predecessor that lay inside another root that day (the sector union inside the province) is not a root
        List<OrgUnit> roots = existing.stream()
                .filter(id -> existing.stream().noneMatch(other -> !other.equals(id) && wasWithin(id, other, day)))
                .map(id -> em.find(OrgUnit.class, id)).toList();
        return toNodes(roots, day);
    }

    /**
     * The viewer's unit and, transitively, the units that ended in its favour (merged into it, or dissolved with
     * their officers moving to it): a ward union that took over a district federation's officers keeps seeing the
     * district's past.
     */
    public Set<Long> pastRoots(Viewer viewer) {
        if (memo != null) {
            try {
                return memo.get().get(viewer.unitId(), this::pastRoots);
            } catch (ContextNotActiveException noRequest) {
                // a timer or a background task: compute it each time
            }
        }
        return pastRoots(viewer.unitId());
    }

    private Set<Long> pastRoots(long unitId) {
        Set<Long> roots = new LinkedHashSet<>(List.of(unitId));
        List<Long> frontier = List.of(unitId);
        for (int i = 0; !frontier.isEmpty() && i < MAX_DEPTH; i++) {
            frontier = em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.successor.id IN :ids ORDER BY u.name",
                    Long.class).setParameter("ids", frontier).getResultList().stream().filter(roots::add).toList();
        }
        return Collections.unmodifiableSet(roots);
    }

    /**
     * Every unit that was ever above one of these units, on any day, going up the links of every period; empty when
     * the walk does not end within {@code MAX_DEPTH} levels, which a tree with a cycle in its history could cause.
     */
    public Optional<Set<Long>> ancestorsEver(Set<Long> unitIds) {
        Set<Long> found = new HashSet<>();
        Set<Long> frontier = new HashSet<>(unitIds);
        for (int i = 0; i < MAX_DEPTH; i++) {
            if (frontier.isEmpty()) {
                return Optional.of(Collections.unmodifiableSet(found));
            }
            frontier = em.createQuery("SELECT DISTINCT l.parent.id FROM UnitLink l WHERE l.unit.id IN :ids"
                    + " AND l.parent IS NOT NULL", Long.class).setParameter("ids", frontier).getResultList().stream()
                    .filter(found::add).collect(Collectors.toSet());
        }
        return frontier.isEmpty() ? Optional.of(Collections.unmodifiableSet(found)) : Optional.empty();
    }

    /** The units directly below a unit on that day, the unit being within the viewer's scope on that day. */
    public List<UnitNode> childrenAsOf(Viewer viewer, long parentId, LocalDate day) {
        unitAsOf(viewer, parentId, day);
        return toNodes(em.createNamedQuery("UnitLink.childrenAsOf", OrgUnit.class)
                .setParameter("parentId", parentId).setParameter("day", day).getResultList(), day);
    }

    /** A unit that existed on that day below the viewer's unit as the tree then stood. */
    public OrgUnit unitAsOf(Viewer viewer, long unitId, LocalDate day) {
        viewer.require(Permission.BROWSE_UNITS);
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        if (unit == null || parentLinkAsOf(unitId, day).isEmpty()) {
            throw new NotFoundException("unit " + unitId + " on " + day);
        }
        if (!viewer.scope().isEverything()
                && pastRoots(viewer).stream().noneMatch(root -> wasWithin(unitId, root, day))) {
            throw new AccessDeniedException(viewer.username() + " may not see unit " + unitId + " on " + day);
        }
        return unit;
    }

    /** The superior of a unit on that day, if it had one. */
    public Optional<OrgUnit> parentAsOf(Viewer viewer, long unitId, LocalDate day) {
        unitAsOf(viewer, unitId, day);
        return parentLinkAsOf(unitId, day).map(UnitLink::getParent);
    }

    /** True when, on that day, the unit was the ancestor or lay anywhere below it. */
    public boolean wasWithin(long unitId, long ancestorId, LocalDate day) {
        Long current = unitId;
        for (int i = 0; current != null && i < MAX_DEPTH; i++) {
            if (current == ancestorId) {
                return true;
            }
            current = parentLinkAsOf(current, day).map(l -> l.getParent() == null ? null : l.getParent().getId())
                    .orElse(null);
        }
        return false;
    }

    /** The unit's superiors over time, oldest first: a unit within the viewer's current scope. */
    public List<UnitLink> superiors(Viewer viewer, long unitId) {
        units.getUnit(viewer, unitId);
        return em.createNamedQuery("UnitLink.ofUnit", UnitLink.class).setParameter("unitId", unitId)
                .getResultList().stream().filter(l -> l.getValidTo() == null || l.getValidTo().isAfter(l.getValidFrom()))
                .toList();
    }

    /** Members of one unit on that day (their period there covered the day). */
    public long membersAsOf(Viewer viewer, long unitId, LocalDate day) {
        unitAsOf(viewer, unitId, day);
        viewer.require(Permission.VIEW_MEMBERS);
        return em.createNamedQuery("MembershipPeriod.countInUnitAsOf", Long.class).setParameter("unitId", unitId)
                .setParameter("day", day).getSingleResult();
    }

    private Optional<UnitLink> parentLinkAsOf(long unitId, LocalDate day) {
        return em.createNamedQuery("UnitLink.parentAsOf", UnitLink.class).setParameter("unitId", unitId)
                .setParameter("day", day).getResultStream().findFirst();
    }

    private List<UnitNode> toNodes(List<OrgUnit> list, LocalDate day) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> childCounts = em.createNamedQuery("UnitLink.countChildrenAsOf", Object[].class)
                .setParameter("ids", list.stream().map(OrgUnit::getId).toList()).setParameter("day", day)
                .getResultList().stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        // On its own day every unit shown was active, whatever became of it later.
        return list.stream().map(u -> new UnitNode(u.getId(), u.getName(), u.getLevel().getCode(), u.isGrassroots(),
                true, childCounts.getOrDefault(u.getId(), 0L).intValue())).toList();
    }
}
