package vn.congdoan.intranet.bench.dataset;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import vn.congdoan.intranet.demo.DemoNarratives;
import vn.congdoan.intranet.reporting.ReportNarrative;
import vn.congdoan.intranet.security.PasswordHasher;
import vn.congdoan.intranet.shared.DatabaseMigrator;

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
 * <p>Each stage is its own class ({@link TreeGenerator}, {@link MemberGenerator}, {@link ReportGenerator},
 * {@link NewsGenerator}, {@link WelfareGenerator}, {@link EmulationGenerator}, then {@link SequenceCounters}) over a
 * shared {@link GenerationContext}; this class runs them in order, province by province. The stages of a province
 * draw from the province's one random sequence, so changing their order, or the order of draws inside one, changes
 * the dataset.
 *
 * <p>Run it with {@code mvn -B -Pdataset -Ddataset.scale=national -Ddataset.url=jdbc:mysql://127.0.0.1:3306/db}.
 */
public final class DatasetGenerator {

    public static final String PASSWORD = "Demo@2026";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TREE_START = LocalDate.of(2018, 1, 1);
    /** The day the district federations and sector unions ended and the commune unions began. */
    static final LocalDate RESTRUCTURING_DAY = LocalDate.of(2025, 7, 1);

    /** What to generate. {@code today} fixes "now" (the current period, welfare dates), for repeatable runs. */
    public record Settings(DatasetScale scale, long seed, LocalDate today, Path usersCsv) {
    }

    /** What was generated: rows per table and seconds per stage. */
    public record Result(Map<String, Long> rows, Map<String, Double> seconds) {
    }

    private final Settings settings;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private GenerationContext ctx;
    private TreeGenerator tree;
    private MemberGenerator members;
    private ReportGenerator reports;
    private NewsGenerator news;
    private WelfareGenerator welfare;
    private EmulationGenerator emulation;

    public DatasetGenerator(Settings settings) {
        this.settings = settings;
        if (settings.today().isBefore(LocalDate.of(2025, 9, 1))) {
            throw new IllegalArgumentException("the dataset needs a day after the 2025 restructuring: "
                    + settings.today());
        }
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
            String passwordHash = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash(PASSWORD.toCharArray());
            Random narrativeRandom = new Random(settings.seed() ^ 0x5EEDL);
            ReportNarrative[] narratives = new ReportNarrative[128];
            for (int i = 0; i < narratives.length; i++) {
                narratives[i] = DemoNarratives.compose(narrativeRandom, 20 + narrativeRandom.nextInt(60));
            }
            stage("password hash, texts", t);
            Files.createDirectories(settings.usersCsv().toAbsolutePath().getParent());
            try (RowWriter writer = new RowWriter(connection);
                 BufferedWriter csv = Files.newBufferedWriter(settings.usersCsv(), StandardCharsets.UTF_8)) {
                ctx = new GenerationContext(settings.scale(), settings.today(), writer, passwordHash, narratives);
                tree = new TreeGenerator(ctx);
                members = new MemberGenerator(ctx, csv);
                reports = new ReportGenerator(ctx);
                news = new NewsGenerator(ctx);
                welfare = new WelfareGenerator(ctx);
                emulation = new EmulationGenerator(ctx);
                members.writeUsersHeader();
                declareTables();
                for (int p = 1; p <= settings.scale().provinces; p++) {
                    province(connection, p);
                    log(String.format("province %d/%d done, %,d ids so far", p, settings.scale().provinces,
                            ctx.idLimit() - 1_000));
                }
                t = System.nanoTime();
                writer.commit();
                SequenceCounters.moveBeyond(ctx, connection);
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
            return new Result(ctx.out.counts(), seconds);
        }
    }

    /** The tables in the order of the stages, which is also parents first: rows are flushed in this order. */
    private void declareTables() {
        tree.declareTables();
        members.declareTables();
        reports.declareTables();
        news.declareTables();
        welfare.declareTables();
        emulation.declareTables();
    }

    /**
     * One province, stage by stage. The stages share the province's random sequence, so their order here is part
     * of the dataset.
     */
    private void province(Connection connection, int index) throws SQLException, IOException {
        Province p = new Province(index, settings.seed());
        timed("tree and restructuring", () -> tree.generate(p));
        timed("members", () -> members.members(p));
        timed("accounts", () -> members.accounts(p));
        timed("reports", () -> reports.generate(p));
        timed("news", () -> news.generate(p));
        timed("welfare", () -> {
            welfare.generate(p);
            welfare.linkConcerns(connection);
        });
        timed("awards", () -> emulation.awards(p));
        timed("movements, classifications", () -> {
            emulation.movements(p);
            emulation.classifications(p);
            ctx.out.commit();
        });
    }

    /** One stage of a province's generation, which writes rows and may fail on the database or a file. */
    private interface Stage {
        void run() throws SQLException, IOException;
    }

    private void timed(String name, Stage stage) throws SQLException, IOException {
        long start = System.nanoTime();
        stage.run();
        stage(name, start);
    }

    private void stage(String name, long startNanos) {
        nanos.merge(name, System.nanoTime() - startNanos, Long::sum);
    }

    private static void log(String message) {
        System.out.println(Instant.now().toString().substring(11, 19) + " " + message);
    }
}
