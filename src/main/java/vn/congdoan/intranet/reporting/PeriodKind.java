package vn.congdoan.intranet.reporting;

/** What a reporting period summarises. School years run from September to August. */
public enum PeriodKind {
    /** Báo cáo tổng kết năm học. */
    SCHOOL_YEAR,
    /** Báo cáo sơ kết học kỳ / sáu tháng. */
    HALF_YEAR,
    /** Báo cáo năm (calendar year). */
    CALENDAR_YEAR,
    /** Báo cáo giữa nhiệm kỳ đại hội. */
    MID_TERM;

    public String labelKey() {
        return "periodKind." + name();
    }
}
