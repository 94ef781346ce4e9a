package vn.congdoan.intranet.membership;

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
import java.time.LocalDate;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * A member's time in one union, from {@code validFrom} (included) to {@code validTo} (excluded, null while it
 * lasts), with why it began and why it ended. A member's history is their periods in order.
 */
@Entity
@Table(name = "membership_period")
@NamedQueries({
    @NamedQuery(name = "MembershipPeriod.ofMember", query = "SELECT p FROM MembershipPeriod p JOIN FETCH p.unit"
            + " WHERE p.member.id = :memberId ORDER BY p.validFrom, p.id"),
    @NamedQuery(name = "MembershipPeriod.open", query = "SELECT p FROM MembershipPeriod p"
            + " WHERE p.member.id = :memberId AND p.validTo IS NULL"),
    @NamedQuery(name = "MembershipPeriod.countInUnitAsOf", query = "SELECT COUNT(p) FROM MembershipPeriod p"
            + " WHERE p.unit.id = :unitId AND p.validFrom <= :day AND (p.validTo IS NULL OR p.validTo > :day)")
})
public class MembershipPeriod extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_kind", nullable = false, length = 20)
    private MovementKind startKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind", length = 20)
    private MovementKind endKind;

    @Column(name = "restructuring_id")
    private Long restructuringId;

    protected MembershipPeriod() {
    }

    MembershipPeriod(Member member, OrgUnit unit, LocalDate validFrom, MovementKind startKind, Long restructuringId) {
        this.member = member;
        this.unit = unit;
        this.validFrom = validFrom;
        this.startKind = startKind;
        this.restructuringId = restructuringId;
    }

    void close(LocalDate on, MovementKind kind) {
        this.validTo = on;
        this.endKind = kind;
    }

    public Member getMember() {
        return member;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public MovementKind getStartKind() {
        return startKind;
    }

    public MovementKind getEndKind() {
        return endKind;
    }

    public Long getRestructuringId() {
        return restructuringId;
    }
}
