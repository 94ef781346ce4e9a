package vn.congdoan.intranet.shared.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements the current thread sends to the database while a recording is open. Installed on the
 * persistence unit's session by {@link vn.congdoan.intranet.shared.SessionSetup}, and only when
 * {@code diagnostics.sql-count} is true.
 *
 * <p>It listens to EclipseLink's {@code postExecuteCall}, which the session raises once per database call: every
 * JPQL, criteria, count and native query, every lazy relationship fetched, and every INSERT/UPDATE/DELETE, including
 * those that batch writing later sends to the driver in one batch (each counts as one statement). A read answered
 * by the shared cache makes no call and is not counted, which is the point of caching it.
 */
public final class SqlStatements extends SessionEventAdapter {

    /** The configuration key; MicroProfile Config reads it from a system property or DIAGNOSTICS_SQL_COUNT too. */
    public static final String FLAG = "diagnostics.sql-count";

    /** Statements kept per request with their SQL; the count goes on past it. */
    private static final int SQL_KEPT = 40;
    private static final int SQL_CHARS = 400;

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    /** What one request executed. */
    public static final class Recording {
        private int count;
        private final List<String> sql = new ArrayList<>();

        public int count() {
            return count;
        }

        public List<String> sql() {
            return sql;
        }

        void add(String statement) {
            count++;
            if (sql.size() < SQL_KEPT) {
                sql.add(statement.length() > SQL_CHARS ? statement.substring(0, SQL_CHARS) + "…" : statement);
            }
        }
    }

    /** Whether the flag is on; false wherever MicroProfile Config is missing (plain JPA tests). */
    public static boolean enabled() {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue(FLAG, Boolean.class).orElse(false);
        } catch (RuntimeException | LinkageError noConfig) {
            return Boolean.getBoolean(FLAG);
        }
    }

    /** Starts counting on this thread; the caller must {@link #stop()} in a finally block. */
    public static Recording start() {
        Recording recording = new Recording();
        CURRENT.set(recording);
        return recording;
    }

    public static void stop() {
        CURRENT.remove();
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        Recording recording = CURRENT.get();
        if (recording != null) {
            Call call = event.getCall();
            String sql = call instanceof DatabaseCall databaseCall
                    ? String.valueOf(databaseCall.getSQLString()) : String.valueOf(call);
            recording.add(sql);
        }
    }
}
