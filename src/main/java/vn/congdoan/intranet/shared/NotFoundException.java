package vn.congdoan.intranet.shared;

/** Thrown by a service's getX() when the record does not exist; the web layer answers 404. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
