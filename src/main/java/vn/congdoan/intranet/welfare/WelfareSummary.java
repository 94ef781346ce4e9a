package vn.congdoan.intranet.welfare;

import java.io.Serializable;
import java.util.List;

/**
 * A year of paid welfare support within a leader's scope: how many members were supported, what was paid by kind
 * (count and đồng) and by month, per branch below the leader's unit, and each fund's balance.
 */
public record WelfareSummary(int year, long membersSupported, List<KindRow> byKind, long[] byMonth,
                             List<BranchRow> branches, List<FundRow> funds) implements Serializable {

    /** Paid cases of one kind and their money. */
    public record KindRow(WelfareKind kind, long cases, long amountPaid) implements Serializable {
    }

    /** A unit directly below the leader's, with everything beneath it. */
    public record BranchRow(long unitId, String unitName, long membersSupported, long amountPaid)
            implements Serializable {
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
