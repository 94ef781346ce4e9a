package vn.congdoan.intranet.reporting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.shared.BusinessException;

/**
 * The report of one grassroots union for one period. It is created NOT_STARTED when the period opens, with the
 * unit's path, name and reviewing superior as they were that day: a report stays where it was filed after the tree
 * changes. The transitions are methods here so that no caller can put a report into a state its history does not
 * explain; the service adds who may call them.
 */
@Entity
@Table(name = "activity_report")
public class ActivityReport extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(name = "unit_path", nullable = false, length = 255)
    private String unitPath;

    @Column(name = "unit_name", nullable = false, length = 255)
    private String unitName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_unit_id")
    private OrgUnit reviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status = ReportStatus.NOT_STARTED;

    @Valid
    @Embedded
    private ReportFigures figures = new ReportFigures();

    @Valid
    @Embedded
    private ReportNarrative narrative = new ReportNarrative();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("level, kind")
    private List<ReportAward> awards = new ArrayList<>();

    @Column(name = "last_saved_at")
    private Instant lastSavedAt;

    @Column(name = "last_saved_by", length = 60)
    private String lastSavedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_by_unit_id")
    private OrgUnit approvedByUnit;

    protected ActivityReport() {
    }

    public ActivityReport(ReportingPeriod period, OrgUnit unit, OrgUnit reviewer) {
        this.period = period;
        this.unit = unit;
        this.unitPath = unit.getPath();
        this.unitName = unit.getName();
        this.reviewer = reviewer;
    }

    /** Keeps what the officer typed; a returned report stays RETURNED until it is submitted again. */
    public void saveDraft(ReportFigures newFigures, ReportNarrative newNarrative, List<ReportAward> newAwards,
                          String by, Instant at) {
        requireEditable();
        // JPA loads an embeddable whose columns are all null (a report never saved) as null.
        if (figures == null) {
            figures = new ReportFigures();
        }
        if (narrative == null) {
            narrative = new ReportNarrative();
        }
        figures.copyFrom(newFigures);
        narrative.copyFrom(newNarrative);
        replaceAwards(newAwards);
        if (status == ReportStatus.NOT_STARTED) {
            status = ReportStatus.DRAFT;
        }
        lastSavedAt = at;
        lastSavedBy = by;
    }

    /** Hands the report to its reviewer; returns whether it was a resubmission after a return. */
    public boolean submit(Instant at) {
        requireEditable();
        boolean again = status == ReportStatus.RETURNED;
        status = ReportStatus.SUBMITTED;
        submittedAt = at;
        return again;
    }

    public void returnForRevision(Instant at) {
        requireStatus(ReportStatus.SUBMITTED);
        status = ReportStatus.RETURNED;
        decidedAt = at;
    }

    public void approve(String by, OrgUnit byUnit, Instant at) {
        requireStatus(ReportStatus.SUBMITTED);
        status = ReportStatus.APPROVED;
        decidedAt = at;
        approvedBy = by;
        approvedByUnit = byUnit;
    }

    /** Sends an approved report back for correction; its approval is withdrawn. */
    public void reopen(Instant at) {
        requireStatus(ReportStatus.APPROVED);
        status = ReportStatus.RETURNED;
        decidedAt = at;
        approvedBy = null;
        approvedByUnit = null;
    }

    /** Late: still not handed in after the deadline, or handed in after it. */
    public boolean isLate(LocalDate today) {
        if (!status.isHandedIn()) {
            return period.isPastDeadline(today);
        }
        return submittedAt != null
                && submittedAt.atZone(vn.congdoan.intranet.shared.Formats.ZONE).toLocalDate()
                        .isAfter(period.getDeadline());
    }

    public Optional<ReportAward> award(AwardLevel level, AwardKind kind) {
        return awards.stream().filter(a -> a.getLevel() == level && a.getKind() == kind).findFirst();
    }

    private void replaceAwards(List<ReportAward> newAwards) {
        awards.removeIf(old -> newAwards.stream()
                .noneMatch(n -> n.getLevel() == old.getLevel() && n.getKind() == old.getKind()));
        for (ReportAward line : newAwards) {
            Optional<ReportAward> existing = award(line.getLevel(), line.getKind());
            if (existing.isPresent()) {
                existing.get().setCounts(line.getCollectives(), line.getIndividuals());
            } else {
                awards.add(new ReportAward(this, line.getLevel(), line.getKind(), line.getCollectives(),
                        line.getIndividuals()));
            }
        }
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessException("report.notEditable");
        }
    }

    private void requireStatus(ReportStatus expected) {
        if (status != expected) {
            throw new BusinessException("report.wrongStatus");
        }
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getUnitName() {
        return unitName;
    }

    public OrgUnit getReviewer() {
        return reviewer;
    }

    public ReportStatus getStatus() {
        return status;
    }

    /** The figures; empty (never null) for a report not yet saved. */
    public ReportFigures getFigures() {
        return figures != null ? figures : new ReportFigures();
    }

    /** The narrative; empty (never null) for a report not yet saved. */
    public ReportNarrative getNarrative() {
        return narrative != null ? narrative : new ReportNarrative();
    }

    public List<ReportAward> getAwards() {
        return awards;
    }

    public Instant getLastSavedAt() {
        return lastSavedAt;
    }

    public String getLastSavedBy() {
        return lastSavedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public OrgUnit getApprovedByUnit() {
        return approvedByUnit;
    }
}
