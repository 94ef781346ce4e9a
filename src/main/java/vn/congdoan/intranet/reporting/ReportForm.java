package vn.congdoan.intranet.reporting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the edit page binds to: a copy of the report's figures, narrative and award counts. Kept in the view between
 * requests, so whatever the officer typed survives a refused save; the service copies it into the report only when
 * every rule holds.
 */
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ReportFigures figures = new ReportFigures();
    private final ReportNarrative narrative = new ReportNarrative();
    private final EnumMap<AwardLevel, EnumMap<AwardKind, AwardCell>> awards = new EnumMap<>(AwardLevel.class);

    public ReportForm() {
        for (AwardLevel level : AwardLevel.values()) {
            EnumMap<AwardKind, AwardCell> row = new EnumMap<>(AwardKind.class);
            for (AwardKind kind : AwardKind.values()) {
                row.put(kind, new AwardCell());
            }
            awards.put(level, row);
        }
    }

    /** The form filled with what the report holds now. */
    public static ReportForm of(ActivityReport report) {
        ReportForm form = new ReportForm();
        form.figures.copyFrom(report.getFigures());
        form.narrative.copyFrom(report.getNarrative());
        for (ReportAward line : report.getAwards()) {
            AwardCell cell = form.cell(line.getLevel(), line.getKind());
            cell.setCollectives(line.getCollectives());
            cell.setIndividuals(line.getIndividuals());
        }
        return form;
    }

    /** One cell of the awards grid: {@code #{bean.form.cell(level, kind).collectives}}. */
    public AwardCell cell(AwardLevel level, AwardKind kind) {
        return awards.get(level).get(kind);
    }

    /** The award lines to store: every cell with a count, empty counts read as zero. */
    public List<ReportAward> awardLines() {
        List<ReportAward> lines = new ArrayList<>();
        for (Map.Entry<AwardLevel, EnumMap<AwardKind, AwardCell>> row : awards.entrySet()) {
            for (Map.Entry<AwardKind, AwardCell> entry : row.getValue().entrySet()) {
                AwardCell cell = entry.getValue();
                if (cell.total() > 0) {
                    lines.add(ReportAward.line(row.getKey(), entry.getKey(), zeroIfNull(cell.getCollectives()),
                            zeroIfNull(cell.getIndividuals())));
                }
            }
        }
        return lines;
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    public ReportFigures getFigures() {
        return figures;
    }

    public ReportNarrative getNarrative() {
        return narrative;
    }

    /** The input id of an award cell's count, as the page names it and the rules report it. */
    public static String awardField(AwardLevel level, AwardKind kind, boolean collectives) {
        return "award_" + level + "_" + kind + (collectives ? "_c" : "_i");
    }

    /** Collective and individual counts of one level and kind of award. */
    public static class AwardCell implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer collectives;
        private Integer individuals;

        long total() {
            return (long) zeroIfNull(collectives) + zeroIfNull(individuals);
        }

        public Integer getCollectives() {
            return collectives;
        }

        public void setCollectives(Integer collectives) {
            this.collectives = collectives;
        }

        public Integer getIndividuals() {
            return individuals;
        }

        public void setIndividuals(Integer individuals) {
            this.individuals = individuals;
        }
    }
}
