package vn.congdoan.intranet.news;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.ServiceLazyModel;

/**
 * A lazy list of article cards: the count and each page come from {@link NewsReadService} with the filters the page
 * holds, so paging happens in the database. (ServiceLazyModel needs entities; cards are records.)
 */
public class SummaryLazyModel extends LazyDataModel<NewsSummary> {

    private static final long serialVersionUID = 1L;

    private final ServiceLazyModel.Counter counter;
    private final ServiceLazyModel.Loader<NewsSummary> loader;
    private final Map<String, Object> filters;

    public SummaryLazyModel(ServiceLazyModel.Counter counter, ServiceLazyModel.Loader<NewsSummary> loader,
                            Map<String, Object> filters) {
        this.counter = counter;
        this.loader = loader;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return counter.count(new PageQuery(0, 1, null, false, filters));
    }

    @Override
    public List<NewsSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        return loader.load(new PageQuery(first, pageSize, null, false, filters));
    }

    @Override
    public String getRowKey(NewsSummary row) {
        return String.valueOf(row.id());
    }

    @Override
    public NewsSummary getRowData(String rowKey) {
        List<NewsSummary> page = getWrappedData();
        return page == null ? null : page.stream().filter(s -> rowKey.equals(getRowKey(s))).findFirst().orElse(null);
    }
}
