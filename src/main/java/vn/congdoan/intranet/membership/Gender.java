package vn.congdoan.intranet.membership;

/** Recorded because women's affairs (công tác nữ công) is a standing line of union work and of its statistics. */
public enum Gender {
    FEMALE, MALE;

    public String labelKey() {
        return "gender." + name();
    }
}
