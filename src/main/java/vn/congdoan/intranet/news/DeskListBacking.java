package vn.congdoan.intranet.news;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.shared.ServiceLazyModel;

/**
 * The news desk ({@code /news/desk/index.xhtml}): the unit's articles, and for a publisher the articles waiting for
 * approval. The filters above the first table go to the service with every page the table asks for.
 */
@Named
@ViewScoped
public class DeskListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsDeskService desk;

    @Inject
    CurrentUser currentUser;

    private ServiceLazyModel<NewsArticle> own;
    private ServiceLazyModel<NewsArticle> pending;
    private ArticleStatus status;
    private String text;

    @PostConstruct
    void init() {
        own = new ServiceLazyModel<>(q -> desk.countOwn(currentUser.get(), q),
                q -> desk.findOwn(currentUser.get(), q));
        if (currentUser.get().can(Permission.PUBLISH_NEWS)) {
            pending = new ServiceLazyModel<>(q -> desk.countPending(currentUser.get(), q),
                    q -> desk.findPending(currentUser.get(), q));
        }
    }

    /** Hands the filters above the table to its model; the page then reloads the table. */
    public void applyFilters() {
        own.getFilters().put("status", status);
        own.getFilters().put("text", text);
    }

    public boolean mayEdit(NewsArticle article) {
        return DeskRules.mayEdit(currentUser.get(), article);
    }

    public boolean isWriter() {
        return currentUser.get().can(Permission.WRITE_NEWS);
    }

    public ServiceLazyModel<NewsArticle> getOwn() {
        return own;
    }

    public ServiceLazyModel<NewsArticle> getPending() {
        return pending;
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
