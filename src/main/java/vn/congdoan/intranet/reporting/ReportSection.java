package vn.congdoan.intranet.reporting;

/** The parts of a report a reviewer may comment on when returning it. */
public enum ReportSection {
    FIGURES, AWARDS, MAIN_RESULTS, HIGHLIGHTS, LIMITATIONS, LESSONS, DIRECTIONS, PROPOSALS, ATTACHMENTS;

    public String labelKey() {
        return "reportSection." + name();
    }
}
