package vn.congdoan.intranet.reporting;

/** An open period takes reports; a closed one is kept for reading, the board and the consolidation. */
public enum PeriodStatus {
    OPEN, CLOSED;

    public String labelKey() {
        return "periodStatus." + name();
    }
}
