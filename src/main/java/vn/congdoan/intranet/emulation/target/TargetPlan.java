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
import vn.congdoan.intranet.shared.BusinessException;

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

    public static final int NAME_MAX = 300;
    /** A congress term lasts five school years. */
    public static final int TERM_YEARS_MAX = 5;

    protected TargetPlan() {
    }

    /** A plan of a unit for school years {@code firstYear..lastYear}; a YEAR plan covers exactly one. */
    public TargetPlan(OrgUnit unit, PlanKind planKind, String name, int firstYear, int lastYear, String createdBy,
                      Instant createdAt) {
        if (planKind == null) {
            throw BusinessException.onField("planKind", "target.plan.kindRequired");
        }
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw BusinessException.onField("planName", "target.plan.nameRequired", NAME_MAX);
        }
        if (lastYear < firstYear || planKind == PlanKind.YEAR && lastYear != firstYear
                || lastYear - firstYear >= TERM_YEARS_MAX) {
            throw BusinessException.onField("lastYear", "target.plan.yearsInvalid", TERM_YEARS_MAX);
        }
        this.unit = unit;
        this.planKind = planKind;
        this.name = name.strip();
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean covers(int schoolYear) {
        return schoolYear >= firstYear && schoolYear <= lastYear;
    }

    /** The years as people write a term: "2023–2028" for school years 2023–2024 to 2027–2028. */
    public String getYearsLabel() {
        return firstYear + "–" + (lastYear + 1);
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
