package vn.congdoan.intranet.emulation.award;

/** Who an award type can go to. */
public enum Recipients {
    /** Units (tập thể). */
    COLLECTIVE,
    /** Members (cá nhân). */
    INDIVIDUAL,
    /** Either. */
    BOTH;

    public String labelKey() {
        return "recipients." + name();
    }
}
