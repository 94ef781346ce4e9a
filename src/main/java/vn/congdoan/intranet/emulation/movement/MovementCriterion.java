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

    protected MovementCriterion() {
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
