package vn.congdoan.intranet.emulation.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * A registration of a unit or a member (then unit is the member's union) for a movement, with the self-score and
 * the superior's final score and result.
 */
@Entity
@Table(name = "movement_entry")
public class MovementEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "movement_id")
    private Movement movement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "subject_key", nullable = false, length = 30)
    private String subjectKey;

    @Column(name = "subject_name", nullable = false, length = 255)
    private String subjectName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryStatus status;

    @Column(name = "registered_by", nullable = false, length = 60)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "self_points")
    private Integer selfPoints;

    @Column(name = "self_scored_at")
    private Instant selfScoredAt;

    @Column(name = "final_points")
    private Integer finalPoints;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private MovementResult result;

    @Column(name = "scored_by", length = 60)
    private String scoredBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scored_by_unit_id")
    private OrgUnit scoredByUnit;

    @Column(name = "scored_at")
    private Instant scoredAt;

    protected MovementEntry() {
    }

    public Movement getMovement() {
        return movement;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public Member getMember() {
        return member;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Integer getSelfPoints() {
        return selfPoints;
    }

    public Instant getSelfScoredAt() {
        return selfScoredAt;
    }

    public Integer getFinalPoints() {
        return finalPoints;
    }

    public MovementResult getResult() {
        return result;
    }

    public String getScoredBy() {
        return scoredBy;
    }

    public OrgUnit getScoredByUnit() {
        return scoredByUnit;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
