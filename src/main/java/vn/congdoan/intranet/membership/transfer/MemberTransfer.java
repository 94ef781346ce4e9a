package vn.congdoan.intranet.membership.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.shared.BusinessException;

/**
 * A member's transfer from one grassroots union to another. It is pending until the receiving union accepts or
 * refuses it, or the sending union cancels it; only a pending transfer can change, and only once.
 */
@Entity
@Table(name = "member_transfer")
@NamedQueries({
    @NamedQuery(name = "MemberTransfer.pendingOfMember", query = "SELECT t FROM MemberTransfer t"
            + " WHERE t.member.id = :memberId AND t.status = :status")
})
public class MemberTransfer extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 500;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_unit_id", nullable = false)
    private OrgUnit fromUnit;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_unit_id", nullable = false)
    private OrgUnit toUnit;

    @NotNull
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String note;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TransferStatus status = TransferStatus.PENDING;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Size(max = TEXT_MAX)
    @Column(name = "refuse_reason", length = TEXT_MAX)
    private String refuseReason;

    @Column(name = "issued_by", nullable = false, length = 60)
    private String issuedBy;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    protected MemberTransfer() {
    }

    MemberTransfer(Member member, OrgUnit toUnit, LocalDate issuedOn, String note, String issuedBy) {
        this.member = member;
        this.fromUnit = member.getUnit();
        this.toUnit = toUnit;
        this.issuedOn = issuedOn;
        this.note = note;
        this.issuedBy = issuedBy;
    }

    void accept(LocalDate on, String by) {
        decide(TransferStatus.ACCEPTED, on, by);
    }

    void refuse(LocalDate on, String reason, String by) {
        decide(TransferStatus.REFUSED, on, by);
        this.refuseReason = reason;
    }

    void cancel(LocalDate on, String by) {
        decide(TransferStatus.CANCELLED, on, by);
    }

    /** A restructuring merged one of its unions into another: the transfer now runs between the successors. */
    void handOver(OrgUnit from, OrgUnit to) {
        if (fromUnit.equals(from)) {
            fromUnit = to;
        }
        if (toUnit.equals(from)) {
            toUnit = to;
        }
    }

    private void decide(TransferStatus outcome, LocalDate on, String by) {
        if (status != TransferStatus.PENDING) {
            throw new BusinessException("transfer.notPending");
        }
        this.status = outcome;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    public boolean isPending() {
        return status == TransferStatus.PENDING;
    }

    public Member getMember() {
        return member;
    }

    public OrgUnit getFromUnit() {
        return fromUnit;
    }

    public OrgUnit getToUnit() {
        return toUnit;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getNote() {
        return note;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getRefuseReason() {
        return refuseReason;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
