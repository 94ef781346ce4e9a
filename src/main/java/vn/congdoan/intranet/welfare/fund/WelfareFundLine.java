package vn.congdoan.intranet.welfare.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.welfare.WelfareCase;

/** Money into or out of a fund, always a positive number of đồng; its kind says the direction. Never changed. */
@Entity
@Table(name = "welfare_fund_line")
public class WelfareFundLine extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int DESCRIPTION_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id")
    private WelfareFund fund;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FundLineKind kind;

    @Column(name = "line_date", nullable = false)
    private LocalDate lineDate;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    /** The paid case of an expense line. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private WelfareCase welfareCase;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WelfareFundLine() {
    }

    public WelfareFundLine(WelfareFund fund, FundLineKind kind, LocalDate lineDate, long amount, String description,
                           WelfareCase welfareCase, String createdBy, Instant createdAt) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a fund line is a positive amount: " + amount);
        }
        this.fund = fund;
        this.kind = kind;
        this.lineDate = lineDate;
        this.amount = amount;
        this.description = description;
        this.welfareCase = welfareCase;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public WelfareFund getFund() {
        return fund;
    }

    public FundLineKind getKind() {
        return kind;
    }

    public LocalDate getLineDate() {
        return lineDate;
    }

    public long getAmount() {
        return amount;
    }

    /** The amount with its direction: positive for income, negative for an expense. */
    public long getSignedAmount() {
        return kind.isIncome() ? amount : -amount;
    }

    public String getDescription() {
        return description;
    }

    public WelfareCase getWelfareCase() {
        return welfareCase;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
