package vn.congdoan.intranet.news;

import java.util.function.Supplier;
import vn.congdoan.intranet.reporting.ReportService;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Texts;

/**
 * Runs one write of a desk page and turns its refusal into a message: a rule's refusal at its field, a lost race
 * (someone else acted first, detected at commit) as "changed by …, reload". What the user typed stays in the view.
 */
final class DeskActions {

    private DeskActions() {
    }

    /** The write's result, or null when it was refused (the message is queued for the form). */
    static <T> T run(NewsDeskService desk, Viewer viewer, Long articleId, String formId, Supplier<T> write) {
        try {
            return write.get();
        } catch (BusinessException refusal) {
            Texts.error(refusal, formId);
        } catch (RuntimeException failure) {
            if (articleId == null || !ReportService.isLostRace(failure)) {
                throw failure;
            }
            Texts.error(desk.conflict(viewer, articleId), formId);
        }
        return null;
    }
}
