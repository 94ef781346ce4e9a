package vn.congdoan.intranet.emulation.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * One step of an award: who did what, when, from which unit, with which comment. Never changed.
 */
@Entity
@Table(name = "award_event")
public class AwardEvent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_id")
    private Award award;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AwardEventKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_unit_id")
    private OrgUnit actorUnit;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    public static final int COMMENT_MAX = 2000;

    protected AwardEvent() {
    }

    public AwardEvent(Award award, AwardEventKind kind, Instant occurredAt, String actor, String actorName,
                      OrgUnit actorUnit, String comment) {
        this.award = award;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.actorUnit = actorUnit;
        this.comment = comment;
    }

    public Award getAward() {
        return award;
    }

    public AwardEventKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public OrgUnit getActorUnit() {
        return actorUnit;
    }

    public String getComment() {
        return comment;
    }
}
