package vn.congdoan.intranet.membership.movement;

import jakarta.inject.Inject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.Texts;

/**
 * The quarterly movements page ({@code /units/movements.xhtml?unit=42&year=2026&quarter=3}), a plain GET form: a
 * line per unit below the chosen one and the total of its branch. Without parameters, the viewer's unit and the
 * present quarter.
 */
@Named
@RequestScoped
public class MovementsBacking {

    @Inject
    MovementService movements;

    @Inject
    OrgUnitService units;

    @Inject
    CurrentUser currentUser;

    private Long unitId;
    private String yearText;
    private String quarterText;
    private int year;
    private int quarter;
    private OrgUnit unit;
    private QuarterMovements result;

    public void load() {
        Viewer viewer = currentUser.get();
        LocalDate today = Formats.today();
        long id = unitId != null ? unitId : viewer.unitId();
        unit = units.getUnit(viewer, id);
        try {
            year = parse(yearText, today.getYear(), "year", "movements.year.invalid");
            quarter = parse(quarterText, (today.getMonthValue() - 1) / 3 + 1, "quarter", "movements.quarter.invalid");
            result = movements.quarter(viewer, id, year, quarter);
        } catch (BusinessException refusal) {
            Texts.error(refusal, "movementsForm");
        }
    }

    /** The number typed in the URL, the default when there is none; text that is no number is refused at the field. */
    private static int parse(String text, int fallback, String field, String messageKey) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw BusinessException.onField(field, messageKey, String.valueOf(MovementService.FIRST_YEAR),
                    String.valueOf(MovementService.LAST_YEAR));
        }
    }

    /** "Từ 01/07/2026 đến 30/09/2026". */
    public String getPeriodText() {
        return result == null ? "" : Texts.get("movements.period", Formats.day(result.getFrom()),
                Formats.day(result.getTo()));
    }

    public List<Integer> getQuarters() {
        return List.of(1, 2, 3, 4);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public int getYear() {
        return year;
    }

    public String getYearText() {
        return yearText;
    }

    public void setYearText(String yearText) {
        this.yearText = yearText;
    }

    public int getQuarter() {
        return quarter;
    }

    public String getQuarterText() {
        return quarterText;
    }

    public void setQuarterText(String quarterText) {
        this.quarterText = quarterText;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public QuarterMovements getResult() {
        return result;
    }
}
