package vn.congdoan.intranet.bench.dataset;

import static vn.congdoan.intranet.bench.dataset.GenerationContext.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import vn.congdoan.intranet.demo.DemoNarratives;
import vn.congdoan.intranet.reporting.ReportNarrative;

/**
 * The activity reports of a province: five closed school years, every report approved after the usual detours
 * (late submissions, returns with a comment), and the open current period in every state the benchmark needs.
 */
final class ReportGenerator {

    private final GenerationContext ctx;
    private final RowWriter out;
    private final LocalDate today;
    private final int lastYear;

    ReportGenerator(GenerationContext ctx) {
        this.ctx = ctx;
        this.out = ctx.out;
        this.today = ctx.today;
        this.lastYear = ctx.lastYear;
    }

    void declareTables() {
        out.table("reporting_period", "id", "version", "kind", "title", "covers_from", "covers_to", "deadline",
                "owner_unit_id", "owner_path", "status", "opened_by", "opened_at");
        out.table("activity_report", "id", "version", "period_id", "unit_id", "unit_path", "unit_name",
                "reviewer_unit_id", "status", "members_total", "members_women", "new_members", "members_left",
                "officers_trained", "party_introduced", "welfare_members", "welfare_amount", "emulation_units",
                "emulation_members", "classification", "main_results", "highlights", "limitations", "lessons",
                "directions", "proposals", "last_saved_at", "last_saved_by", "submitted_at", "decided_at",
                "approved_by", "approved_by_unit_id");
        out.table("report_award", "id", "version", "report_id", "award_level", "award_kind", "collectives",
                "individuals");
        out.table("report_event", "id", "version", "report_id", "kind", "occurred_at", "actor", "actor_name",
                "actor_unit_id", "comment");
        out.table("report_section_comment", "id", "version", "event_id", "section", "comment");
    }

    void generate(Province p) {
        Random r = p.random;
        for (int year = lastYear - 4; year <= lastYear; year++) {
            LocalDate opened = LocalDate.of(year + 1, 5, 12);
            LocalDate deadline = LocalDate.of(year + 1, 6, 6);
            long period = ctx.nextId();
            out.add("reporting_period", period, 0L, "SCHOOL_YEAR", "Báo cáo tổng kết năm học " + year + "–" + (year + 1),
                    LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31), deadline, p.root.id, p.root.path,
                    "CLOSED", p.root.officer, at(r, opened));
            boolean full = year >= lastYear - 1;
            for (Unit s : p.schools) {
                Unit reviewer = s.parentOn(opened);
                LocalDate submittedOn = r.nextInt(100) < 9 ? deadline.plusDays(1 + r.nextInt(6))
                        : deadline.minusDays(r.nextInt(10));
                Instant saved = at(r, opened.plusDays(2 + r.nextInt(10)));
                Instant submitted = at(r, submittedOn);
                boolean returned = r.nextInt(100) < 12;
                Instant returnedAt = submitted.plusSeconds(86_400L * (1 + r.nextInt(2)));
                Instant again = returnedAt.plusSeconds(86_400L * (1 + r.nextInt(2)));
                Instant approved = (returned ? again : submitted).plusSeconds(86_400L * (1 + r.nextInt(5)));
                long report = report(r, period, s, s.pathOn(opened), reviewer, "APPROVED", saved, submitted,
                        approved, full);
                reportEvent(report, "SUBMITTED", submitted, s, null);
                if (returned) {
                    String comment = DemoNarratives.RETURN_COMMENTS[r.nextInt(DemoNarratives.RETURN_COMMENTS.length)];
                    long event = reportEvent(report, "RETURNED", returnedAt, reviewer, comment);
                    out.add("report_section_comment", ctx.nextId(), 0L, event,
                            comment.contains("số liệu") || comment.contains("Số tiền") ? "FIGURES" : "LIMITATIONS",
                            comment);
                    reportEvent(report, "RESUBMITTED", again, s, null);
                }
                reportEvent(report, "APPROVED", approved, reviewer, null);
            }
        }
        // the current period, opened by the province ten days ago: about half not started or in draft, about a
        // third submitted, the rest approved; the first union of each province is left for the tests to fill
        LocalDate opened = today.minusDays(10);
        long period = ctx.nextId();
        out.add("reporting_period", period, 0L, "CALENDAR_YEAR", "Báo cáo công tác công đoàn năm " + today.getYear(),
                LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31), today.plusDays(21),
                p.root.id, p.root.path, "OPEN", p.root.officer, at(r, opened));
        boolean first = true;
        for (Unit s : p.schools) {
            int roll = first ? 0 : r.nextInt(100);
            first = false;
            String status = roll < 25 ? "NOT_STARTED" : roll < 50 ? "DRAFT" : roll < 80 ? "SUBMITTED" : "APPROVED";
            Instant saved = roll < 25 ? null : at(r, opened.plusDays(1 + r.nextInt(4)));
            Instant submitted = roll < 50 ? null : at(r, opened.plusDays(5 + r.nextInt(3)));
            Instant approved = roll < 80 ? null : submitted.plusSeconds(86_400L);
            long report = report(r, period, s, s.path, s.parent, status, saved, submitted, approved, true);
            if (submitted != null) {
                reportEvent(report, "SUBMITTED", submitted, s, null);
            }
            if (approved != null) {
                reportEvent(report, "APPROVED", approved, s.parent, null);
            }
        }
    }

    private long report(Random r, long period, Unit s, String path, Unit reviewer, String status,
                        Instant saved, Instant submitted, Instant approved, boolean fullText) {
        long id = ctx.nextId();
        if (saved == null) {
            out.add("activity_report", id, 0L, period, s.id, path, s.name, reviewer.id, status, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
            return id;
        }
        int total = Math.max(1, s.active - r.nextInt(3));
        int welfare = total * (20 + r.nextInt(41)) / 100;
        int grade = r.nextInt(100);
        String classification = grade < 30 ? "EXCELLENT" : grade < 85 ? "STRONG" : grade < 98 ? "COMPLETED"
                : "NOT_COMPLETED";
        ReportNarrative n = ctx.narratives[r.nextInt(ctx.narratives.length)];
        out.add("activity_report", id, 0L, period, s.id, path, s.name, reviewer.id, status, total,
                Math.min(total, s.women), r.nextInt(Math.max(2, total / 10)), r.nextInt(3), 1 + r.nextInt(5),
                r.nextInt(4), welfare, welfare * 50_000L * (6 + r.nextInt(15)), 1 + r.nextInt(4),
                total - r.nextInt(Math.max(1, total / 8)), classification,
                n.getMainResults().replace("{0}", String.valueOf(total)),
                fullText ? n.getHighlights() : null, fullText ? n.getLimitations() : null,
                fullText ? n.getLessons() : null, n.getDirections(), fullText ? n.getProposals() : null,
                saved, s.officer, submitted, approved, approved == null ? null : reviewer.officer,
                approved == null ? null : reviewer.id);
        out.add("report_award", ctx.nextId(), 0L, id, "GRASSROOTS", "CERTIFICATE", 1 + r.nextInt(3),
                2 + r.nextInt(Math.max(2, total / 5)));
        if (r.nextBoolean()) {
            out.add("report_award", ctx.nextId(), 0L, id, "SUPERIOR", "CERTIFICATE", r.nextInt(2), 1 + r.nextInt(4));
        }
        if (r.nextInt(100) < 15) {
            out.add("report_award", ctx.nextId(), 0L, id, "PROVINCE", "MERIT", r.nextInt(2), 1);
        }
        return id;
    }

    private long reportEvent(long report, String kind, Instant at, Unit actor, String comment) {
        long id = ctx.nextId();
        out.add("report_event", id, 0L, report, kind, at, actor.officer, actor.officerName, actor.id, comment);
        return id;
    }
}
