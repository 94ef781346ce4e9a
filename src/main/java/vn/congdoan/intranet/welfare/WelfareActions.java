package vn.congdoan.intranet.welfare;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.congdoan.intranet.reporting.ReportService;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Texts;

/**
 * Runs one write of a welfare page and turns its refusal into a message: a rule's refusal at its field when the form
 * has that input, else at the top; a lost race (someone acted on the case in between, found by the version check or
 * at commit) as {@code welfare.changedByOther}. Nothing the user typed is touched, so the page keeps it.
 */
final class WelfareActions {

    private WelfareActions() {
    }

    /** The write's result, or null when it was refused (the message is queued for the form). */
    static <T> T run(String formId, Set<String> fields, Supplier<T> write) {
        return run(formId, fields, write, refusal -> { });
    }

    /** As {@link #run(String, Set, Supplier)}, telling the page which rule refused (e.g. to ask for a reason). */
    static <T> T run(String formId, Set<String> fields, Supplier<T> write, Consumer<BusinessException> refused) {
        try {
            return write.get();
        } catch (BusinessException refusal) {
            refused.accept(refusal);
            Texts.error(refusal.getField() != null && fields.contains(refusal.getField()) ? refusal
                    : new BusinessException(refusal.getMessageKey(), refusal.getArguments()), formId);
        } catch (RuntimeException failure) {
            if (!ReportService.isLostRace(failure)) {
                throw failure;
            }
            Texts.error(new BusinessException("welfare.changedByOther"), formId);
        }
        return null;
    }
}
