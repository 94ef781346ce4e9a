package vn.congdoan.intranet.welfare.concern;

/** A member's concern or request: waiting, answered, or taken up as a welfare case. */
public enum ConcernStatus {
    OPEN, ANSWERED, TURNED_INTO_CASE;

    public String labelKey() {
        return "concernStatus." + name();
    }
}
