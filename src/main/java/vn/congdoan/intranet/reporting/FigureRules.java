package vn.congdoan.intranet.reporting;

import java.util.List;
import vn.congdoan.intranet.shared.BusinessException;

/**
 * The rules a report's content must meet: on every save (no negative or absurd figure, women within members, text
 * within size) and on submission (every figure and the main results given). Each refusal names the input it
 * concerns, so the page shows it at the field; the first broken rule in form order wins.
 */
public final class FigureRules {

    private FigureRules() {
    }

    /** What every draft must meet; empty figures are allowed. */
    public static void checkDraft(ReportForm form) {
        ReportFigures f = form.getFigures();
        count("membersTotal", f.getMembersTotal());
        count("membersWomen", f.getMembersWomen());
        if (f.getMembersTotal() != null && f.getMembersWomen() != null && f.getMembersWomen() > f.getMembersTotal()) {
            throw BusinessException.onField("membersWomen", "report.figure.womenOverTotal", f.getMembersTotal());
        }
        count("newMembers", f.getNewMembers());
        count("membersLeft", f.getMembersLeft());
        count("officersTrained", f.getOfficersTrained());
        count("partyIntroduced", f.getPartyIntroduced());
        count("welfareMembers", f.getWelfareMembers());
        Long money = f.getWelfareAmount();
        if (money != null && (money < 0 || money > ReportFigures.MONEY_MAX)) {
            throw BusinessException.onField("welfareAmount", "report.figure.money", "100.000.000.000");
        }
        count("emulationUnits", f.getEmulationUnits());
        count("emulationMembers", f.getEmulationMembers());
        for (AwardLevel level : AwardLevel.values()) {
            for (AwardKind kind : AwardKind.values()) {
                ReportForm.AwardCell cell = form.cell(level, kind);
                count(ReportForm.awardField(level, kind, true), cell.getCollectives());
                count(ReportForm.awardField(level, kind, false), cell.getIndividuals());
            }
        }
        for (ReportSection section : ReportSection.values()) {
            String text = form.getNarrative().text(section);
            if (text != null && text.length() > ReportNarrative.SECTION_MAX) {
                throw BusinessException.onField(field(section), "report.section.tooLong", "20.000");
            }
        }
    }

    /** What a report must meet to be handed in, on top of {@link #checkDraft}. */
    public static void checkComplete(ReportForm form) {
        List<String> missing = form.getFigures().missing();
        if (!missing.isEmpty()) {
            String field = missing.get(0);
            throw BusinessException.onField(field, field.equals("classification")
                    ? "report.classification.required" : "report.figure.required");
        }
        String main = form.getNarrative().getMainResults();
        if (main == null || main.isBlank()) {
            throw BusinessException.onField("mainResults", "report.mainResults.required");
        }
    }

    /** The input id of a narrative section: its bean property name. */
    public static String field(ReportSection section) {
        return switch (section) {
            case MAIN_RESULTS -> "mainResults";
            case HIGHLIGHTS -> "highlights";
            case LIMITATIONS -> "limitations";
            case LESSONS -> "lessons";
            case DIRECTIONS -> "directions";
            case PROPOSALS -> "proposals";
            default -> section.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static void count(String field, Integer value) {
        if (value == null) {
            return;
        }
        if (value < 0) {
            throw BusinessException.onField(field, "report.figure.negative");
        }
        if (value > ReportFigures.COUNT_MAX) {
            throw BusinessException.onField(field, "report.figure.tooLarge", "100.000");
        }
    }
}
