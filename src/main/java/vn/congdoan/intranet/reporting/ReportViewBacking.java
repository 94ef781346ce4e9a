package vn.congdoan.intranet.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.Texts;

/**
 * The read-only report ({@code /reports/view.xhtml?id=42}) with its history, and the reviewer's actions: return with
 * comments, approve, reopen. Each action names the version shown; after it the page reloads.
 */
@Named
@ViewScoped
public class ReportViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    AttachmentService attachmentService;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private ActivityReport report;
    private long version;
    private List<ReportEvent> history;
    private List<ReportAttachment> attachments;
    private String lastSavedByName;
    private boolean mayReview;
    private boolean mayReopen;
    private boolean mayEdit;
    private String generalComment;
    private final EnumMap<ReportSection, String> sectionComments = new EnumMap<>(ReportSection.class);
    private String approveComment;
    private String reopenComment;

    /** A line of the figures table: its label key and its formatted value (a class: EL 5 cannot read records). */
    public static final class FigureLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String labelKey;
        private final String value;

        FigureLine(String labelKey, String value) {
            this.labelKey = labelKey;
            this.value = value;
        }

        public String getLabelKey() {
            return labelKey;
        }

        public String getValue() {
            return value;
        }
    }

    public void load() {
        Viewer viewer = currentUser.get();
        report = reports.getReport(viewer, id == null ? -1 : id);
        version = report.getVersion();
        history = reports.history(viewer, id);
        attachments = attachmentService.list(viewer, id);
        lastSavedByName = reports.accountName(report.getLastSavedBy());
        mayReview = reports.mayReturnOrApprove(viewer, report);
        mayReopen = reports.mayReopen(viewer, report);
        mayEdit = reports.mayEdit(viewer, report);
    }

    public String returnReport() {
        Map<ReportSection, String> comments = new EnumMap<>(sectionComments);
        ActivityReport done = FormActions.run("returnForm", () -> reports.conflict(currentUser.get(), id),
                () -> reports.returnReport(currentUser.get(), id, version, generalComment, comments));
        return done == null ? null : reload("report.returnedTo", done);
    }

    public String approve() {
        ActivityReport done = FormActions.run("approveForm", () -> reports.conflict(currentUser.get(), id),
                () -> reports.approve(currentUser.get(), id, version, approveComment));
        return done == null ? null : reload("report.approvedDone", done);
    }

    public String reopen() {
        ActivityReport done = FormActions.run("reopenForm", () -> reports.conflict(currentUser.get(), id),
                () -> reports.reopen(currentUser.get(), id, version, reopenComment));
        return done == null ? null : reload("report.reopenedDone", done);
    }

    private String reload(String messageKey, ActivityReport done) {
        Faces.getFlash().setKeepMessages(true);
        Texts.info(messageKey, done.getUnitName());
        return "/reports/view?faces-redirect=true&id=" + id;
    }

    /** The figures as the page shows them: counts as 4.015, money as 1.500.000 ₫, "–" when empty. */
    public List<FigureLine> getFigureLines() {
        ReportFigures f = report.getFigures();
        List<FigureLine> lines = new ArrayList<>();
        lines.add(new FigureLine("report.figure.membersTotal", count(f.getMembersTotal())));
        lines.add(new FigureLine("report.figure.membersWomen", count(f.getMembersWomen())));
        lines.add(new FigureLine("report.figure.newMembers", count(f.getNewMembers())));
        lines.add(new FigureLine("report.figure.membersLeft", count(f.getMembersLeft())));
        lines.add(new FigureLine("report.figure.officersTrained", count(f.getOfficersTrained())));
        lines.add(new FigureLine("report.figure.partyIntroduced", count(f.getPartyIntroduced())));
        lines.add(new FigureLine("report.figure.welfareMembers", count(f.getWelfareMembers())));
        lines.add(new FigureLine("report.figure.welfareAmount",
                f.getWelfareAmount() == null ? "–" : new Formats().number(f.getWelfareAmount()) + " ₫"));
        lines.add(new FigureLine("report.figure.emulationUnits", count(f.getEmulationUnits())));
        lines.add(new FigureLine("report.figure.emulationMembers", count(f.getEmulationMembers())));
        lines.add(new FigureLine("report.classification", f.getClassification() == null ? "–"
                : Texts.get(f.getClassification().labelKey())));
        return lines;
    }

    private static String count(Integer value) {
        return value == null ? "–" : new Formats().number(value);
    }

    /** The narrative text of a section, or null when empty. */
    public String text(ReportSection section) {
        return report.getNarrative().text(section);
    }

    /** The latest approval, for "approved by … – unit, at …". */
    public ReportEvent getApproval() {
        if (report.getStatus() != ReportStatus.APPROVED) {
            return null;
        }
        return history.stream().filter(e -> e.getKind() == ReportEventKind.APPROVED).findFirst().orElse(null);
    }

    public boolean isLate() {
        return report.isLate(Formats.today());
    }

    public List<ReportSection> getNarrativeSections() {
        return List.of(ReportSection.MAIN_RESULTS, ReportSection.HIGHLIGHTS, ReportSection.LIMITATIONS,
                ReportSection.LESSONS, ReportSection.DIRECTIONS, ReportSection.PROPOSALS);
    }

    /** Every section a reviewer may comment on, in form order. */
    public ReportSection[] getSections() {
        return ReportSection.values();
    }

    public String sectionField(ReportSection section) {
        return ReportService.sectionField(section);
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

    public List<ReportEvent> getHistory() {
        return history;
    }

    public List<ReportAttachment> getAttachments() {
        return attachments;
    }

    public boolean isMayReview() {
        return mayReview;
    }

    public boolean isMayReopen() {
        return mayReopen;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public String getGeneralComment() {
        return generalComment;
    }

    public void setGeneralComment(String generalComment) {
        this.generalComment = generalComment;
    }

    public Map<ReportSection, String> getSectionComments() {
        return sectionComments;
    }

    public String getApproveComment() {
        return approveComment;
    }

    public void setApproveComment(String approveComment) {
        this.approveComment = approveComment;
    }

    public String getReopenComment() {
        return reopenComment;
    }

    public void setReopenComment(String reopenComment) {
        this.reopenComment = reopenComment;
    }
}
