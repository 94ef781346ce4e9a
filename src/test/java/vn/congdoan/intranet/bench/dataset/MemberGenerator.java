package vn.congdoan.intranet.bench.dataset;

import static vn.congdoan.intranet.bench.dataset.Unit.KINDERGARTEN;
import static vn.congdoan.intranet.bench.dataset.Unit.LOWER_SECONDARY;
import static vn.congdoan.intranet.bench.dataset.Unit.OFFICE;
import static vn.congdoan.intranet.bench.dataset.Unit.PRIMARY;
import static vn.congdoan.intranet.bench.dataset.Unit.UPPER_SECONDARY;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Random;
import vn.congdoan.intranet.demo.VietnameseNames;
import vn.congdoan.intranet.membership.Gender;

/**
 * The people of a province: the members of its grassroots unions and the accounts of its officers and of one member
 * per union. The members are kept on their union ({@link Unit#memberIds} and the arrays beside it), because the
 * reports, welfare cases, awards and movements that follow are about them.
 */
final class MemberGenerator {

    private final GenerationContext ctx;
    private final RowWriter out;
    private final LocalDate today;
    private final Writer users;

    MemberGenerator(GenerationContext ctx, Writer users) {
        this.ctx = ctx;
        this.out = ctx.out;
        this.today = ctx.today;
        this.users = users;
    }

    void declareTables() {
        out.table("union_member", "id", "version", "unit_id", "full_name", "search_name", "gender", "date_of_birth",
                "job_title", "joined_on", "card_number", "status", "left_on", "leave_reason", "card_issued_on");
        out.table("membership_period", "id", "version", "member_id", "unit_id", "valid_from", "valid_to",
                "start_kind", "end_kind", "restructuring_id");
        out.table("user_account", "id", "version", "username", "display_name", "search_name", "email",
                "password_hash", "role", "unit_id", "member_id", "active", "failed_logins", "locked_until",
                "last_login_at");
    }

    /** The header of users.csv; the load generator's feeders read the columns by these names. */
    void writeUsersHeader() throws IOException {
        users.write("username,role,unit_id,province\n");
    }

    /** Members of every grassroots union, each with one membership period and a card number. */
    void members(Province p) {
        Random r = p.random;
        double factor = ctx.scale.memberFactor;
        for (Unit s : p.schools) {
            int[] range = switch (s.kind) {
                case KINDERGARTEN -> new int[] {15, 35};
                case PRIMARY -> new int[] {25, 49};
                case LOWER_SECONDARY -> new int[] {30, 60};
                case UPPER_SECONDARY -> new int[] {55, 95};
                default -> new int[] {35, 55};
            };
            double womenShare = switch (s.kind) {
                case KINDERGARTEN -> 0.96;
                case PRIMARY -> 0.82;
                case LOWER_SECONDARY -> 0.72;
                default -> 0.6;
            };
            int n = Math.max(3, (int) Math.round((range[0] + r.nextInt(range[1] - range[0] + 1)) * factor));
            s.memberIds = new long[n];
            s.memberNames = new String[n];
            s.memberWomen = new boolean[n];
            s.memberActive = new boolean[n];
            String[] titles = s.kind == OFFICE ? DatasetTexts.OFFICE_TITLES : DatasetTexts.TEACHER_TITLES;
            for (int i = 0; i < n; i++) {
                boolean woman = r.nextDouble() < womenShare;
                Gender gender = woman ? Gender.FEMALE : Gender.MALE;
                String name = VietnameseNames.fullName(r, gender);
                int birthYear = 1963 + r.nextInt(39);
                LocalDate born = LocalDate.of(birthYear, 1 + r.nextInt(12), 1 + r.nextInt(28));
                int joinYear = Math.min(today.getYear(), birthYear + 22 + r.nextInt(Math.max(1,
                        today.getYear() - birthYear - 21)));
                LocalDate joined = LocalDate.of(joinYear, 1 + r.nextInt(joinYear == today.getYear()
                        ? Math.max(1, today.getMonthValue() - 1) : 12), 1 + r.nextInt(28));
                // the first member of each union stays (doanvien.cNNNNN signs in as them); those past 60 retired
                LocalDate retired = born.plusYears(60);
                boolean left = i > 0 && retired.isBefore(today) && retired.isAfter(joined);
                String title = s.kind != OFFICE && i == 0 ? "Giáo viên" : s.kind != OFFICE && i == 1 ? "Hiệu trưởng"
                        : s.kind != OFFICE && i == 2 ? "Phó Hiệu trưởng" : DatasetTexts.pick(r, titles);
                long id = ctx.nextId();
                String card = String.format("%012d", ctx.nextCard());
                out.add("union_member", id, 0L, s.id, name, ctx.fold(name), gender.name(), born, title, joined, card,
                        left ? "ENDED" : "ACTIVE", left ? retired : null, left ? "RETIRED" : null, joined);
                out.add("membership_period", ctx.nextId(), 0L, id, s.id, joined, left ? retired : null,
                        joined.getYear() >= 2023 ? "ADMISSION" : "REGISTRATION", left ? "LEAVE" : null, null);
                s.memberIds[i] = id;
                s.memberNames[i] = name;
                s.memberWomen[i] = woman;
                s.memberActive[i] = !left;
                if (!left) {
                    s.active++;
                    if (woman) {
                        s.women++;
                    }
                }
            }
        }
    }

    // ----- accounts -------------------------------------------------------------------------------------------

    /** The accounts the benchmark signs in with, also listed in users.csv for the load generator. */
    void accounts(Province p) throws IOException {
        if (p.index == 1) {
            account("admin", "Quản trị hệ thống", "ADMIN", p.root, null, p);
        }
        account(p.root.officer, p.root.officerName, "PROVINCE_LEADER", p.root, null, p);
        for (Unit c : p.communes) {
            account(c.officer, c.officerName, "SUPERIOR_OFFICER", c, null, p);
        }
        for (Unit s : p.schools) {
            account(s.officer, s.officerName, "GRASSROOTS_OFFICER", s, null, p);
            account(s.officer.replace("canbo.", "doanvien."), s.memberNames[0], "MEMBER", s, s.memberIds[0], p);
        }
    }

    private void account(String username, String name, String role, Unit unit, Long memberId, Province p)
            throws IOException {
        out.add("user_account", ctx.nextId(), 0L, username, name, ctx.fold(username + " " + name + " "), null,
                ctx.passwordHash, role, unit.id, memberId, true, 0, null, null);
        users.write(username + "," + role + "," + unit.id + "," + String.format("p%02d", p.index) + "\n");
    }
}
