package vn.congdoan.intranet.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.NotFoundException;

/**
 * Files attached to a report: added and removed by the report's union while it may edit the report, listed and
 * downloaded by whoever may read the report. The type is read from the content ({@link AttachmentType}).
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReportService reports;

    protected AttachmentService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public AttachmentService(EntityManager em, Clock clock, ReportService reports) {
        this.em = em;
        this.clock = clock;
        this.reports = reports;
    }

    /** A file and its bytes, for a download. */
    public record Download(String fileName, String contentType, byte[] data) {
    }

    /** Attaches a file to a report the viewer may edit; refuses a wrong type, a file too large, or one too many. */
    public ReportAttachment upload(Viewer viewer, long reportId, String fileName, byte[] data) {
        ActivityReport report = reports.getEditable(viewer, reportId);
        long count = em.createQuery("SELECT COUNT(a) FROM ReportAttachment a WHERE a.report = :report", Long.class)
                .setParameter("report", report).getSingleResult();
        if (count >= AttachmentType.MAX_PER_REPORT) {
            throw BusinessException.onField("attachment", "attachment.tooMany", AttachmentType.MAX_PER_REPORT);
        }
        AttachmentType type = AttachmentType.check(fileName, data);
        ReportAttachment attachment = new ReportAttachment(report, type.storedName(fileName), type.contentType(),
                data.length, viewer.username(), clock.instant());
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), data));
        return attachment;
    }

    /** The report's files, oldest first, without their bytes. */
    public List<ReportAttachment> list(Viewer viewer, long reportId) {
        ActivityReport report = reports.getReport(viewer, reportId);
        return em.createQuery("SELECT a FROM ReportAttachment a WHERE a.report = :report ORDER BY a.uploadedAt, a.id",
                ReportAttachment.class).setParameter("report", report).getResultList();
    }

    /** Removes a file from a report the viewer may edit; returns its name. */
    public String delete(Viewer viewer, long attachmentId) {
        ReportAttachment attachment = find(attachmentId);
        reports.getEditable(viewer, attachment.getReport().getId());
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        em.remove(attachment);
        return attachment.getFileName();
    }

    /** A file of a report the viewer may read. */
    public Download download(Viewer viewer, long attachmentId) {
        ReportAttachment attachment = find(attachmentId);
        reports.getReport(viewer, attachment.getReport().getId());
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        if (content == null) {
            throw new NotFoundException("attachment content " + attachmentId);
        }
        return new Download(attachment.getFileName(), attachment.getContentType(), content.getData());
    }

    private ReportAttachment find(long id) {
        ReportAttachment attachment = em.find(ReportAttachment.class, id);
        if (attachment == null) {
            throw new NotFoundException("attachment " + id);
        }
        return attachment;
    }
}
