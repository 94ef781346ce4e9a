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

/**
 * Buffers rows per table and writes them as multi-row INSERTs. Rows are always flushed for every table at once and in
 * the order the tables were declared (parents first), so a child row never reaches the database before the row it
 * refers to, even on H2 where foreign keys stay checked. The transaction is committed every few thousand rows.
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

    /** Writes every buffered row, parents first, and commits when enough rows went since the last commit. */
    void flush() {
        try {
            for (Table table : tables.values()) {
                table.write(connection);
            }
            sinceCommit += buffered;
            buffered = 0;
            if (sinceCommit >= COMMIT_ROWS) {
                connection.commit();
                sinceCommit = 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("batch insert failed: " + e.getMessage(), e);
        }
    }

    void commit() {
        flush();
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        sinceCommit = 0;
    }

    /** Rows written per table so far, in declaration order. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.values().forEach(t -> counts.put(t.name, t.count));
        return counts;
    }

    @Override
    public void close() {
        commit();
        tables.values().forEach(Table::close);
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
        private final List<Object[]> rows = new ArrayList<>();
        private final Map<Integer, PreparedStatement> statements = new LinkedHashMap<>();
        private long count;

        Table(String name, String[] columns) {
            this.name = name;
            this.columns = columns;
        }

        void write(Connection connection) throws SQLException {
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
            rows.clear();
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
