package vn.congdoan.intranet.membership;

/** Why a member stopped being a member. */
public enum LeaveReason {
    /** Thôi sinh hoạt at their own request. */
    RESIGNED,
    RETIRED,
    /** Left the job or the sector. */
    JOB_ENDED,
    /** Their union was dissolved and no other union took them in. */
    UNIT_DISSOLVED,
    DECEASED,
    OTHER;

    public String labelKey() {
        return "leaveReason." + name();
    }
}
