package vn.congdoan.intranet.reporting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;

/** One step of a report's history: who did what, when, from which unit, with which comments. Never changed. */
@Entity
@Table(name = "report_event")
public class ReportEvent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int COMMENT_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private ActivityReport report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportEventKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_unit_id")
    private OrgUnit actorUnit;

    @Column(length = COMMENT_MAX)
    private String comment;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
    private List<SectionComment> sectionComments = new ArrayList<>();

    protected ReportEvent() {
    }

    public ReportEvent(ActivityReport report, ReportEventKind kind, Instant occurredAt, String actor,
                       String actorName, OrgUnit actorUnit, String comment) {
        this.report = report;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.actorUnit = actorUnit;
        this.comment = comment;
    }

    public void addSectionComment(ReportSection section, String text) {
        sectionComments.add(new SectionComment(this, section, text));
    }

    public ActivityReport getReport() {
        return report;
    }

    public ReportEventKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public OrgUnit getActorUnit() {
        return actorUnit;
    }

    public String getComment() {
        return comment;
    }

    public List<SectionComment> getSectionComments() {
        return sectionComments;
    }
}
