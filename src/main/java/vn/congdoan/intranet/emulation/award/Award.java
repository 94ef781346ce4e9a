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
import java.time.LocalDate;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * One award from nomination to decision: the nomination waits at the current unit and climbs one superior at a time
 * until the issuing unit decides it with a decision number, date and signer.
 */
@Entity
@Table(name = "award")
public class Award extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int CITATION_MAX = 4000;
    public static final int DECISION_NO_MAX = 60;
    public static final int SIGNER_MAX = 120;
    public static final int REASON_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_type_id")
    private AwardType type;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_unit_id")
    private OrgUnit recipientUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_member_id")
    private Member recipientMember;

    @Column(name = "recipient_name", nullable = false, length = 255)
    private String recipientName;

    @Column(name = "search_name", nullable = false, length = 255)
    private String searchName;

    @Column(name = "recipient_path", nullable = false, length = 500)
    private String recipientPath;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nominating_unit_id")
    private OrgUnit nominatingUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_unit_id")
    private OrgUnit currentUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_unit_id")
    private OrgUnit issuerUnit;

    /**
     * The two units' ids as plain read-only columns, for the register's "concerns my unit" condition: a JPQL path
     * through the relations made EclipseLink compare the joined units' ids, which kept MariaDB from merging the award's
     * own indexes and made it read every award. Written only through the relations above.
     */
    @Column(name = "current_unit_id", insertable = false, updatable = false)
    private Long currentUnitId;

    @Column(name = "issuer_unit_id", insertable = false, updatable = false)
    private Long issuerUnitId;

    @Column(nullable = false, length = 4000)
    private String citation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AwardStatus status;

    @Column(name = "decision_no", length = 60)
    private String decisionNo;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(length = 120)
    private String signer;

    @Column(name = "revoke_reason", length = 1000)
    private String revokeReason;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Award() {
    }

    /**
     * A new nomination waiting at {@code waitingAt} (the nominating unit's superior). Exactly one of recipientUnit and
     * recipientMember is given; the path is the recipient's (or the member's union's) path at the time, so the award
     * keeps counting under the branch it belonged to then.
     */
    public Award(AwardType type, int schoolYear, OrgUnit recipientUnit, Member recipientMember, String recipientName,
                 String recipientPath, OrgUnit nominatingUnit, OrgUnit issuerUnit, OrgUnit waitingAt, String citation,
                 String createdBy, Instant now) {
        if ((recipientUnit == null) == (recipientMember == null)) {
            throw new IllegalArgumentException("an award goes to one unit or one member");
        }
        this.type = type;
        this.schoolYear = schoolYear;
        this.recipientUnit = recipientUnit;
        this.recipientMember = recipientMember;
        this.recipientName = recipientName;
        this.searchName = TextNormalizer.fold(recipientName);
        this.recipientPath = recipientPath;
        this.nominatingUnit = nominatingUnit;
        this.issuerUnit = issuerUnit;
        this.currentUnit = waitingAt;
        this.citation = citation;
        this.status = AwardStatus.PENDING;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** True while the nomination waits at this unit for its endorsement, rejection or decision. */
    public boolean isWaitingAt(long unitId) {
        return status == AwardStatus.PENDING && currentUnit != null && currentUnit.getId() == unitId;
    }

    /** True when the unit it waits at is the one that issues it: the next step is the decision, not a forward. */
    public boolean isAtIssuer() {
        return status == AwardStatus.PENDING && currentUnit != null && issuerUnit != null
                && currentUnit.getId().equals(issuerUnit.getId());
    }

    /** The school year as people write it: 2025 → "2025–2026". */
    public String getSchoolYearLabel() {
        return schoolYear + "–" + (schoolYear + 1);
    }

    public boolean isIndividual() {
        return recipientMember != null;
    }

    /** The level below the issuer agrees and passes it to its own superior. */
    public void endorse(OrgUnit by, OrgUnit next) {
        requireWaitingAt(by);
        if (isAtIssuer()) {
            throw new BusinessException("award.endorse.atIssuer");
        }
        if (next == null) {
            throw new IllegalStateException("no superior above " + by.getId());
        }
        this.currentUnit = next;
    }

    /** A level (the issuer included) turns it down; the reason goes on the event. */
    public void reject(OrgUnit by, Instant now) {
        requireWaitingAt(by);
        this.status = AwardStatus.REJECTED;
        this.currentUnit = null;
        this.decidedAt = now;
    }

    /** The issuer decides (or, for a national award, the province records the outside decision). */
    public void decide(OrgUnit by, String decisionNo, LocalDate decisionDate, String signer, Instant now) {
        requireWaitingAt(by);
        if (!isAtIssuer()) {
            throw new BusinessException("award.decide.notIssuer");
        }
        grant(decisionNo, decisionDate, signer, now);
    }

    /** A unit's own kind: decided by the nominating unit itself, with no climb. */
    public void grantAtOnce(String decisionNo, LocalDate decisionDate, String signer, Instant now) {
        if (status != AwardStatus.PENDING || currentUnit != null) {
            throw new BusinessException("award.notPending");
        }
        grant(decisionNo, decisionDate, signer, now);
    }

    /** Withdrawn by its issuer, e.g. for a false claim. */
    public void revoke(OrgUnit by, String reason) {
        if (status != AwardStatus.GRANTED) {
            throw new BusinessException("award.revoke.notGranted");
        }
        if (issuerUnit == null || !issuerUnit.getId().equals(by.getId())) {
            throw new BusinessException("award.revoke.notIssuer");
        }
        this.status = AwardStatus.REVOKED;
        this.revokeReason = reason;
    }

    private void grant(String decisionNo, LocalDate decisionDate, String signer, Instant now) {
        this.status = AwardStatus.GRANTED;
        this.decisionNo = decisionNo;
        this.decisionDate = decisionDate;
        this.signer = signer;
        this.currentUnit = null;
        this.decidedAt = now;
    }

    private void requireWaitingAt(OrgUnit by) {
        if (status != AwardStatus.PENDING) {
            throw new BusinessException("award.notPending");
        }
        if (by == null || !isWaitingAt(by.getId())) {
            throw new BusinessException("award.notWaitingHere");
        }
    }

    public AwardType getType() {
        return type;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public OrgUnit getRecipientUnit() {
        return recipientUnit;
    }

    public Member getRecipientMember() {
        return recipientMember;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getSearchName() {
        return searchName;
    }

    public String getRecipientPath() {
        return recipientPath;
    }

    public OrgUnit getNominatingUnit() {
        return nominatingUnit;
    }

    public OrgUnit getCurrentUnit() {
        return currentUnit;
    }

    public OrgUnit getIssuerUnit() {
        return issuerUnit;
    }

    public String getCitation() {
        return citation;
    }

    public AwardStatus getStatus() {
        return status;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getSigner() {
        return signer;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
