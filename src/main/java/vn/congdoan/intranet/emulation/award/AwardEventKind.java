package vn.congdoan.intranet.emulation.award;

/** One step of an award. */
public enum AwardEventKind {
    /** Nominated by a unit. */
    NOMINATED,
    /** Endorsed and forwarded up by a level. */
    ENDORSED,
    /** Rejected by a level. */
    REJECTED,
    /** Decided by the issuing unit. */
    GRANTED,
    /** A decision taken outside the system, recorded. */
    RECORDED,
    /** Revoked. */
    REVOKED;

    public String labelKey() {
        return "awardEventKind." + name();
    }
}
