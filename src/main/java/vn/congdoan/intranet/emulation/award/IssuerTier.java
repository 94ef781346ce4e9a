package vn.congdoan.intranet.emulation.award;

/** Who issues an award type, relative to the recipient's union. */
public enum IssuerTier {
    /** The recipient's own grassroots union. */
    GRASSROOTS,
    /** The direct superior of the recipient's union (commune/ward union, district federation or sector union). */
    DIRECT_SUPERIOR,
    /** The provincial federation. */
    PROVINCE,
    /** A national body, outside the system: the provincial federation records its decision. */
    NATIONAL;

    public String labelKey() {
        return "issuerTier." + name();
    }
}
