package vn.congdoan.intranet.emulation.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * One criterion of one registration: the self-score with its evidence, then the superior's score.
 */
@Entity
@Table(name = "movement_score")
public class MovementScore extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int EVIDENCE_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private MovementEntry entry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    private MovementCriterion criterion;

    @Column(name = "self_points")
    private Integer selfPoints;

    @Column(length = 2000)
    private String evidence;

    @Column(name = "superior_points")
    private Integer superiorPoints;

    protected MovementScore() {
    }

    public MovementScore(MovementEntry entry, MovementCriterion criterion) {
        this.entry = entry;
        this.criterion = criterion;
    }

    /** The registration's own points for this criterion with what shows them (0..max, checked by the service). */
    public void selfScore(Integer points, String evidenceText) {
        this.selfPoints = points;
        this.evidence = evidenceText;
    }

    public MovementEntry getEntry() {
        return entry;
    }

    public MovementCriterion getCriterion() {
        return criterion;
    }

    public Integer getSelfPoints() {
        return selfPoints;
    }

    public void setSelfPoints(Integer selfPoints) {
        this.selfPoints = selfPoints;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Integer getSuperiorPoints() {
        return superiorPoints;
    }

    public void setSuperiorPoints(Integer superiorPoints) {
        this.superiorPoints = superiorPoints;
    }
}
