package vn.congdoan.intranet.bench.dataset;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import vn.congdoan.intranet.demo.DemoNarratives;
import vn.congdoan.intranet.demo.VietnameseNames;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.reporting.ReportNarrative;
import vn.congdoan.intranet.security.PasswordHasher;
import vn.congdoan.intranet.shared.DatabaseMigrator;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * Fills an empty database with a benchmark dataset: the union tree of one province or of all 34, as it stood from
 * 2018 and as the 2025 restructuring left it, members with their membership periods and card numbers, accounts, five
 * school years of activity reports and the current period, news, welfare funds, cases and concerns, awards, emulation
 * movements and yearly classifications.
 *
 * <p>Rows go in with batched multi-row JDBC INSERTs, not through JPA and the services: the services take one
 * transaction and several statements per row, which for 1.5 million members would take hours. What the services
 * would write is reproduced column by column from the entities (see the demo loaders, which use the entities), and
 * the shared counters (the id table generator, the member card counter) are moved past what was written, so the
 * application carries on normally. Everything comes from one seed: the same seed gives the same rows.
 *
 * <p>Run it with {@code mvn -B -Pdataset -Ddataset.scale=national -Ddataset.url=jdbc:mysql://127.0.0.1:3306/db}.
 */
public final class DatasetGenerator {

    public static final String PASSWORD = "Demo@2026";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TREE_START = LocalDate.of(2018, 1, 1);
    /** The day the district federations and sector unions ended and the commune unions began. */
    static final LocalDate RESTRUCTURING_DAY = LocalDate.of(2025, 7, 1);
    private static final String DECISION = "215/QĐ-LĐLĐ";
    private static final long FIRST_CARD = 480_000_000_000L;
    /** Grassroots unions approve welfare cases up to this amount themselves (V8's welfare_limit). */
    private static final long GRASSROOTS_LIMIT = 2_000_000;
    private static final int KINDERGARTEN = 0;
    private static final int PRIMARY = 1;
    private static final int LOWER_SECONDARY = 2;
    private static final int UPPER_SECONDARY = 3;
    private static final int OFFICE = 4;

    /** What to generate. {@code today} fixes "now" (the current period, welfare dates), for repeatable runs. */
    public record Settings(DatasetScale scale, long seed, LocalDate today, Path usersCsv) {
    }

    /** What was generated: rows per table and seconds per stage. */
    public record Result(Map<String, Long> rows, Map<String, Double> seconds) {
    }

    private final Settings settings;
    private final LocalDate today;
    private final int lastYear;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, String> folded = new HashMap<>();
    private ReportNarrative[] narratives;
    private RowWriter out;
    private BufferedWriter users;
    private String passwordHash;
    private long nextId = 1_000;
    private long nextCard = FIRST_CARD;
    private int schoolNumber;
    private int communeNumber;
    private Long adminUnit;
    private final List<long[]> concernLinks = new ArrayList<>();

    public DatasetGenerator(Settings settings) {
        this.settings = settings;
        this.today = settings.today();
        if (today.isBefore(LocalDate.of(2025, 9, 1))) {
            throw new IllegalArgumentException("the dataset needs a day after the 2025 restructuring: " + today);
        }
        // the last school year that has ended (a school year Y runs from September Y to August Y+1)
        this.lastYear = today.getMonthValue() >= 9 ? today.getYear() - 1 : today.getYear() - 2;
    }

    // ----- entry points -----------------------------------------------------------------------------------------

    public static void main(String[] args) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
        DatasetScale scale = DatasetScale.valueOf(System.getProperty("dataset.scale", "province")
                .toUpperCase(Locale.ROOT));
        String url = System.getProperty("dataset.url");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("-Ddataset.url is required, e.g. jdbc:mysql://127.0.0.1:3306/congdoan_bench");
        }
        String user = System.getProperty("dataset.user", url.startsWith("jdbc:h2:") ? "sa" : "root");
        String password = System.getProperty("dataset.password", "");
        long seed = Long.parseLong(System.getProperty("dataset.seed", "42"));
        String day = System.getProperty("dataset.today", "");
        LocalDate today = day.isBlank() ? LocalDate.now(ZONE) : LocalDate.parse(day);
        Path csv = Path.of(System.getProperty("dataset.usersCsv", "target/bench/users.csv"));
        boolean drop = Boolean.parseBoolean(System.getProperty("dataset.drop", "false"));
        if (drop) {
            dropAndCreate(url, user, password);
        }
        DataSource dataSource = dataSource(url, user, password);
        long start = System.nanoTime();
        Result result = new DatasetGenerator(new Settings(scale, seed, today, csv)).generate(dataSource);
        System.out.println();
        System.out.println("Rows per table:");
        result.rows().forEach((table, n) -> System.out.printf("  %-26s %,12d%n", table, n));
        System.out.println("Seconds per stage:");
        result.seconds().forEach((stage, s) -> System.out.printf("  %-26s %10.1f%n", stage, s));
        System.out.printf("Total %.1f s; users in %s%n", (System.nanoTime() - start) / 1e9, csv.toAbsolutePath());
    }

    /** A DataSource for the URL: MySQL/MariaDB (with batched rewriting) or H2. */
    static DataSource dataSource(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
            throw new IllegalArgumentException("only jdbc:mysql: and jdbc:h2: URLs are supported: " + url);
        }
        MysqlDataSource mysql = new MysqlDataSource();
        String jdbc = url.replace("jdbc:mariadb:", "jdbc:mysql:");
        mysql.setURL(jdbc + (jdbc.contains("?") ? "&" : "?")
                + "rewriteBatchedStatements=true&characterEncoding=UTF-8&connectionTimeZone=LOCAL");
        mysql.setUser(user);
        mysql.setPassword(password);
        return mysql;
    }

    /** -Ddataset.drop=true: drops and recreates the MySQL database (utf8mb4), or empties the H2 one. */
    static void dropAndCreate(String url, String user, String password) throws SQLException {
        if (url.startsWith("jdbc:h2:")) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP ALL OBJECTS");
            }
            return;
        }
        String plain = url.replace("jdbc:mariadb:", "jdbc:mysql:");
        int slash = plain.indexOf('/', "jdbc:mysql://".length());
        int query = plain.indexOf('?');
        String database = plain.substring(slash + 1, query < 0 ? plain.length() : query);
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(plain.substring(0, slash + 1), user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        System.out.println("Dropped and recreated database " + database);
    }

    /**
     * Migrates the schema with the application's Flyway scripts and fills it. Refuses a database that already has
     * units: the generated ids start where a fresh schema's id table starts.
     */
    public Result generate(DataSource dataSource) throws SQLException, IOException {
        long t = System.nanoTime();
        String version = DatabaseMigrator.migrate(dataSource);
        stage("schema", t);
        log("schema at version " + version);
        try (Connection connection = dataSource.getConnection()) {
            boolean mysql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .matches(".*(mysql|mariadb).*");
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM org_unit")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("the database already has " + rs.getLong(1) + " units: the"
                            + " dataset is generated into an empty database only (or pass -Ddataset.drop=true)");
                }
            }
            if (mysql) {
                try (Statement s = connection.createStatement()) {
                    // the generator writes parents first and unique values by construction; checking each row
                    // against the indexes again would only slow the load down
                    s.execute("SET foreign_key_checks = 0");
                    s.execute("SET unique_checks = 0");
                }
            }
            connection.setAutoCommit(false);
            t = System.nanoTime();
            // One hash for every account: PBKDF2 with 600,000 iterations takes about half a second per hash, so
            // hashing each of 80,000 accounts would take hours; the password is the same benchmark password anyway.
            passwordHash = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash(PASSWORD.toCharArray());
            Random narrativeRandom = new Random(settings.seed() ^ 0x5EEDL);
            narratives = new ReportNarrative[128];
            for (int i = 0; i < narratives.length; i++) {
                narratives[i] = DemoNarratives.compose(narrativeRandom, 20 + narrativeRandom.nextInt(60));
            }
            stage("password hash, texts", t);
            Files.createDirectories(settings.usersCsv().toAbsolutePath().getParent());
            try (RowWriter writer = new RowWriter(connection);
                 BufferedWriter csv = Files.newBufferedWriter(settings.usersCsv(), StandardCharsets.UTF_8)) {
                out = writer;
                users = csv;
                users.write("username,role,unit_id,province\n");
                declareTables();
                for (int p = 1; p <= settings.scale().provinces; p++) {
                    province(connection, p);
                    log(String.format("province %d/%d done, %,d ids so far", p, settings.scale().provinces,
                            nextId - 1_000));
                }
                t = System.nanoTime();
                writer.commit();
                counters(connection);
                connection.commit();
                stage("counters", t);
            }
            if (mysql) {
                try (Statement s = connection.createStatement()) {
                    s.execute("SET foreign_key_checks = 1");
                    s.execute("SET unique_checks = 1");
                }
            }
            Map<String, Double> seconds = new LinkedHashMap<>();
            nanos.forEach((stage, n) -> seconds.put(stage, n / 1e9));
            return new Result(out.counts(), seconds);
        }
    }

    private void declareTables() {
        out.table("org_unit", "id", "version", "code", "name", "short_name", "search_name", "level_code", "parent_id",
                "path", "depth", "valid_from", "valid_to", "active", "successor_id");
        out.table("restructuring", "id", "version", "kind", "effective_on", "decision_ref", "note", "summary",
                "performed_by", "performed_at");
        out.table("restructuring_unit", "restructuring_id", "unit_id", "unit_role");
        out.table("unit_link", "id", "version", "unit_id", "parent_id", "valid_from", "valid_to", "restructuring_id");
        out.table("union_member", "id", "version", "unit_id", "full_name", "search_name", "gender", "date_of_birth",
                "job_title", "joined_on", "card_number", "status", "left_on", "leave_reason", "card_issued_on");
        out.table("membership_period", "id", "version", "member_id", "unit_id", "valid_from", "valid_to",
                "start_kind", "end_kind", "restructuring_id");
        out.table("user_account", "id", "version", "username", "display_name", "search_name", "email",
                "password_hash", "role", "unit_id", "member_id", "active", "failed_logins", "locked_until",
                "last_login_at");
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
        out.table("news_article", "id", "version", "title", "lead_text", "body_html", "search_text", "category_id",
                "author_name", "author_unit_id", "source", "audience_unit_id", "include_below", "featured",
                "cover_image_id", "status", "created_by", "created_at", "updated_at", "submitted_at", "published_at",
                "published_by", "view_count");
        out.table("news_event", "id", "version", "article_id", "kind", "occurred_at", "actor", "actor_name",
                "actor_unit_id", "comment");
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

    // ----- the model of one province, kept while it is generated ------------------------------------------------

    /** A union unit of the province being generated, with its place in the tree before and after 01/07/2025. */
    private static final class Unit {
        long id;
        String code;
        String name;
        String shortName;
        String level;
        int kind;
        Unit parent;
        String path;
        int depth;
        Unit oldParent;
        String oldPath;
        LocalDate from = TREE_START;
        LocalDate to;
        Unit successor;
        String officer;
        String officerName;
        // members of a grassroots union
        long[] memberIds;
        String[] memberNames;
        boolean[] memberWomen;
        boolean[] memberActive;
        int active;
        int women;

        boolean ended() {
            return to != null;
        }

        /** The superior on a day: the district federation or sector union before the restructuring. */
        Unit parentOn(LocalDate day) {
            return oldParent != null && day.isBefore(RESTRUCTURING_DAY) ? oldParent : parent;
        }

        String pathOn(LocalDate day) {
            return oldPath != null && day.isBefore(RESTRUCTURING_DAY) ? oldPath : path;
        }
    }

    private final class Province {
        final int index;
        final Random random;
        final String place;
        Unit root;
        Unit sector;
        final List<Unit> districts = new ArrayList<>();
        final List<Unit> communes = new ArrayList<>();
        final List<Unit> schools = new ArrayList<>();

        Province(int index) {
            this.index = index;
            this.random = new Random(settings.seed() * 1_000_003L + index);
            this.place = DatasetTexts.place(index * 29 + 5);
        }
    }

    private void province(Connection connection, int index) throws SQLException, IOException {
        Province p = new Province(index);
        long t = System.nanoTime();
        tree(p);
        stage("tree and restructuring", t);
        t = System.nanoTime();
        members(p);
        stage("members", t);
        t = System.nanoTime();
        accounts(p);
        stage("accounts", t);
        t = System.nanoTime();
        reports(p);
        stage("reports", t);
        t = System.nanoTime();
        news(p);
        stage("news", t);
        t = System.nanoTime();
        welfare(p);
        out.drain();
        linkConcerns(connection);
        stage("welfare", t);
        t = System.nanoTime();
        awards(p);
        stage("awards", t);
        t = System.nanoTime();
        movements(p);
        classifications(p);
        out.commit();
        stage("movements, classifications", t);
    }

    // ----- tree ---------------------------------------------------------------------------------------------------

    private void tree(Province p) throws IOException {
        Random r = p.random;
        String provinceName = "tỉnh " + p.place;
        p.root = unit(String.format("LDLD-P%02d", p.index), "Liên đoàn Lao động " + provinceName,
                "LĐLĐ " + provinceName, "PROVINCE_FEDERATION", null);
        p.root.officer = String.format("lanhdao.p%02d", p.index);
        p.root.officerName = VietnameseNames.fullName(r, gender(r, 0.4));
        p.sector = unit(String.format("CDN-P%02d", p.index), "Công đoàn ngành Giáo dục và Đào tạo " + provinceName,
                "Công đoàn ngành GD&ĐT", "SECTOR_UNION", p.root);
        p.sector.to = RESTRUCTURING_DAY;
        p.sector.successor = p.root;
        officer(p.sector, String.format("cdn.p%02d", p.index), r);
        // the commune unions are numbered before the district federations they replace, so that a district's
        // successor is already written when the district refers to it
        int districts = settings.scale().districtsPerProvince;
        int perDistrict = settings.scale().communesPerDistrict;
        List<List<Unit>> communesOf = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            List<Unit> list = new ArrayList<>();
            boolean urban = d == 0;
            for (int c = 0; c < perDistrict; c++) {
                String commune = (urban ? "phường " : "xã ") + DatasetTexts.place(p.index * 211 + d * 13 + c * 3 + 1);
                Unit u = unit(String.format("CDX-P%02d-%04d", p.index, d * perDistrict + c + 1),
                        "Công đoàn " + commune, "CĐ " + commune, "COMMUNE_UNION", p.root);
                u.from = RESTRUCTURING_DAY;
                u.officer = String.format("canbo.d%05d", ++communeNumber);
                u.officerName = VietnameseNames.fullName(r, gender(r, 0.6));
                list.add(u);
                p.communes.add(u);
            }
            communesOf.add(list);
        }
        List<String> districtPlaces = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            String place = (d == 0 ? "thành phố " : "huyện ") + DatasetTexts.place(p.index * 97 + d * 11 + 2);
            districtPlaces.add(place);
            Unit u = unit(String.format("LDLD-P%02d-H%02d", p.index, d + 1), "Liên đoàn Lao động " + place,
                    "LĐLĐ " + place, "DISTRICT_FEDERATION", p.root);
            u.to = RESTRUCTURING_DAY;
            u.successor = communesOf.get(d).get(0);
            officer(u, String.format("ldld.p%02d.h%02d", p.index, d + 1), r);
            p.districts.add(u);
        }
        // schools: most under the district federations, the Department's office union and the upper-secondary
        // schools under the sector union; after the restructuring the first move to the commune unions of their
        // district, the others up to the province. District schools come first, so canbo.c00001 is a typical school.
        int total = settings.scale().schoolsPerProvince;
        int upper = Math.max(2, total * 7 / 100);
        int perSchoolDistrict = (total - upper - 1) / districts;
        for (int d = 0; d < districts; d++) {
            int count = d == districts - 1 ? total - upper - 1 - perSchoolDistrict * (districts - 1)
                    : perSchoolDistrict;
            List<Unit> communes = communesOf.get(d);
            String place = districtPlaces.get(d);
            for (int s = 0; s < count; s++) {
                int kind = s % 10 < 3 ? KINDERGARTEN : s % 10 < 7 ? PRIMARY : LOWER_SECONDARY;
                String[] names = kind == KINDERGARTEN ? DatasetTexts.KINDERGARTENS
                        : kind == PRIMARY ? DatasetTexts.PRIMARY : DatasetTexts.LOWER_SECONDARY;
                String prefix = kind == KINDERGARTEN ? "Trường Mầm non " : kind == PRIMARY ? "Trường Tiểu học "
                        : "Trường THCS ";
                String name = prefix + names[s % names.length] + suffix(s, names.length);
                Unit commune = communes.get((int) ((long) s * communes.size() / count));
                p.schools.add(school(p, "Công đoàn " + name + ", " + place, "CĐ " + name.replace("Trường ", ""),
                        kind, p.districts.get(d), commune));
            }
        }
        Unit office = school(p, "Công đoàn cơ quan Sở Giáo dục và Đào tạo " + provinceName, "CĐ cơ quan Sở GD&ĐT",
                OFFICE, p.sector, p.root);
        p.schools.add(office);
        for (int i = 0; i < upper; i++) {
            String name = "Trường THPT " + DatasetTexts.UPPER_SECONDARY[i % DatasetTexts.UPPER_SECONDARY.length]
                    + suffix(i, DatasetTexts.UPPER_SECONDARY.length);
            p.schools.add(school(p, "Công đoàn " + name, "CĐ " + name.replace("Trường ", ""), UPPER_SECONDARY,
                    p.sector, p.root));
        }
        writeUnits(p);
        restructuring(p, communesOf);
    }

    private Unit unit(String code, String name, String shortName, String level, Unit parent) {
        Unit u = new Unit();
        u.id = nextId++;
        u.code = code;
        u.name = name;
        u.shortName = shortName;
        u.level = level;
        u.parent = parent;
        u.path = (parent == null ? "/" : parent.path) + u.id + "/";
        u.depth = parent == null ? 0 : parent.depth + 1;
        return u;
    }

    private Unit school(Province p, String name, String shortName, int kind, Unit oldParent, Unit newParent) {
        Unit u = unit(String.format("CDCS-P%02d-%05d", p.index, p.schools.size() + 1), name, shortName,
                "GRASSROOTS_UNION", newParent);
        u.kind = kind;
        u.oldParent = oldParent;
        u.oldPath = oldParent.path + u.id + "/";
        u.officer = String.format("canbo.c%05d", ++schoolNumber);
        u.officerName = VietnameseNames.fullName(p.random, gender(p.random, 0.7));
        return u;
    }

    private void officer(Unit u, String username, Random r) {
        u.officer = username;
        u.officerName = VietnameseNames.fullName(r, gender(r, 0.5));
    }

    private void writeUnits(Province p) {
        List<Unit> all = new ArrayList<>();
        all.add(p.root);
        all.add(p.sector);
        all.addAll(p.communes);
        all.addAll(p.districts);
        all.addAll(p.schools);
        for (Unit u : all) {
            out.add("org_unit", u.id, 0L, u.code, u.name, u.shortName,
                    fold(u.name + " " + (u.shortName == null ? "" : u.shortName) + " " + u.code), u.level,
                    u.parent == null ? null : u.parent.id, u.path, u.depth, u.from, u.to, !u.ended(),
                    u.successor == null ? null : u.successor.id);
        }
        if (adminUnit == null) {
            adminUnit = p.root.id;
        }
    }

    /**
     * The restructuring of 01/07/2025 as the restructuring service records it: per district one MOVE of its schools
     * to the commune unions and one DISSOLVE of the district federation (its officers go to the first commune
     * union), and the DISSOLVE of the sector union whose schools move up to the province.
     */
    private void restructuring(Province p, List<List<Unit>> communesOf) {
        Instant performed = RESTRUCTURING_DAY.atTime(8, 0).atZone(ZONE).toInstant();
        String note = "Sắp xếp tổ chức công đoàn theo mô hình chính quyền địa phương hai cấp";
        Map<Unit, Long> moveRecord = new HashMap<>();
        for (int d = 0; d < p.districts.size(); d++) {
            Unit district = p.districts.get(d);
            List<Unit> communes = communesOf.get(d);
            List<Unit> schools = p.schools.stream().filter(s -> s.oldParent == district).toList();
            long move = nextId++;
            StringBuilder summary = new StringBuilder();
            for (Unit c : communes) {
                long n = schools.stream().filter(s -> s.parent == c).count();
                summary.append(summary.length() == 0 ? "" : "\n").append("- ").append(n)
                        .append(" công đoàn cơ sở chuyển từ ").append(district.shortName).append(" về ")
                        .append(c.name);
            }
            out.add("restructuring", move, 0L, "MOVE", RESTRUCTURING_DAY, DECISION, note, summary.toString(),
                    "admin", performed);
            for (Unit c : communes) {
                out.add("restructuring_unit", move, c.id, "TARGET");
            }
            for (Unit s : schools) {
                out.add("restructuring_unit", move, s.id, "MOVED");
                moveRecord.put(s, move);
            }
            long dissolve = nextId++;
            out.add("restructuring", dissolve, 0L, "DISSOLVE", RESTRUCTURING_DAY, DECISION, note,
                    "- Tài khoản của " + district.shortName + " chuyển về " + district.successor.name
                            + "\n- " + district.name + " kết thúc hoạt động từ ngày 01/07/2025", "admin", performed);
            out.add("restructuring_unit", dissolve, district.id, "SOURCE");
            out.add("restructuring_unit", dissolve, district.successor.id, "TARGET");
        }
        List<Unit> sectorSchools = p.schools.stream().filter(s -> s.oldParent == p.sector).toList();
        long sectorRecord = nextId++;
        out.add("restructuring", sectorRecord, 0L, "DISSOLVE", RESTRUCTURING_DAY, DECISION, note,
                "- " + sectorSchools.size() + " đơn vị trực thuộc chuyển từ " + p.sector.name + " về " + p.root.name
                        + "\n- Tài khoản của " + p.sector.shortName + " chuyển về " + p.root.shortName
                        + "\n- " + p.sector.name + " kết thúc hoạt động từ ngày 01/07/2025", "admin", performed);
        out.add("restructuring_unit", sectorRecord, p.sector.id, "SOURCE");
        out.add("restructuring_unit", sectorRecord, p.root.id, "TARGET");
        for (Unit s : sectorSchools) {
            out.add("restructuring_unit", sectorRecord, s.id, "MOVED");
            moveRecord.put(s, sectorRecord);
        }
        // unit links: who was whose superior, and when
        out.add("unit_link", nextId++, 0L, p.root.id, null, TREE_START, null, null);
        out.add("unit_link", nextId++, 0L, p.sector.id, p.root.id, TREE_START, RESTRUCTURING_DAY, null);
        for (Unit c : p.communes) {
            out.add("unit_link", nextId++, 0L, c.id, p.root.id, RESTRUCTURING_DAY, null, null);
        }
        for (Unit d : p.districts) {
            out.add("unit_link", nextId++, 0L, d.id, p.root.id, TREE_START, RESTRUCTURING_DAY, null);
        }
        for (Unit s : p.schools) {
            out.add("unit_link", nextId++, 0L, s.id, s.oldParent.id, TREE_START, RESTRUCTURING_DAY, null);
            out.add("unit_link", nextId++, 0L, s.id, s.parent.id, RESTRUCTURING_DAY, null, moveRecord.get(s));
        }
    }

    // ----- members --------------------------------------------------------------------------------------------

    private void members(Province p) {
        Random r = p.random;
        double factor = settings.scale().memberFactor;
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
                long id = nextId++;
                String card = String.format("%012d", nextCard++);
                out.add("union_member", id, 0L, s.id, name, fold(name), gender.name(), born, title, joined, card,
                        left ? "ENDED" : "ACTIVE", left ? retired : null, left ? "RETIRED" : null, joined);
                out.add("membership_period", nextId++, 0L, id, s.id, joined, left ? retired : null,
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

    private void accounts(Province p) throws IOException {
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
        out.add("user_account", nextId++, 0L, username, name, fold(username + " " + name + " "), null, passwordHash,
                role, unit.id, memberId, true, 0, null, null);
        users.write(username + "," + role + "," + unit.id + "," + String.format("p%02d", p.index) + "\n");
    }

    // ----- reports --------------------------------------------------------------------------------------------

    private void reports(Province p) {
        Random r = p.random;
        for (int year = lastYear - 4; year <= lastYear; year++) {
            LocalDate opened = LocalDate.of(year + 1, 5, 12);
            LocalDate deadline = LocalDate.of(year + 1, 6, 6);
            long period = nextId++;
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
                    out.add("report_section_comment", nextId++, 0L, event,
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
        long period = nextId++;
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
        long id = nextId++;
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
        ReportNarrative n = narratives[r.nextInt(narratives.length)];
        out.add("activity_report", id, 0L, period, s.id, path, s.name, reviewer.id, status, total,
                Math.min(total, s.women), r.nextInt(Math.max(2, total / 10)), r.nextInt(3), 1 + r.nextInt(5),
                r.nextInt(4), welfare, welfare * 50_000L * (6 + r.nextInt(15)), 1 + r.nextInt(4),
                total - r.nextInt(Math.max(1, total / 8)), classification,
                n.getMainResults().replace("{0}", String.valueOf(total)),
                fullText ? n.getHighlights() : null, fullText ? n.getLimitations() : null,
                fullText ? n.getLessons() : null, n.getDirections(), fullText ? n.getProposals() : null,
                saved, s.officer, submitted, approved, approved == null ? null : reviewer.officer,
                approved == null ? null : reviewer.id);
        out.add("report_award", nextId++, 0L, id, "GRASSROOTS", "CERTIFICATE", 1 + r.nextInt(3),
                2 + r.nextInt(Math.max(2, total / 5)));
        if (r.nextBoolean()) {
            out.add("report_award", nextId++, 0L, id, "SUPERIOR", "CERTIFICATE", r.nextInt(2), 1 + r.nextInt(4));
        }
        if (r.nextInt(100) < 15) {
            out.add("report_award", nextId++, 0L, id, "PROVINCE", "MERIT", r.nextInt(2), 1);
        }
        return id;
    }

    private long reportEvent(long report, String kind, Instant at, Unit actor, String comment) {
        long id = nextId++;
        out.add("report_event", id, 0L, report, kind, at, actor.officer, actor.officerName, actor.id, comment);
        return id;
    }

    // ----- news -----------------------------------------------------------------------------------------------

    private void news(Province p) {
        Random r = p.random;
        int count = settings.scale().newsPerProvince;
        LocalDate first = LocalDate.of(lastYear - 4, 9, 1);
        long span = today.toEpochDay() - first.toEpochDay();
        for (int i = 0; i < count; i++) {
            // in date order, so the newest articles have the highest ids as when they are written over time
            LocalDate day = first.plusDays(span * i / count + r.nextInt(Math.max(1, (int) (span / count))));
            if (!day.isBefore(today)) {
                day = today.minusDays(1);
            }
            int who = r.nextInt(100);
            Unit author;
            if (who < 35) {
                author = p.root;
            } else if (who < 60) {
                author = day.isBefore(RESTRUCTURING_DAY) ? (r.nextInt(5) == 0 ? p.sector
                        : p.districts.get(r.nextInt(p.districts.size()))) : p.communes.get(r.nextInt(p.communes.size()));
            } else {
                author = p.schools.get(r.nextInt(p.schools.size()));
            }
            boolean school = author.level.equals("GRASSROOTS_UNION");
            Unit publisher = school ? author.parentOn(day) : author;
            int roll = r.nextInt(100);
            boolean recent = today.toEpochDay() - day.toEpochDay() < 30;
            String status = recent && roll < 3 ? "DRAFT" : recent && roll < 8 && school ? "SUBMITTED"
                    : roll == 99 ? "UNPUBLISHED" : "PUBLISHED";
            int year = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
            String title = DatasetTexts.pick(r, DatasetTexts.NEWS_TITLES).replace("{0}", author.shortName)
                    .replace("{1}", title(day, year));
            String lead = DatasetTexts.pick(r, DatasetTexts.NEWS_LEADS).replace("{0}", author.shortName);
            StringBuilder html = new StringBuilder();
            StringBuilder text = new StringBuilder();
            int paragraphs = 2 + r.nextInt(3);
            int start = r.nextInt(DatasetTexts.NEWS_PARAGRAPHS.length);
            for (int k = 0; k < paragraphs; k++) {
                String paragraph = DatasetTexts.NEWS_PARAGRAPHS[(start + k * 3) % DatasetTexts.NEWS_PARAGRAPHS.length];
                html.append("<p>").append(paragraph.replace("\"", "&#34;")).append("</p>");
                text.append(k == 0 ? "" : "\n").append(paragraph);
            }
            String byline = author.officerName + " – " + author.shortName;
            Instant created = at(r, day);
            Instant submitted = school && !status.equals("DRAFT") ? created.plusSeconds(1_800) : null;
            Instant published = status.equals("PUBLISHED") || status.equals("UNPUBLISHED")
                    ? created.plusSeconds(school ? 7_200 : 600) : null;
            long id = nextId++;
            out.add("news_article", id, 0L, title, lead, html.toString(), fold(title + " " + lead + " " + text),
                    1 + r.nextInt(5), byline, author.id, null, author.id, !school, !school && r.nextInt(100) < 2,
                    null, status, author.officer, created, published != null ? published : created, submitted,
                    published, published == null ? null : publisher.officer,
                    published == null ? 0L : (long) r.nextInt(school ? 200 : 4_000));
            out.add("news_event", nextId++, 0L, id, "CREATED", created, author.officer, author.officerName, author.id,
                    null);
            if (submitted != null) {
                out.add("news_event", nextId++, 0L, id, "SUBMITTED", submitted, author.officer, author.officerName,
                        author.id, null);
            }
            if (published != null) {
                out.add("news_event", nextId++, 0L, id, "PUBLISHED", published, publisher.officer,
                        publisher.officerName, publisher.id, null);
            }
            if (status.equals("UNPUBLISHED")) {
                out.add("news_event", nextId++, 0L, id, "UNPUBLISHED", published.plusSeconds(86_400), publisher.officer,
                        publisher.officerName, publisher.id, "Thông tin đã cũ, gỡ theo đề nghị của đơn vị.");
            }
        }
    }

    private static String title(LocalDate day, int schoolYear) {
        return day.getMonthValue() <= 2 ? String.valueOf(day.getYear()) : schoolYear + "–" + (schoolYear + 1);
    }

    // ----- welfare --------------------------------------------------------------------------------------------

    private void welfare(Province p) {
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
                long fund = nextId++;
                out.add("welfare_fund", fund, 0L, u.id, year, opening, u.officer, at(r, opened));
                long allocation = size * 200_000L + 1_000_000L * r.nextInt(10);
                LocalDate allocated = opened.plusDays(10);
                out.add("welfare_fund_line", nextId++, 0L, fund, "INCOME_ALLOCATION", allocated, allocation,
                        "Kinh phí công đoàn trích cho hoạt động chăm lo đoàn viên năm " + year, null, u.officer,
                        at(r, allocated));
                long income = opening + allocation;
                LocalDate donated = LocalDate.of(year, 9, 20);
                if (donated.isBefore(today) && (u.to == null || donated.isBefore(u.to))) {
                    long donation = 1_000_000L * (1 + r.nextInt(8));
                    out.add("welfare_fund_line", nextId++, 0L, fund, "INCOME_DONATION", donated, donation,
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
                    out.add("member_concern", nextId++, 0L, s.memberIds[m], s.id, text[0], text[1],
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
            concern = nextId++;
            String[] text = DatasetTexts.CONCERNS[2];
            out.add("member_concern", concern, 0L, s.memberIds[m], s.id, text[0], text[1], "TURNED_INTO_CASE",
                    "Công đoàn đã lập hồ sơ hỗ trợ và sẽ báo khi có kết quả.", s.officer, created,
                    null, at(r, occurred.minusDays(2)));
        }
        long id = nextId++;
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
        out.add("welfare_case_event", nextId++, 0L, id, "CREATED", created, s.officer, s.officerName, s.id, null);
        if (submitted != null) {
            out.add("welfare_case_event", nextId++, 0L, id, "SUBMITTED", submitted, s.officer, s.officerName, s.id,
                    null);
        }
        if (decided) {
            boolean rejected = status.equals("REJECTED");
            out.add("welfare_case_event", nextId++, 0L, id, rejected ? "REJECTED" : "APPROVED", decidedAt,
                    approver.officer, approver.officerName, approver.id, rejected
                            ? "Chưa đủ giấy tờ xác nhận hoàn cảnh; đề nghị bổ sung rồi lập hồ sơ mới." : null);
        }
        if (paid) {
            out.add("welfare_case_event", nextId++, 0L, id, "PAID", paidAt, s.officer, s.officerName, s.id, null);
            if (fund != null) {
                out.add("welfare_fund_line", nextId++, 0L, fund[0], "EXPENSE", paidOn, amount,
                        "#" + id + " " + template.kind() + " – " + s.memberNames[m], id, s.officer, paidAt);
            }
        }
    }

    /** A concern taken up as a case points at the case, written after it (the two refer to each other). */
    private void linkConcerns(Connection connection) throws SQLException {
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

    // ----- awards ---------------------------------------------------------------------------------------------

    private void awards(Province p) {
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
        long id = nextId++;
        Instant created = at(r, LocalDate.of(year + 1, 5, 5));
        Instant decidedAt = decisionDate == null ? null : at(r, decisionDate);
        String citation = unit != null ? "Đã có thành tích xuất sắc trong hoạt động công đoàn năm học " + year + "–"
                + (year + 1) : "Đã có thành tích xuất sắc trong công tác giảng dạy và hoạt động công đoàn năm học "
                + year + "–" + (year + 1);
        out.add("award", id, 0L, type, year, unit == null ? null : unit.id, memberId, name, fold(name), path,
                nominating.id, waitingAt == null ? null : waitingAt.id, issuer.id, citation, status, decisionNo,
                decisionDate, decider == null ? null : decider.officerName, null, nominating.officer, created,
                decidedAt);
        if (decider == nominating) {
            out.add("award_event", nextId++, 0L, id, "GRANTED", decidedAt, decider.officer, decider.officerName,
                    decider.id, null);
            return;
        }
        out.add("award_event", nextId++, 0L, id, "NOMINATED", created, nominating.officer, nominating.officerName,
                nominating.id, null);
        if (endorser != null && endorser != decider) {
            out.add("award_event", nextId++, 0L, id, "ENDORSED", created.plusSeconds(86_400L * 5), endorser.officer,
                    endorser.officerName, endorser.id, null);
        }
        if (decider != null) {
            out.add("award_event", nextId++, 0L, id, "GRANTED", decidedAt, decider.officer, decider.officerName,
                    decider.id, null);
        }
    }

    // ----- movements and classifications ----------------------------------------------------------------------

    private void movements(Province p) {
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
                long movement = nextId++;
                out.add("movement", movement, 0L, p.root.id, name, fold(name), units
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
                    criteria[c] = nextId++;
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
        long id = nextId++;
        Instant registered = at(r, starts.plusDays(3 + r.nextInt(20)));
        if (open) {
            out.add("movement_entry", id, 0L, movement, s.id, member, key, subject, fold(subject), "REGISTERED",
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
        out.add("movement_entry", id, 0L, movement, s.id, member, key, subject, fold(subject), "SCORED", s.officer,
                registered, selfTotal, selfScored, total, result, scorer.officer, scorer.id, scored);
        for (int c = 0; c < 3; c++) {
            out.add("movement_score", nextId++, 0L, id, criteria[c], self[c], c == 0
                    ? "Kết quả xếp loại chuyên môn của năm học" : null, given[c]);
        }
    }

    private void classifications(Province p) {
        Random r = p.random;
        for (int year = lastYear - 2; year <= lastYear; year++) {
            LocalDate proposed = LocalDate.of(year + 1, 6, 1);
            LocalDate decided = LocalDate.of(year + 1, 6, 20);
            for (Unit s : p.schools) {
                int points = 60 + r.nextInt(41);
                long title = points >= 90 ? 101 : points >= 70 ? 102 : 103;
                long decidedTitle = r.nextInt(100) < 10 && title < 103 ? title + 1 : title;
                Unit superior = s.parentOn(decided);
                out.add("unit_classification", nextId++, 0L, year, s.id, title, points,
                        "Tự chấm theo hướng dẫn đánh giá chất lượng hoạt động công đoàn cơ sở", "DECIDED", s.officer,
                        at(r, proposed), decidedTitle, decidedTitle == title ? null
                                : "Hạ một bậc do chưa hoàn thành chỉ tiêu phát triển đoàn viên",
                        superior.officer, superior.id, at(r, decided));
            }
        }
    }

    // ----- counters -------------------------------------------------------------------------------------------

    /** Moves the id table generator and the card counter past what was written, so new rows never collide. */
    private void counters(Connection connection) throws SQLException {
        try (PreparedStatement ids = connection.prepareStatement(
                "UPDATE id_sequence SET next_val = ? WHERE seq_name = 'ids'");
             PreparedStatement cards = connection.prepareStatement(
                     "UPDATE number_counter SET next_val = ? WHERE name = 'member_card'")) {
            // rounded up to a whole block of the generator's allocation size (50), with room to spare
            ids.setLong(1, (nextId / 50 + 2) * 50);
            ids.executeUpdate();
            cards.setLong(1, nextCard);
            cards.executeUpdate();
        }
    }

    // ----- helpers --------------------------------------------------------------------------------------------

    /** The app's own folding, cached: names repeat a lot and the regular expressions are the slow part. */
    private String fold(String text) {
        if (text.length() > 80) {
            return TextNormalizer.fold(text);
        }
        String value = folded.get(text);
        if (value == null) {
            value = TextNormalizer.fold(text);
            if (folded.size() < 200_000) {
                folded.put(text, value);
            }
        }
        return value;
    }

    private static Gender gender(Random r, double womenShare) {
        return r.nextDouble() < womenShare ? Gender.FEMALE : Gender.MALE;
    }

    /** A working hour of that day in Vietnam. */
    private static Instant at(Random r, LocalDate day) {
        return day.atTime(LocalTime.of(7 + r.nextInt(10), r.nextInt(60))).atZone(ZONE).toInstant();
    }

    private static String suffix(int index, int length) {
        int round = index / length;
        return round == 0 ? "" : " số " + (round + 1);
    }

    private void stage(String name, long startNanos) {
        nanos.merge(name, System.nanoTime() - startNanos, Long::sum);
    }

    private static void log(String message) {
        System.out.println(Instant.now().toString().substring(11, 19) + " " + message);
    }
}
