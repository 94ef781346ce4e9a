package vn.congdoan.intranet.membership.movement;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The membership movements of a unit in one quarter: one line per unit directly below it (each summed over its
 * own branch), or the unit itself when nothing is below it, and the total of the whole branch.
 */
public final class QuarterMovements implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate from;
    private final LocalDate to;
    private final List<UnitMovements> lines;
    private final UnitMovements total;

    QuarterMovements(LocalDate from, LocalDate to, List<UnitMovements> lines, UnitMovements total) {
        this.from = from;
        this.to = to;
        this.lines = List.copyOf(lines);
        this.total = total;
    }

    /** The first day of the quarter. */
    public LocalDate getFrom() {
        return from;
    }

    /** The last day of the quarter. */
    public LocalDate getTo() {
        return to;
    }

    public List<UnitMovements> getLines() {
        return lines;
    }

    public UnitMovements getTotal() {
        return total;
    }

    /** The line of a unit, for tests and drill-down. */
    public UnitMovements line(long unitId) {
        return lines.stream().filter(l -> l.getUnitId() == unitId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line for unit " + unitId));
    }
}
