package vn.congdoan.intranet.reporting.consolidation;

import java.io.Serializable;

/** The summed figures of one child branch (or of a school directly below the branch). */
public record ConsolidationRow(long unitId, String name, boolean grassroots, FigureTotals totals)
        implements Serializable {

    public boolean isDrillable() {
        return !grassroots;
    }
}
