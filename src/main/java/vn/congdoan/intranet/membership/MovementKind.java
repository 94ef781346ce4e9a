package vn.congdoan.intranet.membership;

/** Why a member's period in a union began or ended; the quarterly movements are counted from these. */
public enum MovementKind {
    /** Already a member when the record was first entered (before this system, or the foundation data). */
    REGISTRATION,
    /** Entered from an Excel member list. */
    IMPORT,
    /** Admitted (kết nạp) by the union. */
    ADMISSION,
    /** Transferred (chuyển sinh hoạt) between unions at the members' or the unions' request. */
    TRANSFER,
    /** Moved by a restructuring (merge, split, dissolution with a receiving union). */
    RESTRUCTURING,
    /** Left the union (thôi sinh hoạt, retirement, dissolution without a receiving union). */
    LEAVE;

    public String labelKey() {
        return "movementKind." + name();
    }
}
