package vn.congdoan.intranet.reporting;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the "open a period" form proposes for a kind and a year. School years run from September to August, so
 * school year 2025 is 01/09/2025–31/08/2026 and its first semester September to January; a mid-term review has no
 * natural dates, the officer types them. The title is a bundle key with the years as arguments.
 */
public record PeriodProposal(String titleKey, String firstYear, String secondYear, LocalDate coversFrom,
                             LocalDate coversTo) implements Serializable {

    public static PeriodProposal of(PeriodKind kind, int year) {
        String first = String.valueOf(year);
        String second = String.valueOf(year + 1);
        String key = "period.proposedTitle." + kind.name();
        return switch (kind) {
            case SCHOOL_YEAR -> new PeriodProposal(key, first, second, LocalDate.of(year, 9, 1),
                    LocalDate.of(year + 1, 8, 31));
            case HALF_YEAR -> new PeriodProposal(key, first, second, LocalDate.of(year, 9, 1),
                    LocalDate.of(year + 1, 1, 31));
            case CALENDAR_YEAR -> new PeriodProposal(key, first, second, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31));
            case MID_TERM -> new PeriodProposal(key, first, second, null, null);
        };
    }
}
