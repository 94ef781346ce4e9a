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

    public boolean hasCover() {
        return coverImageId != null;
    }
}
