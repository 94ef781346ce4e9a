package vn.congdoan.intranet.welfare.limit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.welfare.WelfareKind;

/**
 * How much a unit of one level may approve on its own, in đồng, for one kind of case or (kind null) for any kind.
 * Configured by the federation; levels are data, so the limit names its level by code.
 */
@Entity
@Cacheable // Limits are read on every case decision and changed rarely, through JPA, by the provincial federation.
@Table(name = "welfare_limit")
public class WelfareLimit extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "unit_level_code", nullable = false, length = 40)
    private String unitLevelCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_kind", length = 30)
    private WelfareKind caseKind;

    @Column(name = "max_amount", nullable = false)
    private long maxAmount;

    protected WelfareLimit() {
    }

    public WelfareLimit(String unitLevelCode, WelfareKind caseKind, long maxAmount) {
        this.unitLevelCode = unitLevelCode;
        this.caseKind = caseKind;
        this.maxAmount = maxAmount;
    }

    public String getUnitLevelCode() {
        return unitLevelCode;
    }

    public WelfareKind getCaseKind() {
        return caseKind;
    }

    public long getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(long maxAmount) {
        this.maxAmount = maxAmount;
    }
}
