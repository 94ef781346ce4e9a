package vn.congdoan.intranet.reporting;

/** The kind of an award a unit reports. */
public enum AwardKind {
    /** Giấy khen. */
    CERTIFICATE,
    /** Bằng khen. */
    MERIT,
    /** Cờ thi đua. */
    FLAG,
    /** Kỷ niệm chương. */
    MEDAL;

    public String labelKey() {
        return "awardKind." + name();
    }
}
