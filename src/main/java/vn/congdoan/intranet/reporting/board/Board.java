package vn.congdoan.intranet.reporting.board;

import java.io.Serializable;
import java.util.List;
import vn.congdoan.intranet.reporting.ReportingPeriod;

/** The status board of one period at one branch: the totals, a row per child branch, whether the deadline passed. */
public record Board(ReportingPeriod period, PeriodBranch branch, StatusCounts totals, List<BranchRow> rows,
                   boolean pastDeadline) implements Serializable {

    /** True when some row is a branch with units below it; a list of schools alone is the table below. */
    public boolean hasBranches() {
        return rows.stream().anyMatch(BranchRow::isDrillable);
    }
}
