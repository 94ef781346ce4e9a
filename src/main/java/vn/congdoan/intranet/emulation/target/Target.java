package vn.congdoan.intranet.emulation.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.congdoan.intranet.emulation.award.IssuerTier;
import vn.congdoan.intranet.emulation.award.AwardType;
import vn.congdoan.intranet.emulation.classification.ClassificationTitle;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * One target of a plan. Its actual value is computed from recorded facts (classifications, awards, approved
 * reports), never typed in.
 */
@Entity
@Table(name = "target")
public class Target extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private TargetPlan plan;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 500)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TargetShape shape;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TargetMetric metric;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "title_id")
    private ClassificationTitle title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "award_type_id")
    private AwardType awardType;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_min_tier", length = 20)
    private IssuerTier awardMinTier;

    @Column(name = "low_value", precision = 12, scale = 2)
    private BigDecimal lowValue;

    @Column(name = "high_value", precision = 12, scale = 2)
    private BigDecimal highValue;

    protected Target() {
    }

    public TargetPlan getPlan() {
        return plan;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public TargetShape getShape() {
        return shape;
    }

    public TargetMetric getMetric() {
        return metric;
    }

    public ClassificationTitle getTitle() {
        return title;
    }

    public AwardType getAwardType() {
        return awardType;
    }

    public IssuerTier getAwardMinTier() {
        return awardMinTier;
    }

    public BigDecimal getLowValue() {
        return lowValue;
    }

    public BigDecimal getHighValue() {
        return highValue;
    }
}
