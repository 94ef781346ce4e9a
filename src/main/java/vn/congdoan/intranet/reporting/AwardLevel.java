package vn.congdoan.intranet.reporting;

/** Who issued an award a unit reports. */
public enum AwardLevel {
    /** The grassroots union itself. */
    GRASSROOTS,
    /** A superior: sector union, district federation or commune union. */
    SUPERIOR,
    /** The provincial labour federation. */
    PROVINCE,
    /** Công đoàn Giáo dục Việt Nam, Tổng LĐLĐ Việt Nam, the State. */
    NATIONAL;

    public String labelKey() {
        return "awardLevel." + name();
    }
}
