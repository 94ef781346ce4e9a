package vn.congdoan.intranet.emulation.award;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the nomination page sends: the award type, one recipient (a member or a unit), the school year and the
 * citation; for a kind the unit issues itself, also its decision (number, date, signer).
 */
public class NominationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long typeId;
    private Long memberId;
    private Long unitId;
    private Integer schoolYear;
    private String citation;
    private String decisionNo;
    private LocalDate decisionDate;
    private String signer;

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Integer getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(Integer schoolYear) {
        this.schoolYear = schoolYear;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public void setDecisionNo(String decisionNo) {
        this.decisionNo = decisionNo;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    /** The decision typed with it, for a kind decided at once. */
    public Decision decision() {
        return new Decision(decisionNo, decisionDate, signer);
    }

    /** A decision as the issuer records it. */
    public record Decision(String number, LocalDate date, String signer) implements Serializable {
    }
}
