package vn.congdoan.intranet.reporting;

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
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * A reporting period opened by a superior unit (its owner) for units below it. The owner's path is kept as it was
 * at opening, so the period stays in the branch that opened it after the tree changes.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PeriodKind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "covers_from", nullable = false)
    private LocalDate coversFrom;

    @Column(name = "covers_to", nullable = false)
    private LocalDate coversTo;

    @Column(nullable = false)
    private LocalDate deadline;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_unit_id")
    private OrgUnit owner;

    @Column(name = "owner_path", nullable = false, length = 255)
    private String ownerPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PeriodStatus status = PeriodStatus.OPEN;

    @Column(name = "opened_by", nullable = false, length = 60)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected ReportingPeriod() {
    }

    public ReportingPeriod(PeriodKind kind, String title, LocalDate coversFrom, LocalDate coversTo, LocalDate deadline,
                           OrgUnit owner, String openedBy, Instant openedAt) {
        this.kind = kind;
        this.title = title;
        this.coversFrom = coversFrom;
        this.coversTo = coversTo;
        this.deadline = deadline;
        this.owner = owner;
        this.ownerPath = owner.getPath();
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** Reports not handed in by the end of the deadline day are late from the next day. */
    public boolean isPastDeadline(LocalDate today) {
        return today.isAfter(deadline);
    }

    public boolean isOpen() {
        return status == PeriodStatus.OPEN;
    }

    public void close() {
        this.status = PeriodStatus.CLOSED;
    }

    public void reopen() {
        this.status = PeriodStatus.OPEN;
    }

    public void moveDeadline(LocalDate newDeadline) {
        this.deadline = newDeadline;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getCoversFrom() {
        return coversFrom;
    }

    public LocalDate getCoversTo() {
        return coversTo;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public OrgUnit getOwner() {
        return owner;
    }

    public String getOwnerPath() {
        return ownerPath;
    }

    public PeriodStatus getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
