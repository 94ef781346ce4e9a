package vn.congdoan.intranet.emulation.target;

/** How a target stands against its actual value. "Đạt và vượt" counts MET and EXCEEDED. */
public enum TargetOutcome {
    /** Reached and beyond: above a floor, a count or a range, or a better title than required. */
    EXCEEDED,
    /** Reached exactly, or within a range. */
    MET,
    /** Not reached. */
    NOT_MET,
    /** A share of nothing: the plan's unit has no grassroots union (or no member) below it that year. */
    NO_SUBJECTS;

    /** Whether the target counts in "x/y chỉ tiêu đạt và vượt". */
    public boolean reached() {
        return this == MET || this == EXCEEDED;
    }

    public String labelKey() {
        return "targetOutcome." + name();
    }
}
