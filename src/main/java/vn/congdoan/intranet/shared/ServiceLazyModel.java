package vn.congdoan.intranet.shared;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over a service: the table asks for a count and a page, the service answers both from the
 * database. The table's global filter arrives as {@value #SEARCH}, a date range filter {@code joinedOn} as
 * {@code joinedOnFrom} / {@code joinedOnTo}; fixed filters of a page can be put in {@link #getFilters()}.
 */
public class ServiceLazyModel<T extends BaseEntity> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Counts the rows matching a query. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        int count(PageQuery query);
    }

    /** Loads one page of rows matching a query. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        List<T> load(PageQuery query);
    }

    /** The key of the table's global search box (an input with id "globalFilter" in the table header). */
    public static final String SEARCH = "search";

    private final Counter counter;
    private final Loader<T> loader;
    private final HashMap<String, Object> filters = new HashMap<>();
    /** The query of the last page loaded, so an export can write what the table shows; not kept across nodes. */
    private transient PageQuery lastQuery;

    public ServiceLazyModel(Counter counter, Loader<T> loader) {
        this.counter = counter;
        this.loader = loader;
    }

    public Map<String, Object> getFilters() {
        return filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return counter.count(query(0, 1, Map.of(), filterBy));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        lastQuery = query(first, pageSize, sortBy, filterBy);
        return loader.load(lastQuery);
    }

    /** The filters and order of the page the table last loaded: {@code #{bean.model.lastQuery()}}. */
    public PageQuery lastQuery() {
        return lastQuery != null ? lastQuery : query(0, 1, Map.of(), Map.of());
    }

    private PageQuery query(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, Object> all = new HashMap<>();
        filterBy.values().forEach(meta -> put(all, meta.isGlobalFilter() ? SEARCH : meta.getField(),
                meta.getFilterValue()));
        filters.forEach((key, value) -> {
            if (value != null) {
                all.put(key, value);
            }
        });
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                .orElse(null);
        return new PageQuery(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() == SortOrder.ASCENDING, all);
    }

    private static void put(Map<String, Object> query, String key, Object value) {
        if (value instanceof List<?> range && range.size() == 2) {
            query.put(key + "From", range.get(0));
            query.put(key + "To", range.get(1));
        } else if (value != null) {
            query.put(key, value);
        }
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> page = getWrappedData();
        return page == null ? null : page.stream().filter(row -> rowKey.equals(getRowKey(row))).findFirst().orElse(null);
    }
}
