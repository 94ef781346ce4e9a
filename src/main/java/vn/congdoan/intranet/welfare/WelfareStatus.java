package vn.congdoan.intranet.welfare;

/** Where a welfare case stands: draft → submitted → approved / rejected, approved → paid. */
public enum WelfareStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, PAID;

    public boolean isEditable() {
        return this == DRAFT;
    }

    public String labelKey() {
        return "welfareStatus." + name();
    }
}
