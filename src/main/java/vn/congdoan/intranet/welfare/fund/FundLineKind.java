package vn.congdoan.intranet.welfare.fund;

/** A line of a welfare fund: money in (an allocation or a donation) or out (a paid case). */
public enum FundLineKind {
    INCOME_ALLOCATION, INCOME_DONATION, EXPENSE;

    public boolean isIncome() {
        return this != EXPENSE;
    }

    public String labelKey() {
        return "fundLineKind." + name();
    }
}
