package vn.congdoan.intranet.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.congdoan.intranet.notification.NotificationService;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.JpqlFilter;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * The news desk: officers write articles for their unit or what lies below it; a grassroots officer submits to the
 * unit above, which publishes or returns with a comment; a federation or sector officer publishes their own unit's
 * article directly; a publisher above an article's unit may take it down with a reason. The body is sanitized on
 * every save, so what is stored is safe to render. Every write names the version the page loaded
 * ({@code article.changedByOther} when someone acted in between); every step is a {@link NewsEvent} and notifies the
 * other side. The desk never shows a reader anything: readers see published articles through the reading side.
 */
@ApplicationScoped
@Transactional
public class NewsDeskService {

    /** Longest photo caption, in characters. */
    public static final int CAPTION_MAX = 300;
    /** Photos per article. */
    public static final int PHOTOS_MAX = 30;

    private static final Map<String, String> OWN_SORT = Map.of(
            "title", "a.title",
            "updatedAt", "a.updatedAt",
            "status", "a.status");

    private final ArticleSanitizer sanitizer = new ArticleSanitizer();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    protected NewsDeskService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public NewsDeskService(EntityManager em, Clock clock, NotificationService notifications) {
        this.em = em;
        this.clock = clock;
        this.notifications = notifications;
    }

    // ----- reading on the desk -----

    /** An article the viewer handles on the desk (see {@link DeskRules#mayHandle}); never a reader's way in. */
    public NewsArticle getArticle(Viewer viewer, long id) {
        requireDesk(viewer);
        NewsArticle article = find(id);
        if (!DeskRules.mayHandle(viewer, article)) {
            throw new AccessDeniedException(viewer.username() + " may not handle article " + id);
        }
        return article;
    }

    /** The editor's form of an article the viewer may edit now. */
    public ArticleForm formOf(Viewer viewer, long id) {
        NewsArticle article = getArticle(viewer, id);
        if (!DeskRules.mayEdit(viewer, article)) {
            throw new BusinessException("article.notEditable");
        }
        return ArticleForm.of(article, sanitizer);
    }

    /**
     * A blank form: the viewer's own unit as the audience, with the units below it when it has any (a school's union
     * has none, and "and the units below" would only puzzle its writer).
     */
    public ArticleForm newForm(Viewer viewer) {
        viewer.require(Permission.WRITE_NEWS);
        ArticleForm form = new ArticleForm();
        form.setAudienceUnitId(viewer.unitId());
        form.setIncludeBelow(viewer.role() != Role.GRASSROOTS_OFFICER);
        return form;
    }

    /** The article's steps, newest first. */
    public List<NewsEvent> history(Viewer viewer, long id) {
        NewsArticle article = getArticle(viewer, id);
        return em.createQuery("SELECT e FROM NewsEvent e JOIN FETCH e.actorUnit WHERE e.article = :article"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", NewsEvent.class)
                .setParameter("article", article).getResultList();
    }

    /** Why the article is back with its writer: the latest return or unpublishing, while it is. */
    public Optional<NewsEvent> latestReturn(Viewer viewer, long id) {
        NewsArticle article = getArticle(viewer, id);
        if (article.getStatus() != ArticleStatus.RETURNED && article.getStatus() != ArticleStatus.UNPUBLISHED) {
            return Optional.empty();
        }
        return history(viewer, id).stream()
                .filter(e -> e.getKind() == NewsEventKind.RETURNED || e.getKind() == NewsEventKind.UNPUBLISHED)
                .findFirst();
    }

    public List<NewsCategory> categories() {
        return em.createNamedQuery("NewsCategory.all", NewsCategory.class).getResultList();
    }

    /** A unit the viewer may address an article to: their own or one below it, still active. */
    public OrgUnit audienceUnit(Viewer viewer, long unitId) {
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        if (unit == null || !viewer.scope().covers(unit)) {
            throw BusinessException.onField("audience", "article.audience.outOfScope");
        }
        if (!unit.isActive()) {
            throw BusinessException.onField("audience", "article.audience.inactive", unit.getName());
        }
        return unit;
    }

    // ----- writing -----

    /** Creates ({@code id} null) or saves a draft; everything checked, the body sanitized. */
    public NewsArticle save(Viewer viewer, Long id, ArticleForm form, long expectedVersion) {
        return write(viewer, id, form, expectedVersion);
    }

    /** Saves, then hands the article to the unit above, whose publishers are notified. */
    public NewsArticle submit(Viewer viewer, Long id, ArticleForm form, long expectedVersion) {
        NewsArticle article = write(viewer, id, form, expectedVersion);
        if (!DeskRules.maySubmit(viewer, article)) {
            throw new AccessDeniedException(viewer.username() + " may not submit article " + article.getId());
        }
        article.submit(clock.instant());
        record(viewer, article, NewsEventKind.SUBMITTED, null);
        flush();
        OrgUnit above = article.getAuthorUnit().getParent();
        if (above != null) {
            notifications.notifyUnit(above.getId(), Permission.PUBLISH_NEWS, "NEWS_SUBMITTED",
                    "notification.newsSubmitted", List.of(article.getAuthorUnit().getName(), article.getTitle()),
                    reviewLink(article), null);
        }
        return article;
    }

    /** Saves, then publishes the viewer's own unit's article directly (a publisher needs nobody's approval). */
    public NewsArticle saveAndPublish(Viewer viewer, Long id, ArticleForm form, long expectedVersion) {
        viewer.require(Permission.PUBLISH_NEWS);
        NewsArticle article = write(viewer, id, form, expectedVersion);
        return publishNow(viewer, article);
    }

    // ----- approving -----

    /**
     * Publishes an article: a submitted one of a unit below the viewer's (the approval), or the viewer's own unit's
     * article as saved when the viewer may publish directly. The writer's unit is told when someone above published.
     */
    public NewsArticle publish(Viewer viewer, long id, long expectedVersion) {
        viewer.require(Permission.PUBLISH_NEWS);
        NewsArticle article = getArticle(viewer, id);
        checkVersion(article, expectedVersion);
        return publishNow(viewer, article);
    }

    /** Sends a submitted article back to its unit with a comment (required). */
    public NewsArticle returnArticle(Viewer viewer, long id, long expectedVersion, String comment) {
        viewer.require(Permission.PUBLISH_NEWS);
        NewsArticle article = getArticle(viewer, id);
        checkVersion(article, expectedVersion);
        if (!DeskRules.isApprover(viewer, article)) {
            throw new AccessDeniedException(viewer.username() + " may not return article " + id);
        }
        String text = requiredComment("returnComment", comment, "article.return.commentRequired");
        article.returnToWriter(clock.instant());
        record(viewer, article, NewsEventKind.RETURNED, text);
        flush();
        notifications.notifyUnit(article.getAuthorUnit().getId(), Permission.WRITE_NEWS, "NEWS_RETURNED",
                "notification.newsReturned", List.of(article.getTitle(), unitName(viewer)), editLink(article), null);
        return article;
    }

    /** Takes a published article down, with the reason (required); the writer's unit may then edit it again. */
    public NewsArticle unpublish(Viewer viewer, long id, long expectedVersion, String comment) {
        viewer.require(Permission.PUBLISH_NEWS);
        NewsArticle article = getArticle(viewer, id);
        checkVersion(article, expectedVersion);
        if (!DeskRules.mayUnpublish(viewer, article)) {
            throw new AccessDeniedException(viewer.username() + " may not unpublish article " + id);
        }
        String text = requiredComment("unpublishComment", comment, "article.unpublish.commentRequired");
        article.unpublish(clock.instant());
        record(viewer, article, NewsEventKind.UNPUBLISHED, text);
        flush();
        if (article.getAuthorUnit().getId() != viewer.unitId()) {
            notifications.notifyUnit(article.getAuthorUnit().getId(), Permission.WRITE_NEWS, "NEWS_UNPUBLISHED",
                    "notification.newsUnpublished", List.of(article.getTitle(), unitName(viewer)),
                    editLink(article), null);
        }
        return article;
    }

    /** Shows or stops showing a published article in the readers' banner. */
    public NewsArticle setFeatured(Viewer viewer, long id, long expectedVersion, boolean featured) {
        viewer.require(Permission.PUBLISH_NEWS);
        NewsArticle article = getArticle(viewer, id);
        checkVersion(article, expectedVersion);
        if (!DeskRules.mayFeature(viewer, article)) {
            throw new AccessDeniedException(viewer.username() + " may not feature article " + id);
        }
        article.setFeatured(featured);
        flush();
        return article;
    }

    /** The refusal to show when a write lost a race at commit: who acted last on the article, read afresh. */
    public BusinessException conflict(Viewer viewer, long id) {
        NewsArticle article = getArticle(viewer, id);
        em.refresh(article);
        return changedByOther(article);
    }

    // ----- lists -----

    /**
     * A page of the articles of the viewer's unit and, for a publisher, those handed in by the units below (never
     * their unsent drafts). Filters: {@code status} (an {@link ArticleStatus}), {@code text} (title, lead and body,
     * diacritics and case ignored). Newest change first unless sorted.
     */
    public List<NewsArticle> findOwn(Viewer viewer, PageQuery query) {
        JpqlFilter filter = ownFilter(viewer, query);
        String field = query.sortFieldOr(null, OWN_SORT.keySet());
        String order = field == null ? "a.updatedAt DESC" : OWN_SORT.get(field) + (query.ascending() ? " ASC" : " DESC");
        return filter.bind(em.createQuery("SELECT a FROM NewsArticle a JOIN FETCH a.authorUnit JOIN FETCH a.category"
                        + " JOIN FETCH a.audienceUnit" + filter.where() + " ORDER BY " + order + ", a.id DESC",
                        NewsArticle.class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    public int countOwn(Viewer viewer, PageQuery query) {
        JpqlFilter filter = ownFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT COUNT(a) FROM NewsArticle a" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    /** A page of the articles waiting for the viewer's approval: submitted by units strictly below, oldest first. */
    public List<NewsArticle> findPending(Viewer viewer, PageQuery query) {
        JpqlFilter filter = pendingFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT a FROM NewsArticle a JOIN FETCH a.authorUnit JOIN FETCH a.category"
                        + filter.where() + " ORDER BY a.submittedAt ASC, a.id", NewsArticle.class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    public int countPending(Viewer viewer, PageQuery query) {
        JpqlFilter filter = pendingFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT COUNT(a) FROM NewsArticle a" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    // ----- helpers -----

    private NewsArticle write(Viewer viewer, Long id, ArticleForm form, long expectedVersion) {
        viewer.require(Permission.WRITE_NEWS);
        Instant now = clock.instant();
        NewsArticle article;
        if (id == null) {
            OrgUnit own = em.find(OrgUnit.class, viewer.unitId());
            article = new NewsArticle(own, viewer.displayName(), viewer.username(), now);
        } else {
            article = getArticle(viewer, id);
            checkVersion(article, expectedVersion);
            if (!DeskRules.isWriter(viewer, article)) {
                throw new AccessDeniedException(viewer.username() + " may not edit article " + id);
            }
            if (!article.getStatus().isEditable()) {
                throw new BusinessException("article.notEditable");
            }
        }
        Content content = check(viewer, article, form);
        article.write(content.title, content.lead, content.body, content.text, content.category, content.source,
                content.audience, form.isIncludeBelow(), now);
        article.setCoverImageId(content.cover);
        if (id == null) {
            em.persist(article);
            record(viewer, article, NewsEventKind.CREATED, null);
        }
        flush();
        for (NewsImage image : content.images) {
            image.attachTo(article.getId());
        }
        return article;
    }

    /** The checked, trimmed and sanitized content of a form; the first problem is refused at its field. */
    private Content check(Viewer viewer, NewsArticle article, ArticleForm form) {
        Content c = new Content();
        c.title = required("title", form.getTitle(), NewsArticle.TITLE_MAX, "article.title");
        c.lead = required("lead", form.getLead(), NewsArticle.LEAD_MAX, "article.lead");
        c.category = form.getCategoryId() == null ? null : em.find(NewsCategory.class, form.getCategoryId());
        if (c.category == null) {
            throw BusinessException.onField("category", "article.category.required");
        }
        c.source = TextNormalizer.isBlank(form.getSource()) ? null : form.getSource().strip();
        if (c.source != null && c.source.length() > NewsArticle.SOURCE_MAX) {
            throw BusinessException.onField("source", "article.source.tooLong", NewsArticle.SOURCE_MAX);
        }
        if (form.getAudienceUnitId() == null) {
            throw BusinessException.onField("audience", "article.audience.required");
        }
        c.audience = audienceUnit(viewer, form.getAudienceUnitId());
        if (form.getPhotos().size() > PHOTOS_MAX) {
            throw BusinessException.onField("photo", "article.photos.tooMany", PHOTOS_MAX);
        }
        StringBuilder body = new StringBuilder(sanitizer.split(sanitizer.sanitize(form.getBodyHtml())).textHtml());
        for (ArticleForm.PhotoLine photo : form.getPhotos()) {
            String caption = photo.getCaption() == null ? "" : photo.getCaption().strip();
            if (caption.length() > CAPTION_MAX) {
                throw BusinessException.onField("photo", "article.caption.tooLong", CAPTION_MAX);
            }
            body.append(sanitizer.figure(photo.getImageId(), caption));
        }
        c.body = sanitizer.sanitize(body.toString());
        c.text = sanitizer.plainText(c.body);
        if (c.text.isBlank() && form.getPhotos().isEmpty()) {
            throw BusinessException.onField("body", "article.body.required");
        }
        if (c.body.length() > NewsArticle.BODY_MAX) {
            throw BusinessException.onField("body", "article.body.tooLong");
        }
        Set<Long> imageIds = sanitizer.imageIds(c.body);
        for (long imageId : imageIds) {
            c.images.add(usableImage(viewer, article, imageId));
        }
        Long cover = form.getCoverImageId();
        c.cover = cover != null && imageIds.contains(cover) ? cover
                : imageIds.isEmpty() ? null : imageIds.iterator().next();
        return c;
    }

    /** A photo this article may show: already its own, or uploaded by the viewer and not used elsewhere. */
    private NewsImage usableImage(Viewer viewer, NewsArticle article, long imageId) {
        NewsImage image = em.find(NewsImage.class, imageId);
        boolean ours = image != null && (image.getArticleId() != null
                ? image.getArticleId().equals(article.getId())
                : image.getUploadedBy().equals(viewer.username()));
        if (!ours) {
            throw BusinessException.onField("photo", "article.photo.notAvailable");
        }
        return image;
    }

    private NewsArticle publishNow(Viewer viewer, NewsArticle article) {
        boolean approval = article.getStatus() == ArticleStatus.SUBMITTED;
        if (approval ? !DeskRules.mayReview(viewer, article) : !DeskRules.mayPublishDirectly(viewer, article)) {
            throw new AccessDeniedException(viewer.username() + " may not publish article " + article.getId());
        }
        article.publish(viewer.username(), clock.instant());
        record(viewer, article, NewsEventKind.PUBLISHED, null);
        flush();
        if (article.getAuthorUnit().getId() != viewer.unitId()) {
            notifications.notifyUnit(article.getAuthorUnit().getId(), Permission.WRITE_NEWS, "NEWS_PUBLISHED",
                    "notification.newsPublished", List.of(article.getTitle(), unitName(viewer)),
                    reviewLink(article), null);
        }
        return article;
    }

    private static String required(String field, String value, int max, String keyPrefix) {
        if (TextNormalizer.isBlank(value)) {
            throw BusinessException.onField(field, keyPrefix + ".required");
        }
        String text = value.strip();
        if (text.length() > max) {
            throw BusinessException.onField(field, keyPrefix + ".tooLong", max);
        }
        return text;
    }

    private static String requiredComment(String field, String comment, String requiredKey) {
        if (TextNormalizer.isBlank(comment)) {
            throw BusinessException.onField(field, requiredKey);
        }
        String text = comment.strip();
        if (text.length() > NewsEvent.COMMENT_MAX) {
            throw BusinessException.onField(field, "article.comment.tooLong", NewsEvent.COMMENT_MAX);
        }
        return text;
    }

    private static void requireDesk(Viewer viewer) {
        if (!viewer.can(Permission.WRITE_NEWS) && !viewer.can(Permission.PUBLISH_NEWS)) {
            throw new AccessDeniedException(viewer.username() + " has no news desk");
        }
    }

    private NewsArticle find(long id) {
        NewsArticle article = em.find(NewsArticle.class, id);
        if (article == null) {
            throw new NotFoundException("article " + id);
        }
        return article;
    }

    /** Reads the article afresh and refuses when it is no longer the version the page showed. */
    private void checkVersion(NewsArticle article, long expectedVersion) {
        em.refresh(article);
        if (article.getVersion() != expectedVersion) {
            throw changedByOther(article);
        }
    }

    private BusinessException changedByOther(NewsArticle article) {
        Optional<NewsEvent> last = em.createQuery("SELECT e FROM NewsEvent e WHERE e.article = :article"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", NewsEvent.class)
                .setParameter("article", article).setMaxResults(1).getResultStream().findFirst();
        Instant when = article.getUpdatedAt();
        if (last.isPresent() && !last.get().getOccurredAt().isBefore(when)) {
            return new BusinessException("article.changedByOther", last.get().getActorName(),
                    new Formats().dateTime(last.get().getOccurredAt()));
        }
        return new BusinessException("article.changedByOther", article.getAuthorName(), new Formats().dateTime(when));
    }

    /** Writes now, so that a lost race surfaces here as an OptimisticLockException rather than at commit. */
    private void flush() {
        em.flush();
    }

    private void record(Viewer viewer, NewsArticle article, NewsEventKind kind, String comment) {
        em.persist(new NewsEvent(article, kind, clock.instant(), viewer.username(), viewer.displayName(),
                em.getReference(OrgUnit.class, viewer.unitId()), comment));
    }

    private String unitName(Viewer viewer) {
        return em.find(OrgUnit.class, viewer.unitId()).getName();
    }

    private JpqlFilter ownFilter(Viewer viewer, PageQuery query) {
        requireDesk(viewer);
        JpqlFilter filter = new JpqlFilter();
        if (viewer.role() != Role.ADMIN) {
            if (viewer.can(Permission.PUBLISH_NEWS)) {
                filter.require("a.authorUnit.path LIKE :scope", "scope", viewer.scope().likePattern())
                        .require("(a.authorUnit.id = :own OR a.status <> vn.congdoan.intranet.news.ArticleStatus.DRAFT)",
                                "own", viewer.unitId());
            } else {
                filter.require("a.authorUnit.id = :own", "own", viewer.unitId());
            }
        }
        return filter.optional("a.status = :status", "status", query.value("status", ArticleStatus.class))
                .contains("a.searchText", "text", query.text("text"));
    }

    private JpqlFilter pendingFilter(Viewer viewer, PageQuery query) {
        viewer.require(Permission.PUBLISH_NEWS);
        return new JpqlFilter()
                .require("a.status = :submitted", "submitted", ArticleStatus.SUBMITTED)
                .require("a.authorUnit.path LIKE :scope", "scope", viewer.scope().likePattern())
                .require("a.authorUnit.id <> :own", "own", viewer.unitId())
                .contains("a.searchText", "text", query.text("text"));
    }

    static String reviewLink(NewsArticle article) {
        return "/news/desk/review.xhtml?id=" + article.getId();
    }

    static String editLink(NewsArticle article) {
        return "/news/desk/edit.xhtml?id=" + article.getId();
    }

    /** The checked content of a form. */
    private static final class Content {
        String title;
        String lead;
        String body;
        String text;
        NewsCategory category;
        String source;
        OrgUnit audience;
        Long cover;
        final List<NewsImage> images = new ArrayList<>();
    }
}
