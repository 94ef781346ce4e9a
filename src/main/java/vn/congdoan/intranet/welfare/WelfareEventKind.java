package vn.congdoan.intranet.welfare;

/** A step in a welfare case's history. */
public enum WelfareEventKind {
    CREATED, EDITED, SUBMITTED, APPROVED, REJECTED, PAID;

    public String labelKey() {
        return "welfareEvent." + name();
    }
}
