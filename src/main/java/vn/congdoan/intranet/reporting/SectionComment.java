package vn.congdoan.intranet.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congdoan.intranet.shared.BaseEntity;

/** A reviewer's comment on one section of a report, given when returning it. */
@Entity
@Table(name = "report_section_comment")
public class SectionComment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private ReportEvent event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportSection section;

    @Column(nullable = false, length = ReportEvent.COMMENT_MAX)
    private String comment;

    protected SectionComment() {
    }

    SectionComment(ReportEvent event, ReportSection section, String comment) {
        this.event = event;
        this.section = section;
        this.comment = comment;
    }

    public ReportEvent getEvent() {
        return event;
    }

    public ReportSection getSection() {
        return section;
    }

    public String getComment() {
        return comment;
    }
}
