package vn.congdoan.intranet.shared;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE part of a list query, built from the filters a user typed: each condition is added only when its value
 * is present, with its value bound as a parameter (never concatenated). The same filter feeds the count and the page.
 */
public final class JpqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition that always applies, e.g. the caller's scope. */
    public JpqlFilter require(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** Adds the condition only when the value is present (not null, not blank text). */
    public JpqlFilter optional(String condition, String parameter, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        return require(condition, parameter, value);
    }

    /** Adds a folded, diacritic-insensitive "contains" match on a search column. */
    public JpqlFilter contains(String searchColumn, String parameter, String text) {
        if (TextNormalizer.isBlank(text)) {
            return this;
        }
        return require(searchColumn + " LIKE :" + parameter + " ESCAPE '" + TextNormalizer.LIKE_ESCAPE + "'",
                parameter, TextNormalizer.containsPattern(text));
    }

    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
