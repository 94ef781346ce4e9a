package vn.congdoan.intranet.shared;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh, empty database with the real Flyway schema and the application's persistence unit on it, for the
 * persistence tests. H2 is always available; MySQL or MariaDB when the system property {@code test.mysql.url}
 * names a server (e.g. {@code jdbc:mysql://127.0.0.1:3306/}), with {@code test.mysql.user} (default root) and
 * {@code test.mysql.password} (default empty). On MySQL each instance creates its own database
 * {@code cd_test_<random>} and drops it on {@link #close()}, so parallel or repeated runs never collide.
 *
 * <p>Tests do not build it themselves: a method annotated {@link DatabaseTest} receives one per engine, created once
 * per test class.
 */
public final class TestDatabase implements AutoCloseable {

    /** Flyway reports every migration at INFO; kept here (a strong reference) so the level sticks. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    /** The database engines a persistence test runs on. */
    public enum Engine {
        H2, MYSQL;

        /** Why the engine cannot be used on this run, or null when it can. */
        String unavailableReason() {
            return this == MYSQL && mysqlServerUrl().isEmpty()
                    ? "MySQL/MariaDB not configured: pass -Dtest.mysql.url=jdbc:mysql://127.0.0.1:3306/" : null;
        }
    }

    private final Engine engine;
    private final String url;
    private final String user;
    private final String password;
    private final String mysqlDatabase;
    private final DataSource dataSource;
    private final EntityManagerFactory emf;
    private final Map<Class<?>, Object> fixtures = new ConcurrentHashMap<>();

    private TestDatabase(Engine engine) {
        this.engine = engine;
        String name = "cd_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (engine == Engine.H2) {
            // MODE=LEGACY: EclipseLink 4 expects H2's pre-2.0 behaviour; DB_CLOSE_DELAY keeps the in-memory
            // database between connections until close() shuts it down.
            url = "jdbc:h2:mem:" + name + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
            mysqlDatabase = null;
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            dataSource = h2;
        } else {
            user = property("test.mysql.user", "root");
            password = System.getProperty("test.mysql.password", "");
            mysqlDatabase = name;
            String server = mysqlServerUrl();
            execute(server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            url = databaseUrl(server, name);
            MysqlDataSource mysql = new MysqlDataSource();
            mysql.setURL(url);
            mysql.setUser(user);
            mysql.setPassword(password);
            dataSource = mysql;
        }
        try {
            DatabaseMigrator.migrate(dataSource);
            emf = Persistence.createEntityManagerFactory("intranet", persistenceProperties());
            emf.createEntityManager().close(); // fail here, not in the first test, when the unit cannot deploy
        } catch (RuntimeException e) {
            dropQuietly();
            throw e;
        }
    }

    /** Creates the database, migrates it and opens the persistence unit on it. */
    public static TestDatabase create(Engine engine) {
        String reason = engine.unavailableReason();
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
        return new TestDatabase(engine);
    }

    /**
     * The persistence unit of persistence.xml (JTA, a JNDI datasource, Bean Validation callbacks) turned into a Java SE
     * one. What EclipseLink 4.0.7 needs, found by trying each combination:
     * <ul>
     * <li>{@code jakarta.persistence.transactionType=RESOURCE_LOCAL}: without it the unit stays JTA and the deploy
     * fails (EclipseLink-7060, no JNDI);</li>
     * <li>{@code jakarta.persistence.jtaDataSource=""} blanks the XML's JNDI name. Not needed (a resource-local unit
     * ignores it) but EclipseLink then warns so at every start;</li>
     * <li>the JDBC driver, URL, user and password, so EclipseLink pools its own connections. A DataSource object given
     * as {@code jakarta.persistence.nonJtaDataSource} works as well, but then every transaction opens a new physical
     * connection, which is slow on MySQL;</li>
     * <li>{@code jakarta.persistence.validation.mode=NONE}: there is no Bean Validation provider outside the server,
     * and the XML's CALLBACK mode demands one (EclipseLink-28019 otherwise).</li>
     * </ul>
     * Factories of the same unit on different URLs get separate sessions, so H2 and MySQL can be open side by side.
     */
    private Map<String, Object> persistenceProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver",
                engine == Engine.H2 ? "org.h2.Driver" : "com.mysql.cj.jdbc.Driver");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("jakarta.persistence.validation.mode", "NONE");
        // A test JVM has no weaving agent, so EclipseLink loads lazy to-one relations eagerly and warns about each
        // at start-up; the warning says nothing about the code under test.
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level.metadata", "SEVERE");
        return properties;
    }

    public Engine engine() {
        return engine;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A new EntityManager; the caller closes it (a {@link DatabaseTest} parameter is closed for you). */
    public EntityManager createEntityManager() {
        return emf.createEntityManager();
    }

    /**
     * Data several tests of a class share, such as the demo province: made by the factory the first time it is
     * asked for on this database, then reused.
     */
    public <T> T fixture(Class<T> type, Function<TestDatabase, T> factory) {
        return type.cast(fixtures.computeIfAbsent(type, key -> factory.apply(this)));
    }

    /** Runs the work in a transaction of the EntityManager: committed when it returns, rolled back when it throws. */
    public static <T> T inTransaction(EntityManager em, Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    /** Closes the persistence unit and removes the database. */
    @Override
    public void close() {
        emf.close();
        dropQuietly();
    }

    private void dropQuietly() {
        try {
            if (engine == Engine.H2) {
                try (Connection connection = dataSource.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            } else {
                execute(mysqlServerUrl(), "DROP DATABASE IF EXISTS " + mysqlDatabase);
            }
        } catch (SQLException | RuntimeException e) {
            System.err.println("Could not remove test database " + url + ": " + e);
        }
    }

    @Override
    public String toString() {
        return engine + " " + url;
    }

    private void execute(String jdbcUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + jdbcUrl, e);
        }
    }

    static String mysqlServerUrl() {
        return property("test.mysql.url", "");
    }

    /**
     * The server URL with the given database as its path, keeping the URL's parameters:
     * {@code jdbc:mysql://host:3306/?x=y} and {@code jdbc:mysql://host:3306/other?x=y} both become
     * {@code jdbc:mysql://host:3306/name?x=y}.
     */
    static String databaseUrl(String serverUrl, String database) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String parameters = query < 0 ? "" : serverUrl.substring(query);
        int hosts = base.indexOf("//");
        int path = base.indexOf('/', hosts < 0 ? 0 : hosts + 2);
        return (path < 0 ? base : base.substring(0, path)) + "/" + database + parameters;
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
