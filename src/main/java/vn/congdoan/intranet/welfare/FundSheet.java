package vn.congdoan.intranet.welfare;

import java.io.Serializable;
import vn.congdoan.intranet.organization.OrgUnit;

/**
 * A unit's welfare fund of one year as the fund page shows it: the fund (null when not opened), income and expenses
 * summed from its lines, the balance they give, and whether the viewer keeps it or only reads it (a unit below).
 */
public record FundSheet(OrgUnit unit, int year, WelfareFund fund, long income, long expenses, long balance,
                        boolean keeps) implements Serializable {

    public boolean isOpened() {
        return fund != null;
    }

    public long opening() {
        return fund == null ? 0 : fund.getOpeningBalance();
    }
}
