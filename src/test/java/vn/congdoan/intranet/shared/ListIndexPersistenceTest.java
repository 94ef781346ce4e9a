package vn.congdoan.intranet.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every filter and sort the lazy tables offer at a scale where it matters has an index that starts with its columns
 * (V14 and the earlier migrations), on every engine. When a table gets a new sortable column over many rows, add
 * it here and to a migration.
 */
class ListIndexPersistenceTest {

    /** table, then the leading columns of an index the list's WHERE and ORDER BY need. */
    static final List<List<String>> NEEDED = List.of(
            List.of("union_member", "unit_id", "search_name"),        // a union's members by name (the default)
            List.of("union_member", "unit_id", "joined_on"),          // ... by joining date, date-range filter
            List.of("union_member", "unit_id", "status", "gender"),   // home figures under a branch
            List.of("org_unit", "path"),                              // every scope: the branch's prefix
            List.of("org_unit", "name"),                              // units administration by name
            List.of("org_unit", "level_code", "path"),                // ... filtered by level
            List.of("activity_report", "period_id", "unit_path"),     // status board of a period, by branch
            List.of("activity_report", "period_id", "unit_name"),     // ... sorted by unit
            List.of("activity_report", "period_id", "status", "submitted_at"), // ... by status and submission
            List.of("activity_report", "reviewer_unit_id", "status", "submitted_at"), // reports to review
            List.of("user_account", "last_login_at"),                 // accounts by last sign-in
            List.of("user_account", "display_name"),                  // ... by name
            List.of("user_account", "role", "username"),              // ... by role
            List.of("welfare_case", "unit_id", "status", "occurred_on"), // a union's cases
            List.of("welfare_case", "approver_unit_id", "status", "submitted_at"), // cases awaiting approval
            List.of("award", "recipient_path", "school_year"),        // award register of a branch
            List.of("award", "decision_date"),                        // ... by decision date
            List.of("award", "created_at"),                           // nominations by creation
            List.of("movement_entry", "movement_id", "search_name"),  // a movement's entries by name
            List.of("movement_entry", "movement_id", "result"),       // ... by result
            List.of("movement_entry", "movement_id", "final_points"), // ... by points
            List.of("news_article", "author_unit_id", "status", "updated_at"), // the news desk
            List.of("notification", "account_id", "read_at"));        // the bell on every page

    @DatabaseTest
    void everyListedFilterAndSortHasAnIndex(TestDatabase db) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (List<String> need : NEEDED) {
                List<List<String>> indexes = indexes(meta, connection.getCatalog(), need.get(0));
                List<String> columns = need.subList(1, need.size());
                if (indexes.stream().noneMatch(index -> index.size() >= columns.size()
                        && index.subList(0, columns.size()).equals(columns))) {
                    missing.add(need + " (indexes: " + indexes + ")");
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "no index starts with:\n" + String.join("\n", missing));
    }

    /** Each index of the table as its column names in order, lower case. */
    private static List<List<String>> indexes(DatabaseMetaData meta, String catalog, String table)
            throws SQLException {
        Map<String, Map<Integer, String>> byName = new TreeMap<>();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rows = meta.getIndexInfo(catalog, null, name, false, false)) {
                while (rows.next()) {
                    String column = rows.getString("COLUMN_NAME");
                    if (column != null) {
                        byName.computeIfAbsent(rows.getString("INDEX_NAME"), k -> new TreeMap<>())
                                .put((int) rows.getShort("ORDINAL_POSITION"), column.toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (!byName.isEmpty()) {
                break;
            }
        }
        return byName.values().stream().map(columns -> List.copyOf(columns.values())).toList();
    }
}
