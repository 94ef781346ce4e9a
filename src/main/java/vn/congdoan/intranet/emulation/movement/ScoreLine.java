package vn.congdoan.intranet.emulation.movement;

import java.io.Serializable;

/**
 * One criterion of a registration's score sheet as the dialog shows and edits it: the criterion, the self-score
 * with its evidence and the launcher's points.
 */
public class ScoreLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long criterionId;
    private final String criterion;
    private final int maxPoints;
    private Integer selfPoints;
    private String evidence;
    private Integer superiorPoints;

    public ScoreLine(long criterionId, String criterion, int maxPoints, Integer selfPoints, String evidence,
                     Integer superiorPoints) {
        this.criterionId = criterionId;
        this.criterion = criterion;
        this.maxPoints = maxPoints;
        this.selfPoints = selfPoints;
        this.evidence = evidence;
        this.superiorPoints = superiorPoints;
    }

    public long getCriterionId() {
        return criterionId;
    }

    public String getCriterion() {
        return criterion;
    }

    public int getMaxPoints() {
        return maxPoints;
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
