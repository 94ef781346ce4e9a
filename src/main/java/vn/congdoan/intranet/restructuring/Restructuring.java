package vn.congdoan.intranet.restructuring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * One applied restructuring: what kind, from which day, under which decision, who applied it and when, and a
 * summary of everything it changed (written in Vietnamese when applied, as the record of the decision).
 */
@Entity
@Table(name = "restructuring")
public class Restructuring extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int SUMMARY_MAX = 4000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RestructuringKind kind;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "decision_ref", length = 120)
    private String decisionRef;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary = "";

    @Column(name = "performed_by", nullable = false, length = 60)
    private String performedBy;

    @Column(name = "performed_at", nullable = false)
    private Instant performedAt;

    @ElementCollection
    @CollectionTable(name = "restructuring_unit", joinColumns = @JoinColumn(name = "restructuring_id"))
    private List<TouchedUnit> units = new ArrayList<>();

    protected Restructuring() {
    }

    Restructuring(RestructuringKind kind, Decision decision, String performedBy, Instant performedAt) {
        this.kind = kind;
        this.effectiveOn = decision.effectiveOn();
        this.decisionRef = decision.reference();
        this.note = decision.note();
        this.performedBy = performedBy;
        this.performedAt = performedAt;
    }

    void touch(OrgUnit unit, UnitRole role) {
        boolean known = units.stream().anyMatch(t -> t.getUnit().equals(unit) && t.getRole() == role);
        if (!known) {
            units.add(new TouchedUnit(unit, role));
        }
    }

    void summarise(String text) {
        this.summary = text.length() <= SUMMARY_MAX ? text : text.substring(0, SUMMARY_MAX - 1) + "…";
    }

    public RestructuringKind getKind() {
        return kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getDecisionRef() {
        return decisionRef;
    }

    public String getNote() {
        return note;
    }

    public String getSummary() {
        return summary;
    }

    public String getPerformedBy() {
        return performedBy;
    }

    public Instant getPerformedAt() {
        return performedAt;
    }

    public List<TouchedUnit> getUnits() {
        return units;
    }
}
