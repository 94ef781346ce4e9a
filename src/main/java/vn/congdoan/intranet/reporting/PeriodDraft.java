package vn.congdoan.intranet.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an officer asks for when opening a period. {@code unitIds} empty means every active grassroots union below
 * the opening unit.
 */
public record PeriodDraft(PeriodKind kind, String title, LocalDate coversFrom, LocalDate coversTo, LocalDate deadline,
                          Set<Long> unitIds) implements Serializable {

    public PeriodDraft {
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
    }
}
