package vn.congdoan.intranet.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.Texts;

/**
 * An article on the desk as its readers will see it ({@code /news/desk/review.xhtml?id=42}), with its history and
 * the actions the viewer may take: publish, return with a comment, unpublish with a reason, feature. Each action names
 * the version shown; after it the page reloads. Only desk users reach it; readers read on the reading pages.
 */
@Named
@ViewScoped
public class ArticleReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsDeskService desk;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private NewsArticle article;
    private long version;
    private List<NewsEvent> history;
    private String returnComment;
    private String unpublishComment;

    public void load() {
        Viewer viewer = currentUser.get();
        article = desk.getArticle(viewer, id == null ? -1 : id);
        version = article.getVersion();
        history = desk.history(viewer, id);
    }

    public String publish() {
        NewsArticle done = FormActions.run("actionsForm", () -> desk.conflict(currentUser.get(), id),
                () -> desk.publish(currentUser.get(), id, version));
        return done == null ? null : reload("article.publishedDone");
    }

    public String returnArticle() {
        NewsArticle done = FormActions.run("returnForm", () -> desk.conflict(currentUser.get(), id),
                () -> desk.returnArticle(currentUser.get(), id, version, returnComment));
        return done == null ? null : reload("article.returnedDone");
    }

    public String unpublish() {
        NewsArticle done = FormActions.run("unpublishForm", () -> desk.conflict(currentUser.get(), id),
                () -> desk.unpublish(currentUser.get(), id, version, unpublishComment));
        return done == null ? null : reload("article.unpublishedDone");
    }

    public String toggleFeatured() {
        boolean featured = !article.isFeatured();
        NewsArticle done = FormActions.run("actionsForm", () -> desk.conflict(currentUser.get(), id),
                () -> desk.setFeatured(currentUser.get(), id, version, featured));
        return done == null ? null : reload(featured ? "article.featuredOn" : "article.featuredOff");
    }

    private String reload(String messageKey) {
        Faces.getFlash().setKeepMessages(true);
        Texts.info(messageKey, article.getTitle());
        return "/news/desk/review?faces-redirect=true&id=" + id;
    }

    /**
     * The audience in words: the whole province, a unit and the units below it, or one unit only. Built while the
     * page renders, when the view's language is known.
     */
    public String getAudience() {
        if (article.isIncludeBelow() && article.getAudienceUnit().getParent() == null) {
            return Texts.get("article.audience.wholeProvince");
        }
        return Texts.get(article.isIncludeBelow() ? "article.audience.branch" : "article.audience.unitOnly",
                article.getAudienceUnit().getName());
    }

    public String getCategoryName() {
        return article.getCategory().name(Faces.getLocale());
    }

    public boolean isMayEdit() {
        return DeskRules.mayEdit(currentUser.get(), article);
    }

    public boolean isMayReview() {
        return DeskRules.mayReview(currentUser.get(), article);
    }

    public boolean isMayPublishDirectly() {
        return DeskRules.mayPublishDirectly(currentUser.get(), article);
    }

    public boolean isMayUnpublish() {
        return DeskRules.mayUnpublish(currentUser.get(), article);
    }

    public boolean isMayFeature() {
        return DeskRules.mayFeature(currentUser.get(), article);
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

    public List<NewsEvent> getHistory() {
        return history;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public void setReturnComment(String returnComment) {
        this.returnComment = returnComment;
    }

    public String getUnpublishComment() {
        return unpublishComment;
    }

    public void setUnpublishComment(String unpublishComment) {
        this.unpublishComment = unpublishComment;
    }
}
