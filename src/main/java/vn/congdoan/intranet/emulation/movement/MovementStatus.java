package vn.congdoan.intranet.emulation.movement;

/** Where a movement stands. */
public enum MovementStatus {
    /** Running: registrations until the deadline, then self-scoring. */
    OPEN,
    /** Scored and closed. */
    CLOSED;

    public String labelKey() {
        return "movementStatus." + name();
    }
}
