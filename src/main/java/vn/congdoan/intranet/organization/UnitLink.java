package vn.congdoan.intranet.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * Which unit was a unit's superior from {@code validFrom} (included) to {@code validTo} (excluded, null while it
 * lasts). The tree "as of" a day is the set of links covering that day; {@link OrgUnit#getParent()} is the open link.
 */
@Entity
@Table(name = "unit_link")
@NamedQueries({
    @NamedQuery(name = "UnitLink.childrenAsOf", query = "SELECT l.unit FROM UnitLink l"
            + " WHERE l.parent.id = :parentId AND l.validFrom <= :day AND (l.validTo IS NULL OR l.validTo > :day)"
            + " ORDER BY l.unit.level.sortOrder, l.unit.name"),
    @NamedQuery(name = "UnitLink.rootsAsOf", query = "SELECT l.unit FROM UnitLink l"
            + " WHERE l.parent IS NULL AND l.validFrom <= :day AND (l.validTo IS NULL OR l.validTo > :day)"
            + " ORDER BY l.unit.name"),
    @NamedQuery(name = "UnitLink.countChildrenAsOf", query = "SELECT l.parent.id, COUNT(l) FROM UnitLink l"
            + " WHERE l.parent.id IN :ids AND l.validFrom <= :day AND (l.validTo IS NULL OR l.validTo > :day)"
            + " GROUP BY l.parent.id"),
    @NamedQuery(name = "UnitLink.ofUnit", query = "SELECT l FROM UnitLink l LEFT JOIN FETCH l.parent"
            + " WHERE l.unit.id = :unitId ORDER BY l.validFrom, l.id"),
    @NamedQuery(name = "UnitLink.open", query = "SELECT l FROM UnitLink l WHERE l.unit.id = :unitId"
            + " AND l.validTo IS NULL"),
    @NamedQuery(name = "UnitLink.parentAsOf", query = "SELECT l FROM UnitLink l LEFT JOIN FETCH l.parent"
            + " WHERE l.unit.id = :unitId AND l.validFrom <= :day AND (l.validTo IS NULL OR l.validTo > :day)")
})
public class UnitLink extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** The operation that created the link, when it came from a restructuring. */
    @Column(name = "restructuring_id")
    private Long restructuringId;

    protected UnitLink() {
    }

    public UnitLink(OrgUnit unit, OrgUnit parent, LocalDate validFrom, Long restructuringId) {
        this.unit = unit;
        this.parent = parent;
        this.validFrom = validFrom;
        this.restructuringId = restructuringId;
    }

    /** Closes the link on the given day (excluded). */
    public void close(LocalDate on) {
        this.validTo = on;
    }

    /** Corrects the start of the unit's first period when its start date is corrected. */
    void startOn(LocalDate day) {
        this.validFrom = day;
    }

    public boolean covers(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Long getRestructuringId() {
        return restructuringId;
    }
}
