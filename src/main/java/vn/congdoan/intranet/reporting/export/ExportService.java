package vn.congdoan.intranet.reporting.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import vn.congdoan.intranet.reporting.ActivityReport;
import vn.congdoan.intranet.reporting.ReportEventKind;
import vn.congdoan.intranet.reporting.board.ReportScope;
import vn.congdoan.intranet.reporting.consolidation.Consolidation;
import vn.congdoan.intranet.reporting.consolidation.ConsolidationService;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.NotFoundException;

/**
 * Downloads: the consolidated table of a period and branch, and one report, as .xlsx or PDF. Reading rules are those
 * of the board: a report is exported only to a viewer whose scope holds its unit now or held it when the period
 * opened; a school officer gets their own school's reports and nothing else.
 */
@ApplicationScoped
@Transactional
public class ExportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsolidationService consolidations;

    @Inject
    ReportScope scope;

    protected ExportService() {
    }

    public ExportService(EntityManager em, ConsolidationService consolidations, ReportScope scope) {
        this.em = em;
        this.consolidations = consolidations;
        this.scope = scope;
    }

    public ExportFile consolidationXlsx(Viewer viewer, long periodId, Long branchId, Locale locale) {
        ExportTexts texts = new ExportTexts(locale);
        Consolidation c = consolidations.consolidate(viewer, periodId, branchId);
        return new ExportFile(consolidationName(c, "xlsx"), ExportFile.XLSX, ConsolidationXlsx.write(c, texts));
    }

    public ExportFile consolidationPdf(Viewer viewer, long periodId, Long branchId, Locale locale) {
        ExportTexts texts = new ExportTexts(locale);
        Consolidation c = consolidations.consolidate(viewer, periodId, branchId);
        return new ExportFile(consolidationName(c, "pdf"), ExportFile.PDF, ConsolidationPdf.write(c, texts));
    }

    public ExportFile reportXlsx(Viewer viewer, long reportId, Locale locale) {
        ExportTexts texts = new ExportTexts(locale);
        ActivityReport report = readable(viewer, reportId);
        return new ExportFile(reportName(report, "xlsx"), ExportFile.XLSX,
                ReportXlsx.write(ReportDocument.of(report, approverName(report), texts), texts));
    }

    public ExportFile reportPdf(Viewer viewer, long reportId, Locale locale) {
        ExportTexts texts = new ExportTexts(locale);
        ActivityReport report = readable(viewer, reportId);
        return new ExportFile(reportName(report, "pdf"), ExportFile.PDF,
                ReportPdf.write(ReportDocument.of(report, approverName(report), texts), texts));
    }

    private ActivityReport readable(Viewer viewer, long reportId) {
        if (!viewer.can(Permission.REVIEW_REPORTS) && !viewer.can(Permission.SUBMIT_REPORTS)) {
            throw new AccessDeniedException(viewer.username() + " may not read reports");
        }
        ActivityReport report = em.find(ActivityReport.class, reportId);
        if (report == null) {
            throw new NotFoundException("report " + reportId);
        }
        if (!scope.canRead(viewer, report)) {
            throw new AccessDeniedException(viewer.username() + " may not read report " + reportId);
        }
        return report;
    }

    /** The display name of whoever approved the report, from its history. */
    private String approverName(ActivityReport report) {
        return em.createQuery("SELECT e.actorName FROM ReportEvent e WHERE e.report = :r AND e.kind = :approved"
                        + " ORDER BY e.occurredAt DESC", String.class).setParameter("r", report)
                .setParameter("approved", ReportEventKind.APPROVED).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
    }

    private static String consolidationName(Consolidation c, String extension) {
        String branch = c.branch().isTop() ? "" : " " + c.branch().name();
        return ExportTexts.fileName("tong-hop", c.period().getTitle() + branch, extension);
    }

    private static String reportName(ActivityReport report, String extension) {
        return ExportTexts.fileName("bao-cao", report.getUnitName() + " " + report.getPeriod().getTitle(), extension);
    }
}
