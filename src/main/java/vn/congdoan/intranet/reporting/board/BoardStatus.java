package vn.congdoan.intranet.reporting.board;

import vn.congdoan.intranet.reporting.ReportStatus;

/**
 * Where a unit stands on the board: its report's status, except that a report not handed in after the deadline is
 * shown as late. The board statuses of a period's reports add up to all of them.
 */
public enum BoardStatus {
    NOT_STARTED, DRAFT, RETURNED, SUBMITTED, APPROVED, LATE;

    public static BoardStatus of(ReportStatus status, boolean pastDeadline) {
        if (pastDeadline && !status.isHandedIn()) {
            return LATE;
        }
        return valueOf(status.name());
    }

    public String labelKey() {
        return "reportStatus." + name();
    }
}
