package vn.congdoan.intranet.shared;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs one write of a page and turns its refusal into a message, so that a bean action stays one call: a rule's
 * refusal at its field (or at the top of the form), a lost race (someone else acted first: the version check or the
 * commit found it) as the feature's "changed by someone else, reload" message. Nothing the user typed is touched, so
 * the page keeps it.
 * <pre>
 * ActivityReport done = FormActions.run("approveForm", () -&gt; reports.conflict(viewer, id),
 *         () -&gt; reports.approve(viewer, id, version, comment));
 * </pre>
 */
public final class FormActions {

    private FormActions() {
    }

    /** The write's result, or null when a rule refused it. A lost race is not expected here and propagates. */
    public static <T> T run(String formId, Supplier<T> write) {
        return run(formId, null, refusal -> { }, write);
    }

    /** As {@link #run(String, Supplier, Supplier)} with a fixed message for a lost race. */
    public static <T> T run(String formId, String lostRaceKey, Supplier<T> write) {
        return run(formId, () -> new BusinessException(lostRaceKey), refusal -> { }, write);
    }

    /** The write's result, or null when it was refused (the message is queued for the form). */
    public static <T> T run(String formId, Supplier<BusinessException> lostRace, Supplier<T> write) {
        return run(formId, lostRace, refusal -> { }, write);
    }

    /** As above, also telling the page which rule refused (e.g. to go on by asking for a reason). */
    public static <T> T run(String formId, Supplier<BusinessException> lostRace, Consumer<BusinessException> refused,
                            Supplier<T> write) {
        try {
            return write.get();
        } catch (BusinessException refusal) {
            refused.accept(refusal);
            Texts.error(refusal, formId);
        } catch (RuntimeException failure) {
            if (lostRace == null || !isLostRace(failure)) {
                throw failure;
            }
            Texts.error(lostRace.get(), formId);
        }
        return null;
    }

    /** Whether the failure is an optimistic-lock conflict, however deep the container wrapped it. */
    public static boolean isLostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // EclipseLink's own exception (not on the compile path) carries the same simple name.
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
