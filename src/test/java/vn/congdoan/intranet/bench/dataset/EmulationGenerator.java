package vn.congdoan.intranet.bench.dataset;

import static vn.congdoan.intranet.bench.dataset.GenerationContext.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * Emulation in a province: awards over five school years (granted by the union itself, by its superior or by the
 * province, and some still pending), the emulation movements of the last school years with their scored entries,
 * and the yearly classification of every grassroots union.
 */
final class EmulationGenerator {

    private final GenerationContext ctx;
    private final RowWriter out;
    private final int lastYear;

    EmulationGenerator(GenerationContext ctx) {
        this.ctx = ctx;
        this.out = ctx.out;
        this.lastYear = ctx.lastYear;
    }

    void declareTables() {
        out.table("award", "id", "version", "award_type_id", "school_year", "recipient_unit_id",
                "recipient_member_id", "recipient_name", "search_name", "recipient_path", "nominating_unit_id",
                "current_unit_id", "issuer_unit_id", "citation", "status", "decision_no", "decision_date", "signer",
                "revoke_reason", "created_by", "created_at", "decided_at");
        out.table("award_event", "id", "version", "award_id", "kind", "occurred_at", "actor", "actor_name",
                "actor_unit_id", "comment_text");
        out.table("movement", "id", "version", "unit_id", "name", "search_name", "description", "participants",
                "women_only", "starts_on", "ends_on", "register_until", "excellent_from_pct", "good_from_pct",
                "pass_from_pct", "status", "created_by", "created_at");
        out.table("movement_criterion", "id", "version", "movement_id", "sort_order", "name", "max_points");
        out.table("movement_entry", "id", "version", "movement_id", "unit_id", "member_id", "subject_key",
                "subject_name", "search_name", "status", "registered_by", "registered_at", "self_points",
                "self_scored_at", "final_points", "result", "scored_by", "scored_by_unit_id", "scored_at");
        out.table("movement_score", "id", "version", "entry_id", "criterion_id", "self_points", "evidence",
                "superior_points");
        out.table("unit_classification", "id", "version", "school_year", "unit_id", "proposed_title_id",
                "self_points", "proposal_note", "status", "proposed_by", "proposed_at", "decided_title_id",
                "decision_note", "decided_by", "decided_by_unit_id", "decided_at");
    }

    void awards(Province p) {
        Random r = p.random;
        for (int year = lastYear - 4; year <= lastYear; year++) {
            LocalDate decided = LocalDate.of(year + 1, 5, 25);
            int decision = 1;
            for (Unit s : p.schools) {
                String path = s.pathOn(decided);
                Unit superior = s.parentOn(decided);
                // the union's own certificate of merit to one member, granted at once
                int m = r.nextInt(s.memberIds.length);
                award(r, 201, year, null, s.memberIds[m], s.memberNames[m], path, s, null, s, "GRANTED",
                        (decision++) + "/QĐ-CĐCS", decided, s, null);
                int roll = r.nextInt(100);
                if (roll < 12) {
                    award(r, 202, year, s, null, s.name, path, s, null, superior, "GRANTED",
                            r.nextInt(200) + 1 + "/QĐ-CĐ", decided.plusDays(20), superior, null);
                } else if (roll < 14) {
                    int k = r.nextInt(s.memberIds.length);
                    award(r, 204, year, null, s.memberIds[k], s.memberNames[k], path, s, null, p.root, "GRANTED",
                            r.nextInt(900) + 1 + "/QĐ-LĐLĐ", decided.plusDays(40), p.root, superior);
                } else if (roll < 17 && year == lastYear) {
                    award(r, 203, year, s, null, s.name, path, s, superior, superior, "PENDING", null, null,
                            null, null);
                }
            }
        }
    }

    private void award(Random r, long type, int year, Unit unit, Long memberId, String name, String path,
                       Unit nominating, Unit waitingAt, Unit issuer, String status, String decisionNo,
                       LocalDate decisionDate, Unit decider, Unit endorser) {
        long id = ctx.nextId();
        Instant created = at(r, LocalDate.of(year + 1, 5, 5));
        Instant decidedAt = decisionDate == null ? null : at(r, decisionDate);
        String citation = unit != null ? "Đã có thành tích xuất sắc trong hoạt động công đoàn năm học " + year + "–"
                + (year + 1) : "Đã có thành tích xuất sắc trong công tác giảng dạy và hoạt động công đoàn năm học "
                + year + "–" + (year + 1);
        out.add("award", id, 0L, type, year, unit == null ? null : unit.id, memberId, name, ctx.fold(name), path,
                nominating.id, waitingAt == null ? null : waitingAt.id, issuer.id, citation, status, decisionNo,
                decisionDate, decider == null ? null : decider.officerName, null, nominating.officer, created,
                decidedAt);
        if (decider == nominating) {
            out.add("award_event", ctx.nextId(), 0L, id, "GRANTED", decidedAt, decider.officer, decider.officerName,
                    decider.id, null);
            return;
        }
        out.add("award_event", ctx.nextId(), 0L, id, "NOMINATED", created, nominating.officer, nominating.officerName,
                nominating.id, null);
        if (endorser != null && endorser != decider) {
            out.add("award_event", ctx.nextId(), 0L, id, "ENDORSED", created.plusSeconds(86_400L * 5), endorser.officer,
                    endorser.officerName, endorser.id, null);
        }
        if (decider != null) {
            out.add("award_event", ctx.nextId(), 0L, id, "GRANTED", decidedAt, decider.officer, decider.officerName,
                    decider.id, null);
        }
    }

    void movements(Province p) {
        Random r = p.random;
        for (int year = lastYear - 1; year <= lastYear + 1; year++) {
            boolean open = year > lastYear;
            LocalDate starts = LocalDate.of(year, 9, 5);
            LocalDate ends = LocalDate.of(year + 1, 5, 31);
            String label = year + "–" + (year + 1);
            for (int kind = 0; kind < 2; kind++) {
                boolean units = kind == 0;
                String name = units ? "Phong trào thi đua yêu nước năm học " + label
                        : "\"Giỏi việc trường, đảm việc nhà\" năm học " + label;
                long movement = ctx.nextId();
                out.add("movement", movement, 0L, p.root.id, name, ctx.fold(name), units
                                ? "Thi đua hoàn thành xuất sắc nhiệm vụ năm học, xây dựng công đoàn cơ sở vững mạnh."
                                : "Dành cho nữ đoàn viên: giỏi chuyên môn, chăm lo gia đình, tích cực hoạt động"
                                + " công đoàn.", units ? "UNITS" : "MEMBERS", !units, starts, ends,
                        starts.plusDays(30), 90, 75, 50, open ? "OPEN" : "CLOSED", p.root.officer,
                        at(r, starts.minusDays(5)));
                long[] criteria = new long[3];
                int[] max = {40, 40, 20};
                String[] names = units
                        ? new String[] {"Hoàn thành nhiệm vụ chuyên môn", "Chăm lo đời sống đoàn viên",
                            "Xây dựng tổ chức công đoàn"}
                        : new String[] {"Thành tích chuyên môn", "Xây dựng gia đình hạnh phúc",
                            "Tham gia hoạt động công đoàn"};
                for (int c = 0; c < 3; c++) {
                    criteria[c] = ctx.nextId();
                    out.add("movement_criterion", criteria[c], 0L, movement, c + 1, names[c], max[c]);
                }
                for (Unit s : p.schools) {
                    if (units) {
                        if (r.nextInt(100) < 50) {
                            entry(r, movement, criteria, max, s, null, "U" + s.id, s.name, starts, open, p.root);
                        }
                        continue;
                    }
                    if (r.nextInt(100) >= 30) {
                        continue;
                    }
                    // up to two women members of the union, never the same one twice (one registration each)
                    int a = r.nextInt(s.memberIds.length);
                    int b = r.nextInt(s.memberIds.length);
                    for (int m : a == b ? new int[] {a} : new int[] {a, b}) {
                        if (s.memberWomen[m] && s.memberActive[m]) {
                            entry(r, movement, criteria, max, s, s.memberIds[m], "M" + s.memberIds[m],
                                    s.memberNames[m], starts, open, p.root);
                        }
                    }
                }
            }
        }
    }

    private void entry(Random r, long movement, long[] criteria, int[] max, Unit s, Long member, String key,
                       String subject, LocalDate starts, boolean open, Unit scorer) {
        long id = ctx.nextId();
        Instant registered = at(r, starts.plusDays(3 + r.nextInt(20)));
        if (open) {
            out.add("movement_entry", id, 0L, movement, s.id, member, key, subject, ctx.fold(subject), "REGISTERED",
                    s.officer, registered, null, null, null, null, null, null, null);
            return;
        }
        int[] self = new int[3];
        int[] given = new int[3];
        int selfTotal = 0;
        int total = 0;
        for (int c = 0; c < 3; c++) {
            self[c] = max[c] * (70 + r.nextInt(31)) / 100;
            given[c] = Math.max(0, self[c] - r.nextInt(4));
            selfTotal += self[c];
            total += given[c];
        }
        String result = total >= 90 ? "EXCELLENT" : total >= 75 ? "GOOD" : total >= 50 ? "PASS" : "FAIL";
        Instant selfScored = registered.plusSeconds(86_400L * 150);
        Instant scored = selfScored.plusSeconds(86_400L * 20);
        out.add("movement_entry", id, 0L, movement, s.id, member, key, subject, ctx.fold(subject), "SCORED", s.officer,
                registered, selfTotal, selfScored, total, result, scorer.officer, scorer.id, scored);
        for (int c = 0; c < 3; c++) {
            out.add("movement_score", ctx.nextId(), 0L, id, criteria[c], self[c], c == 0
                    ? "Kết quả xếp loại chuyên môn của năm học" : null, given[c]);
        }
    }

    void classifications(Province p) {
        Random r = p.random;
        for (int year = lastYear - 2; year <= lastYear; year++) {
            LocalDate proposed = LocalDate.of(year + 1, 6, 1);
            LocalDate decided = LocalDate.of(year + 1, 6, 20);
            for (Unit s : p.schools) {
                int points = 60 + r.nextInt(41);
                long title = points >= 90 ? 101 : points >= 70 ? 102 : 103;
                long decidedTitle = r.nextInt(100) < 10 && title < 103 ? title + 1 : title;
                Unit superior = s.parentOn(decided);
                out.add("unit_classification", ctx.nextId(), 0L, year, s.id, title, points,
                        "Tự chấm theo hướng dẫn đánh giá chất lượng hoạt động công đoàn cơ sở", "DECIDED", s.officer,
                        at(r, proposed), decidedTitle, decidedTitle == title ? null
                                : "Hạ một bậc do chưa hoàn thành chỉ tiêu phát triển đoàn viên",
                        superior.officer, superior.id, at(r, decided));
            }
        }
    }
}
