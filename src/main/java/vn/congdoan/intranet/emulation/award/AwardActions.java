package vn.congdoan.intranet.emulation.award;

import java.util.Set;
import java.util.function.Supplier;
import vn.congdoan.intranet.reporting.ReportService;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Texts;

/**
 * Runs one write of an award page and turns its refusal into a message: a rule's refusal at its field when the form
 * has that input, else at the top; a lost race (someone acted in between, found by the version check or at commit)
 * as {@code award.changedByOther}. Nothing the user typed is touched, so the page keeps it.
 */
final class AwardActions {

    private AwardActions() {
    }

    /** The write's result, or null when it was refused (the message is queued for the form). */
    static <T> T run(String formId, Set<String> fields, Supplier<T> write) {
        try {
            return write.get();
        } catch (BusinessException refusal) {
            Texts.error(refusal.getField() != null && fields.contains(refusal.getField()) ? refusal
                    : new BusinessException(refusal.getMessageKey(), refusal.getArguments()), formId);
        } catch (RuntimeException failure) {
            if (!ReportService.isLostRace(failure)) {
                throw failure;
            }
            Texts.error(new BusinessException("award.changedByOther"), formId);
        }
        return null;
    }
}
