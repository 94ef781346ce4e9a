package vn.congdoan.intranet.reporting;

import java.util.function.Supplier;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Texts;

/**
 * Runs one write of a report page and turns its refusal into a message: a rule's refusal at its field, a lost race
 * (someone else saved first, detected at commit) as "changed by …, reload". Nothing the user typed is touched, so
 * the page keeps it.
 */
final class ReportActions {

    private ReportActions() {
    }

    /** The write's result, or null when it was refused (the message is queued for the form). */
    static <T> T run(ReportService reports, Viewer viewer, long reportId, String formId, Supplier<T> write) {
        try {
            return write.get();
        } catch (BusinessException refusal) {
            Texts.error(refusal, formId);
        } catch (RuntimeException failure) {
            if (!ReportService.isLostRace(failure)) {
                throw failure;
            }
            Texts.error(reports.conflict(viewer, reportId), formId);
        }
        return null;
    }
}
