package vn.congdoan.intranet.emulation.award;

/** Where an award stands. */
public enum AwardStatus {
    /** Nominated, waiting at some level. */
    PENDING,
    /** Decided (or recorded, for national awards). */
    GRANTED,
    /** Turned down at some level. */
    REJECTED,
    /** Withdrawn after being granted (e.g. a false claim). */
    REVOKED;

    public String labelKey() {
        return "awardStatus." + name();
    }
}
