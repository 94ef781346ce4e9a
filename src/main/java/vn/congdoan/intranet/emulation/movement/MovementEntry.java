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
import vn.congdoan.intranet.shared.TextNormalizer;

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

    /** subject_name folded for the search (V13). */
    @Column(name = "search_name", nullable = false, length = 255)
    private String searchName;

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

    private MovementEntry(Movement movement, OrgUnit unit, Member member, String subjectKey, String subjectName,
                          String registeredBy, Instant registeredAt) {
        this.movement = movement;
        this.unit = unit;
        this.member = member;
        this.subjectKey = subjectKey;
        this.subjectName = subjectName;
        this.searchName = TextNormalizer.fold(subjectName);
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.status = EntryStatus.REGISTERED;
    }

    /** The grassroots union itself takes part. */
    public static MovementEntry ofUnit(Movement movement, OrgUnit unit, String by, Instant at) {
        return new MovementEntry(movement, unit, null, unitKey(unit.getId()), unit.getName(), by, at);
    }

    /** A member takes part; the registration belongs to the member's union. */
    public static MovementEntry ofMember(Movement movement, Member member, String by, Instant at) {
        return new MovementEntry(movement, member.getUnit(), member, memberKey(member.getId()), member.getFullName(),
                by, at);
    }

    /** The value of subject_key: one registration per subject and movement, also on MySQL (see V10). */
    public static String unitKey(long unitId) {
        return "U" + unitId;
    }

    public static String memberKey(long memberId) {
        return "M" + memberId;
    }

    /** The self-score may be filled and changed until it is submitted. */
    public boolean isSelfScoring() {
        return status == EntryStatus.REGISTERED;
    }

    /** The launcher scores once the self-score is in, and may correct its score until the movement closes. */
    public boolean isScorable() {
        return status == EntryStatus.SELF_SCORED || status == EntryStatus.SCORED;
    }

    /** Hands the self-score (the sum of the criteria's self points) to the launcher. */
    public void submitSelfScore(int points, Instant at) {
        if (!isSelfScoring()) {
            throw new IllegalStateException("entry " + getId() + " is " + status);
        }
        this.selfPoints = points;
        this.selfScoredAt = at;
        this.status = EntryStatus.SELF_SCORED;
    }

    /** The launcher's final points and the result they give against the movement's thresholds. */
    public void score(int points, MovementResult outcome, String by, OrgUnit byUnit, Instant at) {
        if (!isScorable()) {
            throw new IllegalStateException("entry " + getId() + " is " + status);
        }
        this.finalPoints = points;
        this.result = outcome;
        this.scoredBy = by;
        this.scoredByUnit = byUnit;
        this.scoredAt = at;
        this.status = EntryStatus.SCORED;
    }

    public boolean isMemberEntry() {
        return member != null;
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

    public String getSearchName() {
        return searchName;
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
