package vn.congdoan.intranet.news;

import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;

/**
 * Who may do what with an article on the news desk, as pure checks on the article in memory: the desk service
 * enforces them, the pages ask them to show or hide buttons, the photo servlet asks them before sending a picture.
 * Readers never come here: they see published articles through the reading side's audience rule.
 */
public final class DeskRules {

    private DeskRules() {
    }

    /** An officer of the article's unit (the administrator stands in for any unit). */
    public static boolean isWriter(Viewer viewer, NewsArticle article) {
        return viewer.can(Permission.WRITE_NEWS)
                && (viewer.role() == Role.ADMIN || article.getAuthorUnit().getId() == viewer.unitId());
    }

    /**
     * Sees the article on the desk: its own unit's officers always; a publisher of a unit above once it has been
     * handed in (a draft stays the writer's own until it is submitted or published).
     */
    public static boolean mayHandle(Viewer viewer, NewsArticle article) {
        if (isWriter(viewer, article)) {
            return true;
        }
        return viewer.can(Permission.PUBLISH_NEWS) && viewer.scope().covers(article.getAuthorUnit())
                && article.getStatus() != ArticleStatus.DRAFT;
    }

    public static boolean mayEdit(Viewer viewer, NewsArticle article) {
        return isWriter(viewer, article) && article.getStatus().isEditable();
    }

    /** A grassroots writer hands the article to the unit above; a publisher publishes it instead. */
    public static boolean maySubmit(Viewer viewer, NewsArticle article) {
        return mayEdit(viewer, article) && !viewer.can(Permission.PUBLISH_NEWS);
    }

    /** A publisher publishes their own unit's article without anyone's approval. */
    public static boolean mayPublishDirectly(Viewer viewer, NewsArticle article) {
        return mayEdit(viewer, article) && viewer.can(Permission.PUBLISH_NEWS);
    }

    /** Approves or returns: a publisher of a unit strictly above the article's unit. */
    public static boolean isApprover(Viewer viewer, NewsArticle article) {
        return viewer.can(Permission.PUBLISH_NEWS) && viewer.scope().covers(article.getAuthorUnit())
                && (viewer.role() == Role.ADMIN || article.getAuthorUnit().getId() != viewer.unitId());
    }

    public static boolean mayReview(Viewer viewer, NewsArticle article) {
        return isApprover(viewer, article) && article.getStatus() == ArticleStatus.SUBMITTED;
    }

    /** Takes a published article down: a publisher whose scope holds the article's unit (the province holds all). */
    public static boolean mayUnpublish(Viewer viewer, NewsArticle article) {
        return viewer.can(Permission.PUBLISH_NEWS) && viewer.scope().covers(article.getAuthorUnit())
                && article.getStatus() == ArticleStatus.PUBLISHED;
    }

    public static boolean mayFeature(Viewer viewer, NewsArticle article) {
        return viewer.can(Permission.PUBLISH_NEWS) && viewer.scope().covers(article.getAuthorUnit())
                && article.getStatus() == ArticleStatus.PUBLISHED;
    }

    /**
     * The reading rule of the contract, for the photo servlet only: published, and the reader's unit is the audience
     * unit, or lies below it when the audience includes the units below, or the reader is an officer whose scope holds
     * the audience unit. The reading pages use the reading side's own query of the same rule.
     */
    public static boolean mayRead(Viewer viewer, NewsArticle article) {
        if (article.getStatus() != ArticleStatus.PUBLISHED || !viewer.can(Permission.READ_NEWS)) {
            return false;
        }
        String audiencePath = article.getAudienceUnit().getPath();
        return viewer.role() == Role.ADMIN
                || article.getAudienceUnit().getId() == viewer.unitId()
                || article.isIncludeBelow() && viewer.unitPath().startsWith(audiencePath)
                || viewer.role() != Role.MEMBER && viewer.scope().covers(audiencePath);
    }
}
