package vn.congdoan.intranet.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;

/**
 * One article as a reader opens it. Opening counts the view (once per reader and day); an id the reader may not see
 * is not found, so the existing 404 page answers.
 */
@Named
@ViewScoped
public class NewsArticleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NewsArticleBacking.class.getName());
    public static final int OTHERS = 6;

    @Inject
    NewsReadService news;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private NewsArticle article;
    private List<NewsSummary> others;
    private long views;

    public void load() {
        Viewer viewer = currentUser.get();
        article = news.article(viewer, id == null ? -1 : id);
        try {
            news.recordView(viewer, article.getId());
        } catch (RuntimeException e) {
            // a counter that fails must never keep anyone from reading
            LOG.log(Level.WARNING, "view of article " + id + " not counted", e);
        }
        views = news.viewCount(article.getId());
        others = news.others(viewer, article, OTHERS);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NewsArticle getArticle() {
        return article;
    }

    public List<NewsSummary> getOthers() {
        return others;
    }

    public long getViews() {
        return views;
    }
}
