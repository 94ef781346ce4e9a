package vn.congdoan.intranet.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The application's database and its schema. The datasource is defined here from MicroProfile Config, so the same
 * WAR runs on the embedded H2 (the defaults in microprofile-config.properties) or on MySQL (DB_DATASOURCE, DB_URL,
 * DB_USER, DB_PASSWORD in the environment). Flyway brings the schema up to date before anything uses JPA; startup
 * beans that need the schema declare {@code @DependsOn("DatabaseMigrator")}.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATASOURCE,
        className = "${MPCONFIG=db.datasource}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        // Sized for 2 cores: more connections than a few per core only queue inside the database; a request that
        // finds the pool empty waits for a connection (maxWaitTime, 60 s by default) rather than failing.
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
            // Check a pooled connection before handing it out, so a database restart costs one retry, not errors.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    public static final String DATASOURCE = "java:app/jdbc/intranet";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    /*
     * Not named migrate(): the EJB container finds a lifecycle callback by name, and an overload with a parameter
     * could be picked instead ("wrong number of arguments" at deployment).
     */
    @PostConstruct
    void migrateAtStartup() {
        var result = migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result + " after Flyway migration");
    }

    /** Applies the pending migrations of {@code db/migration}; also used by the persistence tests. */
    public static String migrate(DataSource dataSource) {
        var result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        // Flyway names no target when nothing was pending: the schema then stays at the version it had.
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }
}
