package vn.congdoan.intranet.news;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.TextNormalizer;

/** Search over the articles the reader may see: text without accents, category and days, paged in the database. */
@Named
@ViewScoped
public class NewsSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsReadService news;

    @Inject
    CurrentUser currentUser;

    private Viewer viewer;
    private String text;
    private Long categoryId;
    private LocalDate from;
    private LocalDate to;
    private final HashMap<String, Object> filters = new HashMap<>();
    private SummaryLazyModel results;
    private boolean searched;

    @PostConstruct
    void init() {
        viewer = currentUser.get();
        results = new SummaryLazyModel(q -> news.count(viewer, q), q -> news.search(viewer, q), filters);
    }

    /** The view action: ?q= opens the page with results, e.g. from the search box of the news front. */
    public void load() {
        if (!TextNormalizer.isBlank(text) || categoryId != null) {
            search();
        }
    }

    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        filters.clear();
        put(NewsReadService.TEXT, TextNormalizer.isBlank(text) ? null : text.trim());
        put(NewsReadService.CATEGORY, categoryId);
        put(NewsReadService.FROM, from);
        put(NewsReadService.TO, to);
        searched = true;
    }

    public void clear() {
        text = null;
        categoryId = null;
        from = null;
        to = null;
        filters.clear();
        searched = false;
    }

    private void put(String key, Object value) {
        if (value != null) {
            filters.put(key, value);
        }
    }

    /**
     * The title, HTML-escaped, with the searched words marked: matched on the folded text so "cong doan" marks
     * "Công đoàn". Folding keeps one character per character for Vietnamese precomposed letters, so positions agree.
     */
    public String highlight(String title) {
        String escaped = escape(title);
        String query = TextNormalizer.fold(text);
        if (TextNormalizer.isBlank(query)) {
            return escaped;
        }
        String folded = TextNormalizer.fold(title);
        if (folded.length() != title.length()) {
            return escaped;
        }
        StringBuilder out = new StringBuilder();
        Matcher matcher = Pattern.compile(Pattern.quote(query)).matcher(folded);
        int last = 0;
        while (matcher.find()) {
            out.append(escape(title.substring(last, matcher.start()))).append("<mark>")
                    .append(escape(title.substring(matcher.start(), matcher.end()))).append("</mark>");
            last = matcher.end();
        }
        return out.append(escape(title.substring(last))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public List<NewsCategory> getCategories() {
        return news.categories();
    }

    public Map<String, Object> getFilters() {
        return filters;
    }

    public SummaryLazyModel getResults() {
        return results;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
