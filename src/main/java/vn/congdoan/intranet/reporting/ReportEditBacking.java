package vn.congdoan.intranet.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.Texts;

/**
 * The report form ({@code /reports/edit.xhtml?id=42}). The form and the version the page loaded stay in the view:
 * a refused save keeps everything typed, and the service refuses a save over someone else's newer change. A report
 * the viewer may read but not change now opens read-only instead.
 */
@Named
@ViewScoped
public class ReportEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reportForm";

    @Inject
    ReportService reports;

    @Inject
    AttachmentService attachmentService;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private ActivityReport report;
    private ReportForm form;
    private long version;
    private ReportEvent returned;
    private List<ReportAttachment> attachments;
    private String lastSavedByName;

    /** Loads the report for editing; one the viewer may only read opens on the read-only page. */
    public void load() throws IOException {
        Viewer viewer = currentUser.get();
        report = reports.getReport(viewer, id == null ? -1 : id);
        if (!reports.mayEdit(viewer, report)) {
            Faces.redirect(Faces.getRequestContextPath() + "/reports/view.xhtml?id=" + report.getId());
            return;
        }
        form = ReportForm.of(report);
        version = report.getVersion();
        returned = reports.latestReturn(viewer, id).orElse(null);
        attachments = attachmentService.list(viewer, id);
        lastSavedByName = reports.accountName(report.getLastSavedBy());
    }

    public void saveDraft() {
        ActivityReport saved = FormActions.run(FORM, () -> reports.conflict(currentUser.get(), id),
                () -> reports.saveDraft(currentUser.get(), id, form, version));
        if (saved != null) {
            accept(saved);
            Texts.info("report.saved", new Formats().dateTime(saved.getLastSavedAt()));
        }
    }

    /** Submits and shows the read-only report, or stays with the message at the field. */
    public String submit() {
        ActivityReport submitted = FormActions.run(FORM, () -> reports.conflict(currentUser.get(), id),
                () -> reports.submit(currentUser.get(), id, form, version));
        if (submitted == null) {
            return null;
        }
        Faces.getFlash().setKeepMessages(true);
        Texts.info("report.submittedTo", submitted.getReviewer().getName());
        return "/reports/view?faces-redirect=true&id=" + id;
    }

    public void upload(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        if (content == null) {
            Texts.error(new BusinessException("attachment.unreadable"), "attachmentsForm");
            return;
        }
        ReportAttachment added = FormActions.run("attachmentsForm", () -> reports.conflict(currentUser.get(), id),
                () -> attachmentService.upload(currentUser.get(), id, event.getFile().getFileName(), content));
        if (added != null) {
            attachments = attachmentService.list(currentUser.get(), id);
            Texts.info("attachment.uploaded", added.getFileName());
        }
    }

    public void deleteAttachment(ReportAttachment attachment) {
        String name = FormActions.run("attachmentsForm", () -> reports.conflict(currentUser.get(), id),
                () -> attachmentService.delete(currentUser.get(), attachment.getId()));
        if (name != null) {
            attachments = attachmentService.list(currentUser.get(), id);
            Texts.info("attachment.deleted", name);
        }
    }

    private void accept(ActivityReport saved) {
        report = saved;
        version = saved.getVersion();
        lastSavedByName = currentUser.get().displayName();
    }

    /** The reviewer's comment on a section of the returned report, or null. */
    public String comment(ReportSection section) {
        if (returned == null) {
            return null;
        }
        Optional<SectionComment> comment = returned.getSectionComments().stream()
                .filter(c -> c.getSection() == section).findFirst();
        return comment.map(SectionComment::getComment).orElse(null);
    }

    /** The input id (and form property) of a narrative section. */
    public String field(ReportSection section) {
        return FigureRules.field(section);
    }

    public String awardField(AwardLevel level, AwardKind kind, boolean collectives) {
        return ReportForm.awardField(level, kind, collectives);
    }

    public List<ReportSection> getNarrativeSections() {
        return List.of(ReportSection.MAIN_RESULTS, ReportSection.HIGHLIGHTS, ReportSection.LIMITATIONS,
                ReportSection.LESSONS, ReportSection.DIRECTIONS, ReportSection.PROPOSALS);
    }

    public AwardLevel[] getAwardLevels() {
        return AwardLevel.values();
    }

    public AwardKind[] getAwardKinds() {
        return AwardKind.values();
    }

    public Classification[] getClassifications() {
        return Classification.values();
    }

    public boolean isLate() {
        return report != null && report.isLate(Formats.today());
    }

    public String getConfirmSubmit() {
        return Texts.get("report.confirmSubmit", report.getReviewer().getName());
    }

    public int getMaxMegabytes() {
        return AttachmentType.MAX_MEGABYTES;
    }

    public int getMaxFiles() {
        return AttachmentType.MAX_PER_REPORT;
    }

    public long getMaxBytes() {
        return AttachmentType.MAX_BYTES;
    }

    public String getTooLargeMessage() {
        return Texts.get("attachment.tooLarge", "{name}", AttachmentType.MAX_MEGABYTES);
    }

    public String getTypeRefusedMessage() {
        return Texts.get("attachment.typeRefused", "{name}");
    }

    /** Who saved the report last, by name. */
    public String getLastSavedByName() {
        return lastSavedByName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityReport getReport() {
        return report;
    }

    public ReportForm getForm() {
        return form;
    }

    public long getVersion() {
        return version;
    }

    public ReportEvent getReturned() {
        return returned;
    }

    public List<ReportAttachment> getAttachments() {
        return attachments;
    }
}
