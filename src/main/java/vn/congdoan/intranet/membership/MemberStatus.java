package vn.congdoan.intranet.membership;

/** Where a member stands in this union: active, transferred to another union, or no longer a member. */
public enum MemberStatus {
    ACTIVE, TRANSFERRED, ENDED;

    public String labelKey() {
        return "memberStatus." + name();
    }
}
