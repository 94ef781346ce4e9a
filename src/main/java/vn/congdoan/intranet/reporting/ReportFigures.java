package vn.congdoan.intranet.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/**
 * The figures of a report. Every one may be empty while the report is a draft; submitting requires them all
 * ({@link #missing()}). Money is whole đồng in a long: no fractions, no floating point.
 */
@Embeddable
public class ReportFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A count no union of a province reaches; it catches a typing slip such as an extra zero run. */
    public static final int COUNT_MAX = 100_000;
    /** 100 billion đồng. */
    public static final long MONEY_MAX = 100_000_000_000L;

    @Min(0) @Max(COUNT_MAX)
    @Column(name = "members_total")
    private Integer membersTotal;

    @Min(0) @Max(COUNT_MAX)
    @Column(name = "members_women")
    private Integer membersWomen;

    @Min(0) @Max(COUNT_MAX)
    @Column(name = "new_members")
    private Integer newMembers;

    @Min(0) @Max(COUNT_MAX)
    @Column(name = "members_left")
    private Integer membersLeft;

    @Min(0) @Max(COUNT_MAX)
    @Column(name = "officers_trained")
    private Integer officersTrained;

    @Min(0) @Max(COUNT_MAX)
    @Column(name = "party_introduced")
    private Integer partyIntroduced;

    @Min(0) @Max(COUNT_MAX)
    @Column(name = "welfare_members")
    private Integer welfareMembers;

    @Min(0) @Max(MONEY_MAX)
    @Column(name = "welfare_amount")
    private Long welfareAmount;

    @Min(0) @Max(COUNT_MAX)
    @Column(name = "emulation_units")
    private Integer emulationUnits;

    @Min(0) @Max(COUNT_MAX)
    @Column(name = "emulation_members")
    private Integer emulationMembers;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Classification classification;

    /** Copies every figure of another report (for a draft started from last period's, or an edit form). */
    public void copyFrom(ReportFigures other) {
        membersTotal = other.membersTotal;
        membersWomen = other.membersWomen;
        newMembers = other.newMembers;
        membersLeft = other.membersLeft;
        officersTrained = other.officersTrained;
        partyIntroduced = other.partyIntroduced;
        welfareMembers = other.welfareMembers;
        welfareAmount = other.welfareAmount;
        emulationUnits = other.emulationUnits;
        emulationMembers = other.emulationMembers;
        classification = other.classification;
    }

    /** Bean property names of the figures still empty, in form order. */
    public java.util.List<String> missing() {
        java.util.List<String> names = new java.util.ArrayList<>();
        addIfNull(names, "membersTotal", membersTotal);
        addIfNull(names, "membersWomen", membersWomen);
        addIfNull(names, "newMembers", newMembers);
        addIfNull(names, "membersLeft", membersLeft);
        addIfNull(names, "officersTrained", officersTrained);
        addIfNull(names, "partyIntroduced", partyIntroduced);
        addIfNull(names, "welfareMembers", welfareMembers);
        addIfNull(names, "welfareAmount", welfareAmount);
        addIfNull(names, "emulationUnits", emulationUnits);
        addIfNull(names, "emulationMembers", emulationMembers);
        addIfNull(names, "classification", classification);
        return names;
    }

    private static void addIfNull(java.util.List<String> names, String name, Object value) {
        if (value == null) {
            names.add(name);
        }
    }

    public Integer getMembersTotal() {
        return membersTotal;
    }

    public void setMembersTotal(Integer membersTotal) {
        this.membersTotal = membersTotal;
    }

    public Integer getMembersWomen() {
        return membersWomen;
    }

    public void setMembersWomen(Integer membersWomen) {
        this.membersWomen = membersWomen;
    }

    public Integer getNewMembers() {
        return newMembers;
    }

    public void setNewMembers(Integer newMembers) {
        this.newMembers = newMembers;
    }

    public Integer getMembersLeft() {
        return membersLeft;
    }

    public void setMembersLeft(Integer membersLeft) {
        this.membersLeft = membersLeft;
    }

    public Integer getOfficersTrained() {
        return officersTrained;
    }

    public void setOfficersTrained(Integer officersTrained) {
        this.officersTrained = officersTrained;
    }

    public Integer getPartyIntroduced() {
        return partyIntroduced;
    }

    public void setPartyIntroduced(Integer partyIntroduced) {
        this.partyIntroduced = partyIntroduced;
    }

    public Integer getWelfareMembers() {
        return welfareMembers;
    }

    public void setWelfareMembers(Integer welfareMembers) {
        this.welfareMembers = welfareMembers;
    }

    public Long getWelfareAmount() {
        return welfareAmount;
    }

    public void setWelfareAmount(Long welfareAmount) {
        this.welfareAmount = welfareAmount;
    }

    public Integer getEmulationUnits() {
        return emulationUnits;
    }

    public void setEmulationUnits(Integer emulationUnits) {
        this.emulationUnits = emulationUnits;
    }

    public Integer getEmulationMembers() {
        return emulationMembers;
    }

    public void setEmulationMembers(Integer emulationMembers) {
        this.emulationMembers = emulationMembers;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }
}
