package vn.congdoan.intranet.emulation.classification;

/** Who a classification title is for. */
public enum TitleSubject {
    /** A grassroots union. */
    UNIT,
    /** A union member. */
    MEMBER;

    public String labelKey() {
        return "titleSubject." + name();
    }
}
