package vn.congdoan.intranet.welfare.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * A unit's welfare fund for one year. It stores no total: the balance is the opening balance plus its lines, summed
 * by {@link FundService}, so it can never drift from the lines. Payments lock this row while they check the balance.
 */
@Entity
@Table(name = "welfare_fund")
public class WelfareFund extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(name = "fund_year", nullable = false)
    private int fundYear;

    @Column(name = "opening_balance", nullable = false)
    private long openingBalance;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WelfareFund() {
    }

    public WelfareFund(OrgUnit unit, int fundYear, long openingBalance, String createdBy, Instant createdAt) {
        this.unit = unit;
        this.fundYear = fundYear;
        this.openingBalance = openingBalance;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public int getFundYear() {
        return fundYear;
    }

    public long getOpeningBalance() {
        return openingBalance;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
