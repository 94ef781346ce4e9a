package vn.congdoan.intranet.emulation.classification;

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
 * A grassroots union's classification of one school year: proposed by the union with its self-assessed points,
 * decided by a unit above it.
 */
@Entity
@Table(name = "unit_classification")
public class UnitClassification extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposed_title_id")
    private ClassificationTitle proposedTitle;

    @Column(name = "self_points")
    private Integer selfPoints;

    @Column(name = "proposal_note", length = 2000)
    private String proposalNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClassificationStatus status;

    @Column(name = "proposed_by", nullable = false, length = 60)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_title_id")
    private ClassificationTitle decidedTitle;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_unit_id")
    private OrgUnit decidedByUnit;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected UnitClassification() {
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ClassificationTitle getProposedTitle() {
        return proposedTitle;
    }

    public Integer getSelfPoints() {
        return selfPoints;
    }

    public String getProposalNote() {
        return proposalNote;
    }

    public ClassificationStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public ClassificationTitle getDecidedTitle() {
        return decidedTitle;
    }

    public String getDecisionNote() {
        return decisionNote;
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
}
