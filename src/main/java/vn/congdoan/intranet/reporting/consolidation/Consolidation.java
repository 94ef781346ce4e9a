package vn.congdoan.intranet.reporting.consolidation;

import java.io.Serializable;
import java.util.List;
import vn.congdoan.intranet.reporting.ReportingPeriod;
import vn.congdoan.intranet.reporting.board.PeriodBranch;

/**
 * The consolidated figures of a period at a branch: a row per child branch, the branch's total, and the award lines
 * that occur (so that tables show only columns with something in them).
 */
public record Consolidation(ReportingPeriod period, PeriodBranch branch, List<ConsolidationRow> rows,
                            FigureTotals total, List<AwardLine> awardLines) implements Serializable {
}
