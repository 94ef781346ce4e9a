package vn.congdoan.intranet.reporting.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.congdoan.intranet.reporting.Classification;
import vn.congdoan.intranet.reporting.consolidation.AwardLine;
import vn.congdoan.intranet.reporting.consolidation.Consolidation;
import vn.congdoan.intranet.reporting.consolidation.ConsolidationRow;
import vn.congdoan.intranet.reporting.consolidation.FigureTotals;

/**
 * A table of a consolidation as both writers lay it out: headers, one row per branch and the total row. A cell holds
 * text or a Long; money columns are marked so that each writer formats them as đồng.
 */
record ExportTable(List<String> headers, List<Boolean> money, List<List<Object>> rows, List<Object> total) {

    private record Column(String header, boolean money, Function<FigureTotals, Object> value) {
    }

    /** The figures: members, women, movements, training, welfare, emulation. */
    static ExportTable figures(Consolidation c, ExportTexts t) {
        List<Column> columns = List.of(
                new Column(t.get("consolidation.reports"), false, f -> f.included() + "/" + f.reports()),
                new Column(t.get("consolidation.members"), false, FigureTotals::membersTotal),
                new Column(t.get("consolidation.women"), false, FigureTotals::membersWomen),
                new Column(t.get("consolidation.newMembers"), false, FigureTotals::newMembers),
                new Column(t.get("consolidation.membersLeft"), false, FigureTotals::membersLeft),
                new Column(t.get("consolidation.officersTrained"), false, FigureTotals::officersTrained),
                new Column(t.get("consolidation.partyIntroduced"), false, FigureTotals::partyIntroduced),
                new Column(t.get("consolidation.welfareMembers"), false, FigureTotals::welfareMembers),
                new Column(t.get("consolidation.welfareAmount"), true, FigureTotals::welfareAmount),
                new Column(t.get("consolidation.emulationUnits"), false, FigureTotals::emulationUnits),
                new Column(t.get("consolidation.emulationMembers"), false, FigureTotals::emulationMembers));
        return build(c, t, columns);
    }

    /** Classifications and awards by level and kind (collectives, individuals), only award lines that occur. */
    static ExportTable gradesAndAwards(Consolidation c, ExportTexts t) {
        List<Column> columns = new ArrayList<>();
        for (Classification grade : Classification.values()) {
            columns.add(new Column(t.get(grade.labelKey()), false, f -> f.classified(grade)));
        }
        for (AwardLine line : c.awardLines()) {
            String name = t.get(line.kind().labelKey()) + " – " + t.get(line.level().labelKey());
            columns.add(new Column(name + ": " + t.get("consolidation.collectives"), false, f -> f.collectives(line)));
            columns.add(new Column(name + ": " + t.get("consolidation.individuals"), false, f -> f.individuals(line)));
        }
        return build(c, t, columns);
    }

    private static ExportTable build(Consolidation c, ExportTexts t, List<Column> columns) {
        List<String> headers = new ArrayList<>(List.of(t.get("consolidation.unit")));
        List<Boolean> money = new ArrayList<>(List.of(false));
        for (Column column : columns) {
            headers.add(column.header());
            money.add(column.money());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ConsolidationRow row : c.rows()) {
            rows.add(line(row.name(), row.totals(), columns));
        }
        return new ExportTable(headers, money, rows, line(t.get("consolidation.total"), c.total(), columns));
    }

    private static List<Object> line(String name, FigureTotals totals, List<Column> columns) {
        List<Object> cells = new ArrayList<>(List.of(name));
        for (Column column : columns) {
            cells.add(column.value().apply(totals));
        }
        return cells;
    }
}
