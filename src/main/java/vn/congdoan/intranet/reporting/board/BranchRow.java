package vn.congdoan.intranet.reporting.board;

import java.io.Serializable;

/** One direct child branch of the board's current branch (or a school directly below it) with its counts. */
public record BranchRow(long unitId, String name, boolean grassroots, StatusCounts counts) implements Serializable {

    /** A branch with units below it can be opened; a school is a leaf. */
    public boolean isDrillable() {
        return !grassroots;
    }
}
