package vn.congdoan.intranet.shared;

/** Thrown by a service when the caller's role or unit does not allow what was asked; the web layer answers 403. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
