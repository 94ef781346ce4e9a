package vn.congdoan.intranet.reporting.board;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE part of a query over reports (alias {@code r}): conditions joined by AND, values bound as parameters.
 * Unlike {@code JpqlFilter}, a condition may carry several parameters (the reading rule has one per past root).
 */
public final class ReportQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public ReportQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    public ReportQuery parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The conditions to append after an existing WHERE, starting with AND. */
    public String andClause() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    /** Adds this query's parameters to another, whose JPQL embeds this one's conditions (as a subquery). */
    public void copyParametersTo(ReportQuery other) {
        other.parameters.putAll(parameters);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
