package vn.congdoan.intranet.emulation.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * One criterion of a movement with its maximum points.
 */
@Entity
@Table(name = "movement_criterion")
public class MovementCriterion extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "movement_id")
    private Movement movement;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    public static final int NAME_MAX = 500;
    /** A sanity ceiling for one criterion's points, so a typing slip (1000 for 10) is caught at the field. */
    public static final int POINTS_MAX = 1000;

    protected MovementCriterion() {
    }

    public MovementCriterion(Movement movement, int sortOrder, String name, int maxPoints) {
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("max points " + maxPoints);
        }
        this.movement = movement;
        this.sortOrder = sortOrder;
        this.name = name;
        this.maxPoints = maxPoints;
    }

    public Movement getMovement() {
        return movement;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getName() {
        return name;
    }

    public int getMaxPoints() {
        return maxPoints;
    }
}
