package vn.congdoan.intranet.restructuring;

/** How an operation touched a unit. */
public enum UnitRole {
    /** Merged away, dissolved or split. */
    SOURCE,
    /** Received members, units or accounts. */
    TARGET,
    /** Moved under another superior. */
    MOVED,
    /** Created by the operation. */
    CREATED;

    public String labelKey() {
        return "restructuring.role." + name();
    }
}
