package vn.congdoan.intranet.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.JpqlFilter;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;

/**
 * The union tree: reading it within the caller's scope and, for the administrator, changing it. Every method takes
 * the {@link Viewer} and refuses any unit outside the viewer's scope, whatever id the request carried.
 */
@ApplicationScoped
@Transactional
public class OrgUnitService {

    private static final Set<String> SORTABLE = Set.of("name", "code", "validFrom", "depth");

    @PersistenceContext
    EntityManager em;

    @Inject
    ScopeStatisticsCache statisticsCache;

    protected OrgUnitService() {
    }

    /** For code outside the container that owns its transaction: the demo generator and the tests. */
    public OrgUnitService(EntityManager em) {
        this.em = em;
    }

    /** The unit, when it exists and lies within the viewer's scope; otherwise a typed refusal. */
    public OrgUnit getUnit(Viewer viewer, long id) {
        OrgUnit unit = em.find(OrgUnit.class, id);
        if (unit == null) {
            throw new NotFoundException("unit " + id);
        }
        boolean ownUnit = unit.getId() == viewer.unitId();
        if (!viewer.scope().covers(unit) || !(ownUnit || viewer.can(Permission.BROWSE_UNITS))) {
            throw new AccessDeniedException(viewer.username() + " may not see unit " + id);
        }
        return unit;
    }

    /** The top of what the viewer may browse: the root(s) of the tree for the administrator, else their own unit. */
    public List<UnitNode> roots(Viewer viewer) {
        viewer.require(Permission.BROWSE_UNITS);
        List<OrgUnit> roots = viewer.scope().isEverything()
                ? em.createQuery("SELECT u FROM OrgUnit u JOIN FETCH u.level WHERE u.parent IS NULL ORDER BY u.name",
                        OrgUnit.class).getResultList()
                : List.of(getUnit(viewer, viewer.unitId()));
        return toNodes(roots);
    }

    /**
     * The active units directly below a unit within scope, superior levels first, then by name. Ended units are
     * found in the tree as of a day before they ended, and in the unit list.
     */
    public List<UnitNode> children(Viewer viewer, long parentId) {
        viewer.require(Permission.BROWSE_UNITS);
        getUnit(viewer, parentId);
        return toNodes(em.createNamedQuery("OrgUnit.children", OrgUnit.class)
                .setParameter("parentId", parentId).getResultList());
    }

    private List<UnitNode> toNodes(List<OrgUnit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> childCounts = em.createNamedQuery("OrgUnit.countChildren", Object[].class)
                .setParameter("ids", units.stream().map(OrgUnit::getId).toList())
                .getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return units.stream()
                .map(u -> new UnitNode(u.getId(), u.getName(), u.getLevel().getCode(), u.isGrassroots(), u.isActive(),
                        childCounts.getOrDefault(u.getId(), 0L).intValue()))
                .toList();
    }

    /**
     * Counts of the unit's subtree: units per level, members and women members. Those of a branch with many members
     * may be up to {@link ScopeStatisticsCache#TTL} old.
     */
    public ScopeStatistics statistics(Viewer viewer, long unitId) {
        OrgUnit unit = getUnit(viewer, unitId);
        return statisticsCache == null ? countStatistics(unit)
                : statisticsCache.get(unit.getId(), () -> countStatistics(unit));
    }

    private ScopeStatistics countStatistics(OrgUnit unit) {
        String prefix = unit.getPath() + "%";
        Map<String, Long> byLevel = new HashMap<>();
        em.createNamedQuery("OrgUnit.countByLevelInPath", Object[].class).setParameter("prefix", prefix)
                .getResultList().forEach(row -> byLevel.put((String) row[0], (Long) row[1]));
        long members = 0;
        long women = 0;
        for (Object[] row : em.createNamedQuery("Member.countInPath", Object[].class)
                .setParameter("prefix", prefix).setParameter("status", MemberStatus.ACTIVE).getResultList()) {
            members += (Long) row[1];
            if (row[0] == Gender.FEMALE) {
                women += (Long) row[1];
            }
        }
        return new ScopeStatistics(byLevel, members, women);
    }

    /** A page of the units in the viewer's scope, filtered by folded name and level. */
    public List<OrgUnit> findUnits(Viewer viewer, PageQuery query) {
        viewer.require(Permission.BROWSE_UNITS);
        String sort = query.sortFieldOr("name", SORTABLE);
        String order = sort.equals("name") ? "u.searchName" : "u." + sort;
        JpqlFilter filter = unitFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT u FROM OrgUnit u JOIN FETCH u.level LEFT JOIN FETCH u.parent"
                        + filter.where() + " ORDER BY " + order + (query.ascending() ? " ASC" : " DESC") + ", u.id",
                        OrgUnit.class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    public int countUnits(Viewer viewer, PageQuery query) {
        viewer.require(Permission.BROWSE_UNITS);
        JpqlFilter filter = unitFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT COUNT(u) FROM OrgUnit u" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    private static JpqlFilter unitFilter(Viewer viewer, PageQuery query) {
        return new JpqlFilter()
                .require("u.path LIKE :scope", "scope", viewer.scope().likePattern())
                .contains("u.searchName", "name", query.text("search"))
                .optional("u.level.code = :level", "level", query.text("level"))
                .optional("u.active = :active", "active", query.value("active", Boolean.class))
                .optional("u.level.grassroots = :grassroots", "grassroots", query.value("grassroots", Boolean.class));
    }

    /** Active units in scope whose name or code matches, for pickers; at most {@code max}. */
    public List<OrgUnit> searchUnits(Viewer viewer, String text, int max) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("active", Boolean.TRUE);
        if (text != null) {
            filters.put("search", text);
        }
        return findUnits(viewer, new PageQuery(0, max, "name", true, filters));
    }

    public List<UnitLevel> levels() {
        return em.createNamedQuery("UnitLevel.all", UnitLevel.class).getResultList();
    }

    public UnitLevel getLevel(String code) {
        UnitLevel level = em.find(UnitLevel.class, code);
        if (level == null) {
            throw new NotFoundException("unit level " + code);
        }
        return level;
    }

    /** Creates a unit under a parent within the administrator's scope; the code must be unused. */
    public OrgUnit create(Viewer viewer, OrgUnit draft, Long parentId) {
        viewer.require(Permission.MANAGE_UNITS);
        OrgUnit parent = parentId == null ? null : getUnit(viewer, parentId);
        if (parent == null && !viewer.scope().isEverything()) {
            throw new AccessDeniedException(viewer.username() + " may not create a root unit");
        }
        if (parent != null && !parent.isActive()) {
            throw BusinessException.onField("parent", "unit.parent.ended", parent.getName());
        }
        ensureCodeFree(draft.getCode(), null);
        em.persist(draft);
        draft.placeUnder(parent);
        em.persist(new UnitLink(draft, parent, draft.getValidFrom(), null));
        return draft;
    }

    /** Saves the edited name, short name, code, level and start date of a unit within scope. */
    public OrgUnit update(Viewer viewer, long id, OrgUnit edited) {
        viewer.require(Permission.MANAGE_UNITS);
        OrgUnit unit = getUnit(viewer, id);
        ensureCodeFree(edited.getCode(), id);
        unit.setCode(edited.getCode());
        unit.setName(edited.getName());
        unit.setShortName(edited.getShortName());
        unit.setLevel(getLevel(edited.getLevel().getCode()));
        if (!unit.getValidFrom().equals(edited.getValidFrom())) {
            correctStart(unit, edited.getValidFrom());
        }
        return unit;
    }

    /**
     * Ends a unit today. Refused while it still has active units or members: they must be ended or moved first
     * (a dissolution on the restructuring page does both), so nothing active is left under an ended unit.
     */
    public OrgUnit deactivate(Viewer viewer, long id) {
        viewer.require(Permission.MANAGE_UNITS);
        OrgUnit unit = getUnit(viewer, id);
        long activeChildren = em.createQuery(
                        "SELECT COUNT(u) FROM OrgUnit u WHERE u.parent.id = :id AND u.active = TRUE", Long.class)
                .setParameter("id", id).getSingleResult();
        if (activeChildren > 0) {
            throw new BusinessException("unit.deactivate.hasChildren", activeChildren);
        }
        long activeMembers = em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.unit.id = :id AND m.status <> :ended",
                Long.class).setParameter("id", id).setParameter("ended", MemberStatus.ENDED).getSingleResult();
        if (activeMembers > 0) {
            // members must end or move on a recorded date: that is a dissolution, not a plain end
            throw new BusinessException("unit.deactivate.hasMembers", activeMembers);
        }
        LocalDate today = Formats.today();
        unit.deactivate(today);
        openLinks(id).forEach(link -> link.close(today));
        return unit;
    }

    public OrgUnit reactivate(Viewer viewer, long id) {
        viewer.require(Permission.MANAGE_UNITS);
        OrgUnit unit = getUnit(viewer, id);
        if (unit.getParent() != null && !unit.getParent().isActive()) {
            throw new BusinessException("unit.reactivate.parentInactive");
        }
        unit.reactivate();
        em.persist(new UnitLink(unit, unit.getParent(), Formats.today(), null));
        return unit;
    }

    /**
     * A corrected start date moves the start of the unit's first period under its superior too, as long as it
     * stays before the unit's first change of superior.
     */
    private void correctStart(OrgUnit unit, LocalDate start) {
        List<UnitLink> links = em.createNamedQuery("UnitLink.ofUnit", UnitLink.class)
                .setParameter("unitId", unit.getId()).getResultList();
        if (links.size() > 1 && !start.isBefore(links.get(1).getValidFrom())) {
            throw BusinessException.onField("validFrom", "unit.validFrom.afterChange",
                    Formats.day(links.get(1).getValidFrom()));
        }
        unit.setValidFrom(start);
        if (!links.isEmpty()) {
            links.get(0).startOn(start);
        }
    }

    private List<UnitLink> openLinks(long unitId) {
        return em.createNamedQuery("UnitLink.open", UnitLink.class).setParameter("unitId", unitId).getResultList();
    }

    private void ensureCodeFree(String code, Long exceptId) {
        List<OrgUnit> same = em.createNamedQuery("OrgUnit.byCode", OrgUnit.class).setParameter("code", code)
                .getResultList();
        if (same.stream().anyMatch(u -> !u.getId().equals(exceptId))) {
            throw BusinessException.onField("code", "unit.code.taken", code);
        }
    }
}
