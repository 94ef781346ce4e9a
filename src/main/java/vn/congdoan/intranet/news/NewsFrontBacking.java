package vn.congdoan.intranet.news;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;

/**
 * The news front of the home page and of /news/index: the featured banner, the newest articles and a block per
 * category; on /news/index?category=ID one category, paged in the database.
 */
@Named
@ViewScoped
public class NewsFrontBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int BANNER = 6;
    public static final int PER_CATEGORY = 4;

    @Inject
    NewsReadService news;

    @Inject
    CurrentUser currentUser;

    private Viewer viewer;
    private List<NewsSummary> featured;
    private List<NewsSummary> latest;
    private List<Map.Entry<NewsCategory, List<NewsSummary>>> blocks;
    private List<NewsCategory> categories;
    private final Map<Long, NewsCategory> byId = new HashMap<>();
    private Long categoryId;
    private NewsCategory category;
    private SummaryLazyModel categoryModel;

    @PostConstruct
    void init() {
        viewer = currentUser.get();
        categories = news.categories();
        categories.forEach(c -> byId.put(c.getId(), c));
    }

    /** The view action of /news/index: a category's pages when ?category= names one, else the front. */
    public void load() {
        category = categoryId == null ? null : byId.get(categoryId);
        if (category != null) {
            long id = category.getId();
            categoryModel = new SummaryLazyModel(q -> news.count(viewer, q), q -> news.search(viewer, q),
                    Map.of(NewsReadService.CATEGORY, id));
        }
    }

    public List<NewsSummary> getFeatured() {
        if (featured == null) {
            featured = news.featured(viewer, BANNER);
        }
        return featured;
    }

    /** The newest articles, the banner's left out when there is one (they are already on screen). */
    public List<NewsSummary> latest(int n) {
        if (latest == null) {
            List<Long> shown = getFeatured().stream().map(NewsSummary::id).toList();
            latest = news.latest(viewer, n + shown.size()).stream().filter(s -> !shown.contains(s.id())).limit(n)
                    .toList();
        }
        return latest;
    }

    public List<Map.Entry<NewsCategory, List<NewsSummary>>> getBlocks() {
        if (blocks == null) {
            blocks = List.copyOf(news.categoryBlocks(viewer, PER_CATEGORY).entrySet());
        }
        return blocks;
    }

    public List<NewsCategory> getCategories() {
        return categories;
    }

    public NewsCategory category(long id) {
        return byId.get(id);
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public NewsCategory getCategory() {
        return category;
    }

    public SummaryLazyModel getCategoryModel() {
        return categoryModel;
    }
}
