package vn.congdoan.intranet.reporting.consolidation;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import vn.congdoan.intranet.reporting.Classification;

/**
 * The summed figures of the approved reports of a branch, and how many reports the branch has in all. Money is whole
 * đồng in a long.
 */
public record FigureTotals(long included, long reports, long membersTotal, long membersWomen, long newMembers,
                           long membersLeft, long officersTrained, long partyIntroduced, long welfareMembers,
                           long welfareAmount, long emulationUnits, long emulationMembers,
                           Map<Classification, Long> classifications, Map<AwardLine, long[]> awards)
        implements Serializable {

    public static final FigureTotals NONE = new FigureTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of());

    public FigureTotals {
        classifications = Map.copyOf(classifications);
        awards = Map.copyOf(awards);
    }

    public long classified(Classification classification) {
        return classifications.getOrDefault(classification, 0L);
    }

    public long collectives(AwardLine line) {
        long[] counts = awards.get(line);
        return counts == null ? 0 : counts[0];
    }

    public long individuals(AwardLine line) {
        long[] counts = awards.get(line);
        return counts == null ? 0 : counts[1];
    }

    public FigureTotals plus(FigureTotals o) {
        Map<Classification, Long> classes = new EnumMap<>(Classification.class);
        classes.putAll(classifications);
        o.classifications.forEach((k, v) -> classes.merge(k, v, Long::sum));
        Map<AwardLine, long[]> lines = new HashMap<>();
        awards.forEach((k, v) -> lines.put(k, v.clone()));
        o.awards.forEach((k, v) -> lines.merge(k, v.clone(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
        return new FigureTotals(included + o.included, reports + o.reports, membersTotal + o.membersTotal,
                membersWomen + o.membersWomen, newMembers + o.newMembers, membersLeft + o.membersLeft,
                officersTrained + o.officersTrained, partyIntroduced + o.partyIntroduced,
                welfareMembers + o.welfareMembers, welfareAmount + o.welfareAmount, emulationUnits + o.emulationUnits,
                emulationMembers + o.emulationMembers, classes, lines);
    }

    /** For the views: {@code #{row.totals.getIncluded()}}. */
    public long getIncluded() {
        return included;
    }

    public long getReports() {
        return reports;
    }
}
