package vn.congdoan.intranet.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * A news article. The body is HTML that has already been sanitized when it is set (the service owns the policy); the
 * folded search text is kept beside it so that search ignores diacritics in the database. The audience is a unit,
 * with or without everything below it. The transitions are methods so that no caller can skip a step.
 */
@Entity
@Table(name = "news_article")
public class NewsArticle extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 300;
    public static final int LEAD_MAX = 1000;
    public static final int SOURCE_MAX = 300;
    /** About 60 pages of text, photos referenced by id, not inlined. */
    public static final int BODY_MAX = 200_000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "lead_text", nullable = false, length = LEAD_MAX)
    private String lead;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Lob
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private NewsCategory category;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_unit_id")
    private OrgUnit authorUnit;

    @Column(length = SOURCE_MAX)
    private String source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audience_unit_id")
    private OrgUnit audienceUnit;

    @Column(name = "include_below", nullable = false)
    private boolean includeBelow;

    @Column(nullable = false)
    private boolean featured;

    @Column(name = "cover_image_id")
    private Long coverImageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 60)
    private String publishedBy;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    protected NewsArticle() {
    }

    public NewsArticle(OrgUnit authorUnit, String authorName, String createdBy, Instant createdAt) {
        this.authorUnit = authorUnit;
        this.authorName = authorName;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Sets the content; {@code safeBodyHtml} must come out of the sanitizer, {@code bodyText} is its plain text. */
    public void write(String title, String lead, String safeBodyHtml, String bodyText, NewsCategory category,
                      String source, OrgUnit audienceUnit, boolean includeBelow, Instant at) {
        requireEditable();
        this.title = title;
        this.lead = lead;
        this.bodyHtml = safeBodyHtml;
        this.searchText = TextNormalizer.fold(title + " " + lead + " " + bodyText);
        this.category = category;
        this.source = source;
        this.audienceUnit = audienceUnit;
        this.includeBelow = includeBelow;
        this.updatedAt = at;
    }

    public void submit(Instant at) {
        requireEditable();
        status = ArticleStatus.SUBMITTED;
        submittedAt = at;
    }

    public void returnToWriter(Instant at) {
        require(ArticleStatus.SUBMITTED);
        status = ArticleStatus.RETURNED;
        updatedAt = at;
    }

    /** Publishes a submitted article, or the writer's own draft when they may publish directly. */
    public void publish(String by, Instant at) {
        if (status != ArticleStatus.SUBMITTED && !status.isEditable()) {
            throw new BusinessException("article.wrongStatus");
        }
        status = ArticleStatus.PUBLISHED;
        publishedAt = at;
        publishedBy = by;
    }

    public void unpublish(Instant at) {
        require(ArticleStatus.PUBLISHED);
        status = ArticleStatus.UNPUBLISHED;
        updatedAt = at;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public void setCoverImageId(Long coverImageId) {
        this.coverImageId = coverImageId;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessException("article.notEditable");
        }
    }

    private void require(ArticleStatus expected) {
        if (status != expected) {
            throw new BusinessException("article.wrongStatus");
        }
    }

    /** Whether a reader of this unit is in the audience (officers above may also read it; the service decides). */
    public boolean reaches(OrgUnit readerUnit) {
        return readerUnit != null && (readerUnit.equals(audienceUnit)
                || includeBelow && readerUnit.getPath().startsWith(audienceUnit.getPath()));
    }

    public String getTitle() {
        return title;
    }

    public String getLead() {
        return lead;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getSearchText() {
        return searchText;
    }

    public NewsCategory getCategory() {
        return category;
    }

    public String getAuthorName() {
        return authorName;
    }

    public OrgUnit getAuthorUnit() {
        return authorUnit;
    }

    public String getSource() {
        return source;
    }

    public OrgUnit getAudienceUnit() {
        return audienceUnit;
    }

    public boolean isIncludeBelow() {
        return includeBelow;
    }

    public boolean isFeatured() {
        return featured;
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public long getViewCount() {
        return viewCount;
    }
}
