package vn.congdoan.intranet.reporting;

/** A grassroots union's self-assessed classification for the period (tự đánh giá xếp loại). */
public enum Classification {
    /** Công đoàn cơ sở vững mạnh xuất sắc. */
    EXCELLENT,
    /** Công đoàn cơ sở vững mạnh. */
    STRONG,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Chưa hoàn thành nhiệm vụ. */
    NOT_COMPLETED;

    public String labelKey() {
        return "classification." + name();
    }
}
