package vn.congdoan.intranet.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.congdoan.intranet.shared.BaseEntity;

/** How many collectives and individuals of a unit received awards of one level and kind in the period. */
@Entity
@Table(name = "report_award")
public class ReportAward extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private ActivityReport report;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_level", nullable = false, length = 20)
    private AwardLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_kind", nullable = false, length = 20)
    private AwardKind kind;

    @Min(0) @Max(ReportFigures.COUNT_MAX)
    @Column(nullable = false)
    private int collectives;

    @Min(0) @Max(ReportFigures.COUNT_MAX)
    @Column(nullable = false)
    private int individuals;

    protected ReportAward() {
    }

    /** A line of a form, not yet attached to a report. */
    public static ReportAward line(AwardLevel level, AwardKind kind, int collectives, int individuals) {
        return new ReportAward(null, level, kind, collectives, individuals);
    }

    ReportAward(ActivityReport report, AwardLevel level, AwardKind kind, int collectives, int individuals) {
        this.report = report;
        this.level = level;
        this.kind = kind;
        this.collectives = collectives;
        this.individuals = individuals;
    }

    void setCounts(int collectives, int individuals) {
        this.collectives = collectives;
        this.individuals = individuals;
    }

    public ActivityReport getReport() {
        return report;
    }

    public AwardLevel getLevel() {
        return level;
    }

    public AwardKind getKind() {
        return kind;
    }

    public int getCollectives() {
        return collectives;
    }

    public int getIndividuals() {
        return individuals;
    }
}
