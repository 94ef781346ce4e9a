package vn.congdoan.intranet.emulation.target;

/** How a target is met. */
public enum TargetShape {
    /** Yes/no: the plan's unit holds the title or a better one. */
    TITLE,
    /** At least a percentage of the subjects reach the title. */
    PERCENT_FLOOR,
    /** At least a number. */
    COUNT,
    /** Between two numbers, both included. */
    RANGE;

    public String labelKey() {
        return "targetShape." + name();
    }
}
