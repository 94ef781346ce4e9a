package vn.congdoan.intranet.welfare;

import java.util.function.Supplier;
import vn.congdoan.intranet.reporting.ReportService;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Texts;

/**
 * Runs one write of a welfare page and turns its refusal into a message: a rule's refusal at its field, a lost race
 * (someone else saved first, seen by the version check or at commit) as {@code welfare.changedByOther}. Nothing the
 * user typed is touched, so the page keeps it.
 */
final class WelfarePageAction {

    private WelfarePageAction() {
    }

    /** The write's result, or null when it was refused (the message is queued for the form). */
    static <T> T run(String formId, Supplier<T> write) {
        try {
            return write.get();
        } catch (BusinessException refusal) {
            Texts.error(refusal, formId);
        } catch (RuntimeException failure) {
            if (!ReportService.isLostRace(failure)) {
                throw failure;
            }
            Texts.error(new BusinessException("welfare.changedByOther"), formId);
        }
        return null;
    }
}
