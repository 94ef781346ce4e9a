package vn.congdoan.intranet.emulation.award;

/** Whether an award recognises the whole year's work or one theme. */
public enum AwardForm {
    /** Toàn diện. */
    OVERALL,
    /** Chuyên đề. */
    THEMATIC;

    public String labelKey() {
        return "awardForm." + name();
    }
}
