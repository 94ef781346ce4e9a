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
import vn.congdoan.intranet.shared.BusinessException;

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

    public static final int NOTE_MAX = 2000;

    protected UnitClassification() {
    }

    /** The union's proposal of its own title for a school year. */
    public UnitClassification(int schoolYear, OrgUnit unit, ClassificationTitle title, Integer selfPoints, String note,
                              String by, Instant at) {
        this.schoolYear = schoolYear;
        this.unit = unit;
        this.status = ClassificationStatus.PROPOSED;
        propose(title, selfPoints, note, by, at);
    }

    /** Changes the proposal while the superior has not decided; after the decision the year is closed. */
    public void repropose(ClassificationTitle title, Integer selfPoints, String note, String by, Instant at) {
        if (status == ClassificationStatus.DECIDED) {
            throw new BusinessException("classification.alreadyDecided");
        }
        propose(title, selfPoints, note, by, at);
    }

    private void propose(ClassificationTitle title, Integer points, String note, String by, Instant at) {
        if (title == null || title.getSubject() != TitleSubject.UNIT || !title.isActive()) {
            throw BusinessException.onField("title", "classification.titleRequired");
        }
        if (points != null && (points < 0 || points > ClassificationTitle.MAX_POINTS)) {
            throw BusinessException.onField("points", "classification.pointsRange", ClassificationTitle.MAX_POINTS);
        }
        if (!title.admits(points)) {
            throw BusinessException.onField("points", "classification.belowCutOff", title.getNameVi(),
                    title.getMinPoints());
        }
        this.proposedTitle = title;
        this.selfPoints = points;
        this.proposalNote = note == null || note.isBlank() ? null : note.strip();
        this.proposedBy = by;
        this.proposedAt = at;
    }

    /** The superior recognises a title (the proposed one or another) once; targets count it from then on. */
    public void decide(ClassificationTitle title, String note, String by, OrgUnit byUnit, Instant at) {
        if (status == ClassificationStatus.DECIDED) {
            throw new BusinessException("classification.alreadyDecided");
        }
        if (title == null || title.getSubject() != TitleSubject.UNIT) {
            throw BusinessException.onField("decidedTitle", "classification.titleRequired");
        }
        this.decidedTitle = title;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
        this.decidedBy = by;
        this.decidedByUnit = byUnit;
        this.decidedAt = at;
        this.status = ClassificationStatus.DECIDED;
    }

    public boolean isDecided() {
        return status == ClassificationStatus.DECIDED;
    }

    /** What counts: the decided title once there is one, the proposal before. */
    public ClassificationTitle getCurrentTitle() {
        return decidedTitle != null ? decidedTitle : proposedTitle;
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
