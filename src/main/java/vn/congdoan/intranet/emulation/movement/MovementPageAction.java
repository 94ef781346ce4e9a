package vn.congdoan.intranet.emulation.movement;

import java.util.Set;
import java.util.function.Supplier;
import vn.congdoan.intranet.reporting.ReportService;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Texts;

/**
 * Runs one write of a movement page and turns its refusal into a message: a rule's refusal at its field when the
 * form has that input, else at the top of the form; a lost race (someone saved first, seen by the version check or
 * at commit) as {@code movement.changedByOther}. What the user typed stays on the page.
 */
final class MovementPageAction {

    private MovementPageAction() {
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
            Texts.error(new BusinessException("movement.changedByOther"), formId);
        }
        return null;
    }
}
