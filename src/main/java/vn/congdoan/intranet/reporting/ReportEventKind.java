package vn.congdoan.intranet.reporting;

/** The recorded steps of a report's life; saving a draft is not one of them (it is kept as last saved by/at). */
public enum ReportEventKind {
    SUBMITTED, RESUBMITTED, RETURNED, APPROVED, REOPENED;

    public String labelKey() {
        return "reportEvent." + name();
    }
}
