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
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.emulation.classification.TitleSubject;

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

    public static final int LABEL_MAX = 500;

    protected Target() {
    }

    /**
     * A target of a plan. The shape and metric must fit together: a yes/no title counts the plan unit's own title, a
     * percentage floor a share of units or members reaching a title, counts and ranges any countable metric.
     */
    public Target(TargetPlan plan, int sortOrder, String label, TargetShape shape, TargetMetric metric,
                  ClassificationTitle title, AwardType awardType, IssuerTier awardMinTier, BigDecimal lowValue,
                  BigDecimal highValue) {
        if (label == null || label.isBlank() || label.strip().length() > LABEL_MAX) {
            throw BusinessException.onField("label", "target.labelRequired", LABEL_MAX);
        }
        if (shape == null || metric == null) {
            throw BusinessException.onField("shape", "target.shapeRequired");
        }
        boolean fits = switch (shape) {
            case TITLE -> metric == TargetMetric.OWN_TITLE;
            case PERCENT_FLOOR -> metric == TargetMetric.UNITS_WITH_TITLE || metric == TargetMetric.MEMBERS_WITH_TITLE;
            case COUNT, RANGE -> metric != TargetMetric.OWN_TITLE;
        };
        if (!fits) {
            throw BusinessException.onField("metric", "target.metricDoesNotFit");
        }
        TitleSubject subject = switch (metric) {
            case OWN_TITLE, UNITS_WITH_TITLE -> TitleSubject.UNIT;
            case MEMBERS_WITH_TITLE -> TitleSubject.MEMBER;
            default -> null;
        };
        if (subject != null && (title == null || title.getSubject() != subject)) {
            throw BusinessException.onField("title", "target.titleRequired");
        }
        if (shape != TargetShape.TITLE) {
            if (lowValue == null || lowValue.signum() < 0
                    || shape == TargetShape.PERCENT_FLOOR && lowValue.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw BusinessException.onField("lowValue", "target.lowInvalid");
            }
            if (shape == TargetShape.RANGE && (highValue == null || highValue.compareTo(lowValue) < 0)) {
                throw BusinessException.onField("highValue", "target.highInvalid");
            }
        }
        this.plan = plan;
        this.sortOrder = sortOrder;
        this.label = label.strip();
        this.shape = shape;
        this.metric = metric;
        this.title = subject == null ? null : title;
        boolean awards = metric == TargetMetric.AWARDS_GRANTED;
        this.awardType = awards ? awardType : null;
        this.awardMinTier = awards && awardType == null ? awardMinTier : null;
        this.lowValue = shape == TargetShape.TITLE ? null : lowValue;
        this.highValue = shape == TargetShape.RANGE ? highValue : null;
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
