package vn.congdoan.intranet.membership;

/**
 * Where a member stands: active, leaving for another union (a transfer issued and not yet accepted; the member still
 * belongs to the sending union), or no longer a member.
 */
public enum MemberStatus {
    ACTIVE, TRANSFERRED, ENDED;

    public String labelKey() {
        return "memberStatus." + name();
    }
}
