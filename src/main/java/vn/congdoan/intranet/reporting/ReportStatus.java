package vn.congdoan.intranet.reporting;

/**
 * Where a report stands. "Late" is not a status: it is read from the period's deadline, so a report can be a late
 * draft and later a submitted report that came late.
 */
public enum ReportStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** The grassroots union may still change the report. */
    public boolean isEditable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    /** The report has reached its reviewer (and may have been approved). */
    public boolean isHandedIn() {
        return this == SUBMITTED || this == APPROVED;
    }

    public String labelKey() {
        return "reportStatus." + name();
    }
}
