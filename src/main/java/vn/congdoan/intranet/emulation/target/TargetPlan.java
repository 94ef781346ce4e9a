package vn.congdoan.intranet.emulation.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * The targets a unit set for a congress term or a year; first and last year are school years, both included.
 */
@Entity
@Table(name = "target_plan")
public class TargetPlan extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_kind", nullable = false, length = 10)
    private PlanKind planKind;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    @Column(name = "last_year", nullable = false)
    private int lastYear;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TargetPlan() {
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public PlanKind getPlanKind() {
        return planKind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getLastYear() {
        return lastYear;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
