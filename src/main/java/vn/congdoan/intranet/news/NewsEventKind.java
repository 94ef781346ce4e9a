package vn.congdoan.intranet.news;

/** The recorded steps of an article's life. */
public enum NewsEventKind {
    CREATED, SUBMITTED, RETURNED, PUBLISHED, UNPUBLISHED;

    public String labelKey() {
        return "newsEvent." + name();
    }
}
