package vn.congdoan.intranet.welfare.fund;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.omnifaces.util.Faces;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.Texts;
import vn.congdoan.intranet.welfare.WelfareService;

/**
 * The welfare fund page ({@code /welfare/fund.xhtml?year=2026&unit=42}): the viewer's own unit's fund of a year,
 * which they open and record income into, or (with {@code unit}) a unit below them, read only. The balance and the
 * sums come from the service on every load, never from the page.
 */
@Named
@ViewScoped
public class WelfareFundBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Years offered by the picker: next year and this many before this year. */
    private static final int PAST_YEARS = 5;

    @Inject
    FundService funds;

    @Inject
    CurrentUser currentUser;

    private Long unitId;
    private Integer year;
    private FundSheet sheet;
    private ServiceLazyModel<WelfareFundLine> lines;
    private Long openingBalance;
    private FundLineKind incomeKind = FundLineKind.INCOME_ALLOCATION;
    private LocalDate incomeDate;
    private Long incomeAmount;
    private String incomeDescription;

    public void load() {
        if (year == null) {
            year = Formats.today().getYear();
        }
        sheet = funds.sheet(currentUser.get(), unitId, year);
        if (sheet.isOpened()) {
            long fundId = sheet.fund().getId();
            lines = new ServiceLazyModel<>(q -> (int) funds.countLines(currentUser.get(), fundId),
                    q -> funds.lines(currentUser.get(), fundId, q));
        } else {
            lines = null;
        }
    }

    /** Opens the fund, then shows the page again with its cards, lines and income button. */
    public String openFund() {
        if (FormActions.run("openForm", WelfareService.CHANGED_BY_OTHER,
                () -> funds.openFund(currentUser.get(), year, openingBalance)) == null) {
            return null;
        }
        Faces.getFlash().setKeepMessages(true);
        Texts.info("welfare.fund.opened", String.valueOf(year));
        return "/welfare/fund?faces-redirect=true&year=" + year;
    }

    /** Prepares the income dialog: a date within the fund's year (today when it is this year). */
    public void newIncome() {
        LocalDate today = Formats.today();
        incomeKind = FundLineKind.INCOME_ALLOCATION;
        incomeDate = today.getYear() == year ? today : LocalDate.of(year, 1, 1);
        incomeAmount = null;
        incomeDescription = null;
    }

    public void addIncome() {
        if (!sheet.isOpened()) {
            return;
        }
        long fundId = sheet.fund().getId();
        if (FormActions.run("incomeForm", WelfareService.CHANGED_BY_OTHER,
                () -> funds.addIncome(currentUser.get(), fundId, incomeKind,
                incomeDate, incomeAmount, incomeDescription)) != null) {
            Texts.info("welfare.fund.incomeAdded");
            load();
        }
    }

    public List<Integer> getYears() {
        int now = Formats.today().getYear();
        return IntStream.rangeClosed(now - PAST_YEARS, now + 1).boxed().sorted((a, b) -> b - a).toList();
    }

    public FundLineKind[] getIncomeKinds() {
        return new FundLineKind[] {FundLineKind.INCOME_ALLOCATION, FundLineKind.INCOME_DONATION};
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public FundSheet getSheet() {
        return sheet;
    }

    public ServiceLazyModel<WelfareFundLine> getLines() {
        return lines;
    }

    public Long getOpeningBalance() {
        return openingBalance;
    }

    public void setOpeningBalance(Long openingBalance) {
        this.openingBalance = openingBalance;
    }

    public FundLineKind getIncomeKind() {
        return incomeKind;
    }

    public void setIncomeKind(FundLineKind incomeKind) {
        this.incomeKind = incomeKind;
    }

    public LocalDate getIncomeDate() {
        return incomeDate;
    }

    public void setIncomeDate(LocalDate incomeDate) {
        this.incomeDate = incomeDate;
    }

    public Long getIncomeAmount() {
        return incomeAmount;
    }

    public void setIncomeAmount(Long incomeAmount) {
        this.incomeAmount = incomeAmount;
    }

    public String getIncomeDescription() {
        return incomeDescription;
    }

    public void setIncomeDescription(String incomeDescription) {
        this.incomeDescription = incomeDescription;
    }
}
