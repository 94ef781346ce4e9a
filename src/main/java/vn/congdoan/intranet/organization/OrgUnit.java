package vn.congdoan.intranet.organization;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * A union unit in the tree. Its materialised {@code path} ("/1/7/42/") lists the ids from the root down to itself,
 * so "this unit and everything below it", the scope of every officer, is one indexed prefix match.
 *
 * <p>In the shared cache: every page reads the viewer's unit and its ancestors by id, and units change only through
 * this application (administration and restructuring, both through JPA, so the cache follows; between cluster nodes
 * through cache coordination, see {@code SessionSetup}).
 */
@Entity
@Cacheable
@Table(name = "org_unit")
@NamedQueries({
    @NamedQuery(name = "OrgUnit.children",
            query = "SELECT u FROM OrgUnit u JOIN FETCH u.level WHERE u.parent.id = :parentId AND u.active = TRUE"
                    + " ORDER BY u.level.sortOrder, u.name"),
    @NamedQuery(name = "OrgUnit.countChildren", query = "SELECT u.parent.id, COUNT(u) FROM OrgUnit u"
            + " WHERE u.parent.id IN :ids AND u.active = TRUE GROUP BY u.parent.id"),
    @NamedQuery(name = "OrgUnit.countByLevelInPath",
            query = "SELECT u.level.code, COUNT(u) FROM OrgUnit u WHERE u.path LIKE :prefix AND u.active = TRUE GROUP BY u.level.code"),
    @NamedQuery(name = "OrgUnit.byCode", query = "SELECT u FROM OrgUnit u WHERE u.code = :code"),
    @NamedQuery(name = "OrgUnit.count", query = "SELECT COUNT(u) FROM OrgUnit u")
})
public class OrgUnit extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 255;
    public static final int SHORT_NAME_MAX = 120;
    public static final int CODE_MAX = 40;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{unit.code.pattern}")
    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false)
    private String name;

    @Size(max = SHORT_NAME_MAX)
    @Column(name = "short_name")
    private String shortName;

    @Column(name = "search_name", nullable = false)
    private String searchName;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "level_code", nullable = false)
    private UnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(nullable = false, length = 500)
    private String path;

    @Column(nullable = false)
    private int depth;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private boolean active = true;

    /** Who took over when this unit ended by merge or dissolution; null while active or when nobody did. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private OrgUnit successor;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, String shortName, UnitLevel level, LocalDate validFrom) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.level = level;
        this.validFrom = validFrom;
    }

    /** A new unit for a form, with today as its start. */
    public static OrgUnit draft(LocalDate today) {
        OrgUnit unit = new OrgUnit();
        unit.validFrom = today;
        return unit;
    }

    /**
     * Places the unit in the tree (or at its root when parent is null). Needs the unit's id, so it is called once the
     * unit has been persisted; a unit cannot be placed under itself or under one of its own descendants.
     */
    public void placeUnder(OrgUnit newParent) {
        if (getId() == null) {
            throw new IllegalStateException("persist the unit before placing it in the tree");
        }
        if (newParent != null && newParent.path != null && path != null && newParent.isWithin(this)) {
            throw new IllegalArgumentException("a unit cannot be placed under itself or its own descendants");
        }
        this.parent = newParent;
        this.path = (newParent == null ? "/" : newParent.path) + getId() + "/";
        this.depth = newParent == null ? 0 : newParent.depth + 1;
    }

    /**
     * Follows its branch to a new place: a unit below a moved unit keeps its own superior, but its path now starts
     * with the moved unit's new path and its depth changes by as much.
     */
    public void rebase(String oldBranchPath, String newBranchPath, int depthChange) {
        if (!path.startsWith(oldBranchPath)) {
            throw new IllegalArgumentException(path + " is not below " + oldBranchPath);
        }
        this.path = newBranchPath + path.substring(oldBranchPath.length());
        this.depth += depthChange;
    }

    /** True when this unit is the given unit or lies anywhere below it. */
    public boolean isWithin(OrgUnit ancestor) {
        return ancestor != null && ancestor.path != null && path != null && path.startsWith(ancestor.path);
    }

    /** Ends the unit on the given day; it stays in history and keeps its members' records. */
    public void deactivate(LocalDate on) {
        this.active = false;
        this.validTo = on;
    }

    /** Ends the unit on the given day with a successor that took over its members, accounts and work. */
    public void endInFavourOf(LocalDate on, OrgUnit taker) {
        deactivate(on);
        this.successor = taker;
    }

    public void reactivate() {
        this.active = true;
        this.validTo = null;
        this.successor = null;
    }

    public OrgUnit getSuccessor() {
        return successor;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchName() {
        this.searchName = TextNormalizer.fold(name + " " + (shortName == null ? "" : shortName) + " " + code);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = TextNormalizer.isBlank(shortName) ? null : shortName.trim();
    }

    /** The short name when there is one, for menus and tight table cells. */
    public String getDisplayName() {
        return shortName != null ? shortName : name;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public void setLevel(UnitLevel level) {
        this.level = level;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isGrassroots() {
        return level != null && level.isGrassroots();
    }
}
