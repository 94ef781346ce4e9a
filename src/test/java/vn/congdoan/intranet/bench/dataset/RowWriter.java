package vn.congdoan.intranet.bench.dataset;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Buffers rows per table and writes them as multi-row INSERTs. Rows are always flushed for every table at once and in
 * the order the tables were declared (parents first), so a child row never reaches the database before the row it
 * refers to, even on H2 where foreign keys stay checked. The transaction is committed every few thousand rows.
 *
 * <p>Writing overlaps generating: a flush hands its rows to one writer thread and returns, and the next flush waits
 * for the previous one, so the database works on one batch while the generator builds the next. The order of the
 * statements is the order of the flushes; the connection is only ever used by one thread at a time.
 */
final class RowWriter implements AutoCloseable {

    /** Rows per INSERT statement: large enough to amortise the round trip, small enough for any parameter limit. */
    private static final int ROWS_PER_STATEMENT = 500;
    /** Buffered rows (all tables) that trigger a flush. */
    private static final int FLUSH_ROWS = 10_000;
    /** Written rows between commits. */
    private static final int COMMIT_ROWS = 50_000;

    private final Connection connection;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "dataset-writer");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> writing;
    private int buffered;
    private int sinceCommit;

    RowWriter(Connection connection) {
        this.connection = connection;
    }

    /** Declares a table; declare parents before the tables that refer to them. */
    void table(String name, String... columns) {
        tables.put(name, new Table(name, columns));
    }

    void add(String table, Object... values) {
        Table t = tables.get(table);
        if (t == null) {
            throw new IllegalArgumentException("undeclared table " + table);
        }
        if (values.length != t.columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + t.columns.length
                    + " columns");
        }
        t.rows.add(values);
        t.count++;
        if (++buffered >= FLUSH_ROWS) {
            flush();
        }
    }

    /**
     * Hands every buffered row to the writer thread (parents first), after the previous batch is written; commits
     * when enough rows went since the last commit. Errors of a batch surface at the next flush or {@link #drain}.
     */
    void flush() {
        List<Object[]>[] batch = snapshot();
        sinceCommit += buffered;
        buffered = 0;
        boolean commitNow = sinceCommit >= COMMIT_ROWS;
        if (commitNow) {
            sinceCommit = 0;
        }
        awaitWriting();
        writing = writer.submit(() -> {
            int i = 0;
            for (Table table : tables.values()) {
                table.write(connection, batch[i++]);
            }
            if (commitNow) {
                connection.commit();
            }
            return null;
        });
    }

    /** Writes everything buffered and waits for it, before the caller uses the connection itself. */
    void drain() {
        flush();
        awaitWriting();
    }

    void commit() {
        drain();
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        sinceCommit = 0;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]>[] snapshot() {
        List<Object[]>[] batch = new List[tables.size()];
        int i = 0;
        for (Table table : tables.values()) {
            batch[i++] = table.rows;
            table.rows = new ArrayList<>();
        }
        return batch;
    }

    private void awaitWriting() {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException("batch insert failed: " + cause.getMessage(), cause);
        } finally {
            writing = null;
        }
    }

    /** Rows written per table so far, in declaration order. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.values().forEach(t -> counts.put(t.name, t.count));
        return counts;
    }

    @Override
    public void close() {
        try {
            commit();
        } finally {
            writer.shutdownNow();
            tables.values().forEach(Table::close);
        }
    }

    static Object value(Object value) {
        if (value instanceof LocalDate day) {
            return Date.valueOf(day);
        }
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        return value;
    }

    private static final class Table {

        private final String name;
        private final String[] columns;
        private List<Object[]> rows = new ArrayList<>();
        private final Map<Integer, PreparedStatement> statements = new LinkedHashMap<>();
        private long count;

        Table(String name, String[] columns) {
            this.name = name;
            this.columns = columns;
        }

        void write(Connection connection, List<Object[]> rows) throws SQLException {
            int at = 0;
            while (at < rows.size()) {
                int n = Math.min(ROWS_PER_STATEMENT, rows.size() - at);
                PreparedStatement statement = statement(connection, n);
                int p = 1;
                for (int r = at; r < at + n; r++) {
                    for (Object v : rows.get(r)) {
                        statement.setObject(p++, value(v));
                    }
                }
                statement.executeUpdate();
                at += n;
            }
        }

        private PreparedStatement statement(Connection connection, int n) throws SQLException {
            PreparedStatement statement = statements.get(n);
            if (statement == null) {
                String one = "(" + "?,".repeat(columns.length - 1) + "?)";
                StringBuilder sql = new StringBuilder("INSERT INTO ").append(name).append(" (")
                        .append(String.join(", ", columns)).append(") VALUES ");
                for (int i = 0; i < n; i++) {
                    sql.append(i == 0 ? "" : ",").append(one);
                }
                statement = connection.prepareStatement(sql.toString());
                // keep the full-size statement and a few remainders; others are closed when replaced
                if (statements.size() > 8) {
                    for (PreparedStatement old : statements.values()) {
                        old.close();
                    }
                    statements.clear();
                }
                statements.put(n, statement);
            }
            return statement;
        }

        void close() {
            for (PreparedStatement statement : statements.values()) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // closing after the work is done; nothing to undo
                }
            }
            statements.clear();
        }
    }
}
