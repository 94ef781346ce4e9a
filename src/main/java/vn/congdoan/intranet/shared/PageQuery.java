package vn.congdoan.intranet.shared;

import java.util.Map;

/**
 * One page of a list as asked by a table: offset, size, one sort column and the filters typed by the user. Services
 * translate it to JPQL and only honour the sort fields they whitelist.
 */
public record PageQuery(int first, int pageSize, String sortField, boolean ascending, Map<String, Object> filters) {

    public static final int MAX_PAGE_SIZE = 200;

    public PageQuery {
        first = Math.max(0, first);
        pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageQuery firstPage(int pageSize) {
        return new PageQuery(0, pageSize, null, true, Map.of());
    }

    public PageQuery withFilter(String key, Object value) {
        var copy = new java.util.HashMap<>(filters);
        copy.put(key, value);
        return new PageQuery(first, pageSize, sortField, ascending, copy);
    }

    public PageQuery sortedBy(String field, boolean asc) {
        return new PageQuery(first, pageSize, field, asc, filters);
    }

    /** The filter as trimmed text, or null when absent or blank. */
    public String text(String key) {
        Object value = filters.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public <T> T value(String key, Class<T> type) {
        Object value = filters.get(key);
        return type.isInstance(value) ? type.cast(value) : null;
    }

    /** The sort field when it is one of the allowed ones, else the fallback. */
    public String sortFieldOr(String fallback, java.util.Set<String> allowed) {
        return sortField != null && allowed.contains(sortField) ? sortField : fallback;
    }
}
