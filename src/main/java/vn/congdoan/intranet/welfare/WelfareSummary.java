package vn.congdoan.intranet.welfare;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A year of paid welfare support within a leader's scope: how many members were supported, what was paid by kind
 * (count and đồng) and by month, per branch below the leader's unit, and each fund's balance. A drill-down names its
 * branch and the unit one level up ({@code upId}, null at the viewer's own unit).
 */
public record WelfareSummary(int year, long membersSupported, List<KindRow> byKind, long[] byMonth,
                             List<BranchRow> branches, List<FundRow> funds, long branchId, String branchName,
                             Long upId) implements Serializable {

    /** Paid cases of one kind and their money. */
    public record KindRow(WelfareKind kind, long cases, long amountPaid) implements Serializable {
    }

    /** A unit directly below the leader's, with everything beneath it. */
    public record BranchRow(long unitId, String unitName, long membersSupported, long amountPaid, boolean drillable)
            implements Serializable {
    }

    /** One paid case as the export lists it: no description, no gifts. */
    public record PaidCase(long caseId, String memberName, String unitName, WelfareKind kind, LocalDate paidOn,
                           long amount) implements Serializable {
    }

    /** One fund of the year: opening, income, expenses and the balance they give. */
    public record FundRow(long fundId, long unitId, String unitName, long opening, long income, long expenses,
                          long balance) implements Serializable {
    }

    /** Everything paid in the year, in đồng. */
    public long totalPaid() {
        long total = 0;
        for (long month : byMonth) {
            total += month;
        }
        return total;
    }
}
