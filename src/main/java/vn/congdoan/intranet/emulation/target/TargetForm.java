package vn.congdoan.intranet.emulation.target;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.congdoan.intranet.emulation.award.IssuerTier;

/** What the "add a target" dialog collects; the entity decides whether the combination makes sense. */
public class TargetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String label;
    private TargetShape shape = TargetShape.COUNT;
    private TargetMetric metric = TargetMetric.AWARDS_GRANTED;
    private Long titleId;
    private Long awardTypeId;
    private IssuerTier awardMinTier;
    private BigDecimal lowValue;
    private BigDecimal highValue;

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public TargetShape getShape() {
        return shape;
    }

    public void setShape(TargetShape shape) {
        this.shape = shape;
    }

    public TargetMetric getMetric() {
        return metric;
    }

    public void setMetric(TargetMetric metric) {
        this.metric = metric;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public void setAwardTypeId(Long awardTypeId) {
        this.awardTypeId = awardTypeId;
    }

    public IssuerTier getAwardMinTier() {
        return awardMinTier;
    }

    public void setAwardMinTier(IssuerTier awardMinTier) {
        this.awardMinTier = awardMinTier;
    }

    public BigDecimal getLowValue() {
        return lowValue;
    }

    public void setLowValue(BigDecimal lowValue) {
        this.lowValue = lowValue;
    }

    public BigDecimal getHighValue() {
        return highValue;
    }

    public void setHighValue(BigDecimal highValue) {
        this.highValue = highValue;
    }
}
