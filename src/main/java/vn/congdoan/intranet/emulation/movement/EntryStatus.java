package vn.congdoan.intranet.emulation.movement;

/** Where a registration stands. */
public enum EntryStatus {
    /** Registered. */
    REGISTERED,
    /** Self-scored with evidence, waiting for the superior. */
    SELF_SCORED,
    /** Scored by the superior; the result is final. */
    SCORED;

    public String labelKey() {
        return "entryStatus." + name();
    }
}
