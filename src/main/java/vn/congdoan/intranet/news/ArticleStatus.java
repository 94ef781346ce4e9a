package vn.congdoan.intranet.news;

/** Where an article stands. Only PUBLISHED articles reach readers. */
public enum ArticleStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, UNPUBLISHED;

    /** The writer may still change the article. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED || this == UNPUBLISHED;
    }

    public String labelKey() {
        return "articleStatus." + name();
    }
}
