package vn.congdoan.intranet.reporting.export;

import java.util.ArrayList;
import java.util.List;
import vn.congdoan.intranet.reporting.ActivityReport;
import vn.congdoan.intranet.reporting.ReportAward;
import vn.congdoan.intranet.reporting.ReportFigures;
import vn.congdoan.intranet.reporting.ReportSection;
import vn.congdoan.intranet.shared.Formats;

/**
 * One report laid out for export, in the request's language: the heading lines, the figures as label–value pairs
 * (numbers as Long, money marked), the awards and the narrative sections. Both writers read it.
 */
record ReportDocument(String title, List<String[]> heading, List<Figure> figures, List<String> awardHeaders,
                      List<Object[]> awards, List<String[]> narrative) {

    /** One figure: a Long count, a Long amount of đồng (money) or text; null when the report left it empty. */
    record Figure(String label, Object value, boolean money) {
    }

    static ReportDocument of(ActivityReport report, String approverName, ExportTexts t) {
        List<String[]> heading = new ArrayList<>();
        heading.add(new String[] {t.get("reportExport.unit"), report.getUnitName()});
        heading.add(new String[] {t.get("reportExport.reviewer"), report.getReviewer().getName()});
        heading.add(new String[] {t.get("reportExport.status"), t.get(report.getStatus().labelKey())});
        heading.add(new String[] {t.get("reportExport.deadline"), ExportTexts.day(report.getPeriod().getDeadline())});
        heading.add(new String[] {t.get("reportExport.submittedAt"), dateTime(report.getSubmittedAt())});
        if (report.getApprovedBy() != null) {
            String unit = report.getApprovedByUnit() == null ? "" : " – " + report.getApprovedByUnit().getName();
            heading.add(new String[] {t.get("reportExport.approvedBy"), (approverName == null ? report.getApprovedBy()
                    : approverName) + unit + " (" + dateTime(report.getDecidedAt()) + ")"});
        }
        ReportFigures f = report.getFigures();
        List<Figure> figures = List.of(
                count(t, "consolidation.members", f.getMembersTotal()),
                count(t, "consolidation.women", f.getMembersWomen()),
                count(t, "consolidation.newMembers", f.getNewMembers()),
                count(t, "consolidation.membersLeft", f.getMembersLeft()),
                count(t, "consolidation.officersTrained", f.getOfficersTrained()),
                count(t, "consolidation.partyIntroduced", f.getPartyIntroduced()),
                count(t, "consolidation.welfareMembers", f.getWelfareMembers()),
                new Figure(t.get("consolidation.welfareAmount"), f.getWelfareAmount(), true),
                count(t, "consolidation.emulationUnits", f.getEmulationUnits()),
                count(t, "consolidation.emulationMembers", f.getEmulationMembers()),
                new Figure(t.get("reportExport.classification"), f.getClassification() == null ? null
                        : t.get(f.getClassification().labelKey()), false));
        List<Object[]> awards = new ArrayList<>();
        for (ReportAward award : report.getAwards()) {
            awards.add(new Object[] {t.get(award.getLevel().labelKey()), t.get(award.getKind().labelKey()),
                (long) award.getCollectives(), (long) award.getIndividuals()});
        }
        List<String[]> narrative = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            String text = report.getNarrative().text(section);
            if (text != null && !text.isBlank()) {
                narrative.add(new String[] {t.get(section.labelKey()), text});
            }
        }
        return new ReportDocument(report.getPeriod().getTitle(), heading, figures, List.of(
                t.get("reportExport.awardLevel"), t.get("reportExport.awardKind"), t.get("consolidation.collectives"),
                t.get("consolidation.individuals")), awards, narrative);
    }

    private static Figure count(ExportTexts t, String key, Integer value) {
        return new Figure(t.get(key), value == null ? null : value.longValue(), false);
    }

    private static String dateTime(java.time.Instant instant) {
        return instant == null ? "" : new Formats().dateTime(instant);
    }
}
