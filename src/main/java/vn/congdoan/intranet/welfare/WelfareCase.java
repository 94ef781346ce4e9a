package vn.congdoan.intranet.welfare;

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
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.welfare.concern.MemberConcern;

/**
 * Support given to one member by their union: a visit, an allowance, a gift, housing support. Money is whole đồng.
 * The description may hold medical or family details: it is read only through {@link WelfareService}, which hides it
 * from everyone off the case's approval route.
 */
@Entity
@Table(name = "welfare_case")
public class WelfareCase extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int DESCRIPTION_MAX = 2000;
    public static final int GIFTS_MAX = 500;
    public static final int OVERDRAFT_REASON_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private WelfareKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false)
    private long amount;

    @Column(length = GIFTS_MAX)
    private String gifts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WelfareStatus status = WelfareStatus.DRAFT;

    /** Who must decide now (set on submission): the member's union itself or a unit above it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approver_unit_id")
    private OrgUnit approverUnit;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_unit_id")
    private OrgUnit decidedByUnit;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_by", length = 60)
    private String paidBy;

    @Column(name = "overdraft_reason", length = OVERDRAFT_REASON_MAX)
    private String overdraftReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "concern_id")
    private MemberConcern concern;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WelfareCase() {
    }

    public WelfareCase(OrgUnit unit, Member member, String createdBy, Instant createdAt) {
        this.unit = unit;
        this.member = member;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Changes what the draft says; only a draft changes. */
    public void fill(WelfareKind newKind, LocalDate newOccurredOn, String newDescription, long newAmount,
                     String newGifts) {
        requireStatus(WelfareStatus.DRAFT);
        this.kind = newKind;
        this.occurredOn = newOccurredOn;
        this.description = newDescription;
        this.amount = newAmount;
        this.gifts = newGifts;
    }

    public void submit(OrgUnit approver, Instant at) {
        requireStatus(WelfareStatus.DRAFT);
        this.approverUnit = approver;
        this.submittedAt = at;
        this.status = WelfareStatus.SUBMITTED;
    }

    public void approve(String by, OrgUnit byUnit, Instant at) {
        decide(WelfareStatus.APPROVED, by, byUnit, at);
    }

    public void reject(String by, OrgUnit byUnit, Instant at) {
        decide(WelfareStatus.REJECTED, by, byUnit, at);
    }

    private void decide(WelfareStatus outcome, String by, OrgUnit byUnit, Instant at) {
        requireStatus(WelfareStatus.SUBMITTED);
        this.status = outcome;
        this.decidedBy = by;
        this.decidedByUnit = byUnit;
        this.decidedAt = at;
    }

    public void pay(String by, Instant at, String reasonForOverdraft) {
        requireStatus(WelfareStatus.APPROVED);
        this.status = WelfareStatus.PAID;
        this.paidBy = by;
        this.paidAt = at;
        this.overdraftReason = reasonForOverdraft;
    }

    /** Records the member's concern this case was opened from (the concern calls it as it turns into this case). */
    public void linkConcern(MemberConcern from) {
        this.concern = from;
    }

    private void requireStatus(WelfareStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("case " + getId() + " is " + status + ", not " + expected);
        }
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public Member getMember() {
        return member;
    }

    public WelfareKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    /** The private details; pages read them through the service's view, never from here. */
    String getDescription() {
        return description;
    }

    public long getAmount() {
        return amount;
    }

    public String getGifts() {
        return gifts;
    }

    public WelfareStatus getStatus() {
        return status;
    }

    public OrgUnit getApproverUnit() {
        return approverUnit;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OrgUnit getDecidedByUnit() {
        return decidedByUnit;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public String getPaidBy() {
        return paidBy;
    }

    public String getOverdraftReason() {
        return overdraftReason;
    }

    public MemberConcern getConcern() {
        return concern;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
