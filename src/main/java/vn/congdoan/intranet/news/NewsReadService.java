package vn.congdoan.intranet.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * Reading the news: the lists of the home and news pages, one article, "Tin tức khác", search and the view counter.
 * Every query carries the reader visibility rule in its WHERE clause (see {@link #visible}), so a page, a count or a
 * search hit can never include an article outside the reader's audience, and an article the reader may not see is
 * simply not found, whether it exists or not.
 */
@ApplicationScoped
@Transactional
public class NewsReadService {

    /** Search filters in a {@link PageQuery}. */
    public static final String TEXT = "text";
    public static final String CATEGORY = "categoryId";
    /** LocalDate bounds, both inclusive, as days in Vietnam. */
    public static final String FROM = "from";
    public static final String TO = "to";

    private static final String NEWEST = " ORDER BY a.publishedAt DESC, a.id DESC";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NewsViewCounter counter;

    protected NewsReadService() {
    }

    /** For code outside the container that owns its transaction (tests); such a service cannot count views. */
    public NewsReadService(EntityManager em, Clock clock) {
        this(em, clock, null);
    }

    public NewsReadService(EntityManager em, Clock clock, NewsViewCounter counter) {
        this.em = em;
        this.clock = clock;
        this.counter = counter;
    }

    // ----- lists -----

    /** The newest articles the viewer may read. */
    public List<NewsSummary> latest(Viewer viewer, int n) {
        Filter filter = visible(viewer);
        return summaries(filter, NEWEST, 0, n);
    }

    /** The featured articles for the banner, newest first. */
    public List<NewsSummary> featured(Viewer viewer, int n) {
        Filter filter = visible(viewer).and("a.featured = TRUE");
        return summaries(filter, NEWEST, 0, n);
    }

    /** The newest articles of one category. */
    public List<NewsSummary> byCategory(Viewer viewer, long categoryId, int n) {
        Filter filter = visible(viewer).and("a.category.id = :category", "category", categoryId);
        return summaries(filter, NEWEST, 0, n);
    }

    /** The categories in their order, each with its newest articles; categories without any are left out. */
    public Map<NewsCategory, List<NewsSummary>> categoryBlocks(Viewer viewer, int perCategory) {
        Map<NewsCategory, List<NewsSummary>> blocks = new LinkedHashMap<>();
        for (NewsCategory category : categories()) {
            List<NewsSummary> newest = byCategory(viewer, category.getId(), perCategory);
            if (!newest.isEmpty()) {
                blocks.put(category, newest);
            }
        }
        return blocks;
    }

    public List<NewsCategory> categories() {
        return em.createNamedQuery("NewsCategory.all", NewsCategory.class).getResultList();
    }

    // ----- one article -----

    /**
     * The article, when the viewer may read it. An article that does not exist and one the viewer may not see (another
     * audience, a draft, an unpublished one) give the same NotFoundException, so an id in a URL reveals nothing.
     */
    public NewsArticle article(Viewer viewer, long id) {
        Filter filter = visible(viewer).and("a.id = :id", "id", id);
        List<NewsArticle> found = filter.bind(em.createQuery("SELECT a FROM NewsArticle a"
                + " JOIN FETCH a.category JOIN FETCH a.authorUnit" + filter.where(), NewsArticle.class))
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("no article " + id + " for " + viewer.username());
        }
        return found.get(0);
    }

    /** "Tin tức khác": the newest other articles the viewer may read, those of the same category first. */
    public List<NewsSummary> others(Viewer viewer, NewsArticle article, int n) {
        Filter sameCategory = visible(viewer).and("a.id <> :self", "self", article.getId())
                .and("a.category.id = :category", "category", article.getCategory().getId());
        List<NewsSummary> others = new ArrayList<>(summaries(sameCategory, NEWEST, 0, n));
        if (others.size() < n) {
            Filter elsewhere = visible(viewer).and("a.id <> :self", "self", article.getId())
                    .and("a.category.id <> :category", "category", article.getCategory().getId());
            others.addAll(summaries(elsewhere, NEWEST, 0, n - others.size()));
        }
        return others;
    }

    // ----- search -----

    /** One page of the articles matching the query's text, category and days, newest first. */
    public List<NewsSummary> search(Viewer viewer, PageQuery query) {
        return summaries(searchFilter(viewer, query), NEWEST, query.first(), query.pageSize());
    }

    public int count(Viewer viewer, PageQuery query) {
        Filter filter = searchFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT COUNT(a) FROM NewsArticle a" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    private Filter searchFilter(Viewer viewer, PageQuery query) {
        Filter filter = visible(viewer);
        String text = query.text(TEXT);
        if (!TextNormalizer.isBlank(text) && !TextNormalizer.fold(text).isEmpty()) {
            filter.and("a.searchText LIKE :text ESCAPE '" + TextNormalizer.LIKE_ESCAPE + "'", "text",
                    TextNormalizer.containsPattern(text));
        }
        Long category = query.value(CATEGORY, Long.class);
        if (category != null) {
            filter.and("a.category.id = :category", "category", category);
        }
        LocalDate from = query.value(FROM, LocalDate.class);
        if (from != null) {
            filter.and("a.publishedAt >= :from", "from", startOf(from));
        }
        LocalDate to = query.value(TO, LocalDate.class);
        if (to != null) {
            filter.and("a.publishedAt < :to", "to", startOf(to.plusDays(1)));
        }
        return filter;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Formats.ZONE).toInstant();
    }

    // ----- views -----

    /**
     * Counts the viewer's view of the article, once per reader and day (in Vietnam). Returns whether this view was
     * counted. The view is checked cheaply first; the count itself runs in its own transaction (see
     * {@link NewsViewCounter}), and when a concurrent request of the same reader won the race the primary key refuses
     * the second row and this call just answers false.
     */
    public boolean recordView(Viewer viewer, long articleId) {
        article(viewer, articleId);
        LocalDate day = LocalDate.now(clock.withZone(Formats.ZONE));
        Number seen = (Number) em.createNativeQuery("SELECT COUNT(*) FROM news_view WHERE article_id = ?"
                        + " AND account_id = ? AND view_day = ?")
                .setParameter(1, articleId).setParameter(2, viewer.accountId())
                .setParameter(3, java.sql.Date.valueOf(day)).getSingleResult();
        if (seen.longValue() > 0) {
            return false;
        }
        try {
            counter.count(articleId, viewer.accountId(), day);
            return true;
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** The article's counter as stored now (the entity of a page may be older). */
    public long viewCount(long articleId) {
        return em.createQuery("SELECT a.viewCount FROM NewsArticle a WHERE a.id = :id", Long.class)
                .setParameter("id", articleId).getSingleResult();
    }

    static boolean isConstraintViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    // ----- the visibility rule -----

    /**
     * The reader visibility rule of the news contract: published, and addressed to the viewer's unit, or to a unit
     * above it with everything below (the viewer path's prefixes, an indexable IN list), or, for anyone but a member,
     * to a unit within the viewer's scope (officers read what is published below them; the administrator everything).
     */
    Filter visible(Viewer viewer) {
        viewer.require(Permission.READ_NEWS);
        Filter filter = new Filter().and("a.status = :published", "published", ArticleStatus.PUBLISHED);
        filter.parameters.put("ancestors", ancestorPaths(viewer.unitPath()));
        filter.parameters.put("ownUnit", viewer.unitId());
        // Written as "audience among these units, and the below-flag where it is needed" rather than one OR across
        // the join to the audience unit: MariaDB cannot use an index for that OR and read every published article
        // (20,000 on the national dataset, about 1 s); this way it starts from the units (path index) and reaches
        // their articles through ix_article_audience. Same rule: the first part lists every unit the second accepts.
        if (viewer.role() == Role.MEMBER) {
            return filter.and("a.audienceUnit.id IN (SELECT u.id FROM OrgUnit u WHERE u.id = :ownUnit"
                    + " OR u.path IN :ancestors) AND (a.audienceUnit.id = :ownUnit OR a.includeBelow = TRUE)");
        }
        filter.parameters.put("scope", viewer.scope().likePattern());
        return filter.and("a.audienceUnit.id IN (SELECT u.id FROM OrgUnit u WHERE u.id = :ownUnit"
                + " OR u.path IN :ancestors OR u.path LIKE :scope) AND (a.audienceUnit.id = :ownUnit"
                + " OR a.includeBelow = TRUE OR a.audienceUnit.path LIKE :scope)");
    }

    /** "/1/7/42/" → "/1/", "/1/7/", "/1/7/42/". */
    static List<String> ancestorPaths(String path) {
        List<String> paths = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            paths.add(path.substring(0, i + 1));
        }
        return paths;
    }

    private List<NewsSummary> summaries(Filter filter, String order, int first, int max) {
        return filter.bind(em.createQuery(NewsSummary.SELECT + " FROM NewsArticle a" + filter.where() + order,
                NewsSummary.class)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Conditions and their bound parameters, never concatenated values. */
    static final class Filter {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Filter and(String condition) {
            conditions.add(condition);
            return this;
        }

        Filter and(String condition, String parameter, Object value) {
            conditions.add(condition);
            parameters.put(parameter, value);
            return this;
        }

        String where() {
            return " WHERE " + String.join(" AND ", conditions);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
