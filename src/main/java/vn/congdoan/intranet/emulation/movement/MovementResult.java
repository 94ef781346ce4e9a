package vn.congdoan.intranet.emulation.movement;

/** The result of a scored registration, by its share of the maximum points. */
public enum MovementResult {
    /** Xuất sắc. */
    EXCELLENT,
    /** Tốt. */
    GOOD,
    /** Đạt. */
    PASS,
    /** Chưa đạt. */
    FAIL;

    public String labelKey() {
        return "movementResult." + name();
    }
}
