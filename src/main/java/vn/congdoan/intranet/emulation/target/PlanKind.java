package vn.congdoan.intranet.emulation.target;

/** What a target plan covers. */
public enum PlanKind {
    /** A congress term (nhiệm kỳ), several school years. */
    TERM,
    /** One school year. */
    YEAR;

    public String labelKey() {
        return "planKind." + name();
    }
}
