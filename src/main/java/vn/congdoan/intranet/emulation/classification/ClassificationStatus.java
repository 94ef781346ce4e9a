package vn.congdoan.intranet.emulation.classification;

/** Where a yearly classification stands. */
public enum ClassificationStatus {
    /** Proposed by the union, waiting for the superior. */
    PROPOSED,
    /** Decided by the superior; targets count it. */
    DECIDED;

    public String labelKey() {
        return "classificationStatus." + name();
    }
}
