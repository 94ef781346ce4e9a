package vn.congdoan.intranet.emulation.target;

/** Which recorded fact a target counts. */
public enum TargetMetric {
    /** The plan unit's own decided classification. */
    OWN_TITLE,
    /** Grassroots unions below the plan unit with a decided title at or above the target's. */
    UNITS_WITH_TITLE,
    /** Members below the plan unit with a decided title at or above the target's. */
    MEMBERS_WITH_TITLE,
    /** Awards granted to recipients below the plan unit (optionally one type, or from one issuer tier up). */
    AWARDS_GRANTED,
    /** Members introduced to Party training, from the approved activity reports. */
    PARTY_INTRODUCED;

    public String labelKey() {
        return "targetMetric." + name();
    }
}
