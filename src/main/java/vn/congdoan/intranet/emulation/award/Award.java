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

/**
 * One award from nomination to decision: the nomination waits at the current unit and climbs one superior at a time
 * until the issuing unit decides it with a decision number, date and signer.
 */
@Entity
@Table(name = "award")
public class Award extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int CITATION_MAX = 4000;

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
