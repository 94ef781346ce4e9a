package vn.congdoan.intranet.news;

import java.io.Serializable;
import java.time.Instant;

/**
 * An article as a list shows it (card, banner slide, search hit): read by a constructor query so that a page of
 * cards never loads the bodies and the folded search text.
 */
public record NewsSummary(long id, String title, String lead, Instant publishedAt, long categoryId,
                          Long coverImageId, long viewCount, boolean featured, String authorUnitName)
        implements Serializable {

    /** The JPQL select list matching the constructor, over an article aliased {@code a}. */
    static final String SELECT = "SELECT NEW vn.congdoan.intranet.news.NewsSummary(a.id, a.title, a.lead,"
            + " a.publishedAt, a.category.id, a.coverImageId, a.viewCount, a.featured, a.authorUnit.shortName)";

    // Getters for Faces: Expression Language 5 does not read record components as properties.

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getLead() {
        return lead;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public long getViewCount() {
        return viewCount;
    }

    public String getAuthorUnitName() {
        return authorUnitName;
    }

    public boolean hasCover() {
        return coverImageId != null;
    }
}
