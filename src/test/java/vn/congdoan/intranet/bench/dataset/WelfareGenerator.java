package vn.congdoan.intranet.bench.dataset;

import static vn.congdoan.intranet.bench.dataset.GenerationContext.at;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Welfare of a province: a fund per unit and year with its income lines, cases for about 12% of the members
 * (paid cases drawn from the fund, an overdraft explained), and members' concerns, some of them taken up as cases.
 */
final class WelfareGenerator {

    /** Grassroots unions approve welfare cases up to this amount themselves (V8's welfare_limit). */
    private static final long GRASSROOTS_LIMIT = 2_000_000;

    private final GenerationContext ctx;
    private final RowWriter out;
    private final LocalDate today;
    private final List<long[]> concernLinks = new ArrayList<>();

    WelfareGenerator(GenerationContext ctx) {
        this.ctx = ctx;
        this.out = ctx.out;
        this.today = ctx.today;
    }

    void declareTables() {
        out.table("welfare_fund", "id", "version", "unit_id", "fund_year", "opening_balance", "created_by",
                "created_at");
        out.table("member_concern", "id", "version", "member_id", "unit_id", "subject", "body", "status", "answer",
                "answered_by", "answered_at", "case_id", "created_at");
        out.table("welfare_case", "id", "version", "unit_id", "member_id", "kind", "occurred_on", "description",
                "amount", "gifts", "status", "approver_unit_id", "submitted_at", "decided_by", "decided_by_unit_id",
                "decided_at", "paid_at", "paid_by", "overdraft_reason", "concern_id", "created_by", "created_at");
        out.table("welfare_case_event", "id", "version", "case_id", "kind", "occurred_at", "actor", "actor_name",
                "actor_unit_id", "comment_text");
        out.table("welfare_fund_line", "id", "version", "fund_id", "kind", "line_date", "amount", "description",
                "case_id", "created_by", "created_at");
    }

    void generate(Province p) {
        Random r = p.random;
        int thisYear = today.getYear();
        Map<String, long[]> funds = new HashMap<>();
        List<Unit> holders = new ArrayList<>(p.schools);
        holders.addAll(p.communes);
        holders.add(p.root);
        holders.add(p.sector);
        holders.addAll(p.districts);
        for (Unit u : holders) {
            for (int year = thisYear - 1; year <= thisYear; year++) {
                LocalDate opened = LocalDate.of(year, 1, 5);
                if (u.from.getYear() > year || (u.to != null && u.to.getYear() < year)) {
                    continue;
                }
                if (opened.isBefore(u.from)) {
                    opened = u.from.plusDays(4);
                }
                boolean school = u.level.equals("GRASSROOTS_UNION");
                long size = school ? u.active : u == p.root ? 2_000 : 300;
                long opening = 1_000_000L * (school ? 3 + r.nextInt(6) : 20 + r.nextInt(20));
                long fund = ctx.nextId();
                out.add("welfare_fund", fund, 0L, u.id, year, opening, u.officer, at(r, opened));
                long allocation = size * 200_000L + 1_000_000L * r.nextInt(10);
                LocalDate allocated = opened.plusDays(10);
                out.add("welfare_fund_line", ctx.nextId(), 0L, fund, "INCOME_ALLOCATION", allocated, allocation,
                        "Kinh phí công đoàn trích cho hoạt động chăm lo đoàn viên năm " + year, null, u.officer,
                        at(r, allocated));
                long income = opening + allocation;
                LocalDate donated = LocalDate.of(year, 9, 20);
                if (donated.isBefore(today) && (u.to == null || donated.isBefore(u.to))) {
                    long donation = 1_000_000L * (1 + r.nextInt(8));
                    out.add("welfare_fund_line", ctx.nextId(), 0L, fund, "INCOME_DONATION", donated, donation,
                            "Ủng hộ của các nhà hảo tâm cho quỹ \"Tấm lòng vàng\"", null, u.officer, at(r, donated));
                    income += donation;
                }
                funds.put(u.id + ":" + year, new long[] {fund, income});
            }
        }
        LocalDate firstDay = LocalDate.of(thisYear - 1, 1, 10);
        long span = Math.max(1, today.minusDays(7).toEpochDay() - firstDay.toEpochDay());
        for (Unit s : p.schools) {
            int cases = (int) (s.active * 0.12 + r.nextDouble());
            for (int c = 0; c < cases; c++) {
                int m = r.nextInt(s.memberIds.length);
                if (!s.memberActive[m]) {
                    m = 0;
                }
                welfareCase(p, r, s, m, firstDay.plusDays(r.nextLong(span)), funds);
            }
            if (r.nextInt(100) < 40) {
                int m = r.nextInt(s.memberIds.length);
                if (s.memberActive[m]) {
                    String[] text = DatasetTexts.CONCERNS[r.nextInt(DatasetTexts.CONCERNS.length)];
                    Instant created = at(r, today.minusDays(3 + r.nextInt(200)));
                    boolean answered = r.nextBoolean();
                    out.add("member_concern", ctx.nextId(), 0L, s.memberIds[m], s.id, text[0], text[1],
                            answered ? "ANSWERED" : "OPEN",
                            answered ? DatasetTexts.pick(r, DatasetTexts.ANSWERS) : null,
                            answered ? s.officer : null, answered ? created.plusSeconds(86_400L * 3) : null, null,
                            created);
                }
            }
        }
    }

    private void welfareCase(Province p, Random r, Unit s, int m, LocalDate occurred, Map<String, long[]> funds) {
        DatasetTexts.WelfareTemplate template = DatasetTexts.WELFARE[r.nextInt(DatasetTexts.WELFARE.length)];
        long amount = (template.min() + r.nextLong(template.max() - template.min() + 1)) / 50_000 * 50_000;
        int roll = r.nextInt(100);
        String status = occurred.getYear() < today.getYear() ? (roll < 95 ? "PAID" : "REJECTED")
                : roll < 6 ? "DRAFT" : roll < 16 ? "SUBMITTED" : roll < 20 ? "REJECTED" : roll < 28 ? "APPROVED"
                : "PAID";
        Instant created = at(r, occurred.plusDays(1));
        Instant submitted = status.equals("DRAFT") ? null : created.plusSeconds(3_600);
        LocalDate submittedOn = occurred.plusDays(1);
        Unit approver = submitted == null ? null : amount <= GRASSROOTS_LIMIT ? s : s.parentOn(submittedOn);
        boolean decided = !status.equals("DRAFT") && !status.equals("SUBMITTED");
        Instant decidedAt = decided ? at(r, occurred.plusDays(2)) : null;
        boolean paid = status.equals("PAID");
        LocalDate paidOn = occurred.plusDays(3);
        Instant paidAt = paid ? at(r, paidOn) : null;
        Long concern = null;
        if (r.nextInt(100) < 8) {
            concern = ctx.nextId();
            String[] text = DatasetTexts.CONCERNS[2];
            out.add("member_concern", concern, 0L, s.memberIds[m], s.id, text[0], text[1], "TURNED_INTO_CASE",
                    "Công đoàn đã lập hồ sơ hỗ trợ và sẽ báo khi có kết quả.", s.officer, created,
                    null, at(r, occurred.minusDays(2)));
        }
        long id = ctx.nextId();
        if (concern != null) {
            concernLinks.add(new long[] {concern, id});
        }
        String overdraft = null;
        long[] fund = paid ? funds.get(s.id + ":" + paidOn.getYear()) : null;
        if (fund != null) {
            fund[1] -= amount;
            if (fund[1] < 0) {
                overdraft = "Quỹ tạm hết, Ban Chấp hành thống nhất chi trước từ nguồn kinh phí năm sau.";
            }
        }
        out.add("welfare_case", id, 0L, s.id, s.memberIds[m], template.kind(), occurred, template.description(),
                amount, template.gifts(), status, approver == null ? null : approver.id, submitted,
                decided ? approver.officer : null, decided ? approver.id : null, decidedAt, paidAt,
                paid ? s.officer : null, overdraft, concern, s.officer, created);
        out.add("welfare_case_event", ctx.nextId(), 0L, id, "CREATED", created, s.officer, s.officerName, s.id, null);
        if (submitted != null) {
            out.add("welfare_case_event", ctx.nextId(), 0L, id, "SUBMITTED", submitted, s.officer, s.officerName, s.id,
                    null);
        }
        if (decided) {
            boolean rejected = status.equals("REJECTED");
            out.add("welfare_case_event", ctx.nextId(), 0L, id, rejected ? "REJECTED" : "APPROVED", decidedAt,
                    approver.officer, approver.officerName, approver.id, rejected
                            ? "Chưa đủ giấy tờ xác nhận hoàn cảnh; đề nghị bổ sung rồi lập hồ sơ mới." : null);
        }
        if (paid) {
            out.add("welfare_case_event", ctx.nextId(), 0L, id, "PAID", paidAt, s.officer, s.officerName, s.id, null);
            if (fund != null) {
                out.add("welfare_fund_line", ctx.nextId(), 0L, fund[0], "EXPENSE", paidOn, amount,
                        "#" + id + " " + template.kind() + " – " + s.memberNames[m], id, s.officer, paidAt);
            }
        }
    }

    /** A concern taken up as a case points at the case, written after it (the two refer to each other). */
    void linkConcerns(Connection connection) throws SQLException {
        // the concerns must be in the database before they are updated
        out.drain();
        if (concernLinks.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE member_concern SET case_id = ? WHERE id = ?")) {
            for (long[] link : concernLinks) {
                update.setLong(1, link[1]);
                update.setLong(2, link[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
        concernLinks.clear();
    }
}
