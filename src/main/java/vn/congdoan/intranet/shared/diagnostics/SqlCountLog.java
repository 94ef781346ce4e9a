package vn.congdoan.intranet.shared.diagnostics;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last requests of one HTTP session with their SQL statement counts, as text for a test to read. */
public final class SqlCountLog implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int KEPT = 50;
    private static final String ATTRIBUTE = SqlCountLog.class.getName();

    private final Deque<String> entries = new ArrayDeque<>();
    private int sequence;

    static SqlCountLog of(HttpSession session) {
        synchronized (SqlCountLog.class) {
            SqlCountLog log = (SqlCountLog) session.getAttribute(ATTRIBUTE);
            if (log == null) {
                log = new SqlCountLog();
                session.setAttribute(ATTRIBUTE, log);
            }
            return log;
        }
    }

    static SqlCountLog find(HttpSession session) {
        return session == null ? null : (SqlCountLog) session.getAttribute(ATTRIBUTE);
    }

    /**
     * One entry: {@code #12 GET /units/members.xhtml?unit=3 source=- statements=2}, then each statement on its own
     * line, indented.
     */
    synchronized void add(String method, String path, String query, String ajaxSource,
            SqlStatements.Recording recording) {
        StringBuilder entry = new StringBuilder()
                .append('#').append(++sequence).append(' ').append(method).append(' ').append(path)
                .append(query == null ? "" : "?" + query)
                .append(" source=").append(ajaxSource == null ? "-" : ajaxSource)
                .append(" statements=").append(recording.count()).append('\n');
        List<String> sql = recording.sql();
        for (String statement : sql) {
            entry.append("    ").append(statement.replace('\n', ' ')).append('\n');
        }
        if (sql.size() < recording.count()) {
            entry.append("    … ").append(recording.count() - sql.size()).append(" more\n");
        }
        entries.addLast(entry.toString());
        while (entries.size() > KEPT) {
            entries.removeFirst();
        }
    }

    synchronized String text() {
        return String.join("", entries);
    }

    synchronized void clear() {
        entries.clear();
    }
}
