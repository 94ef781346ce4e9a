package vn.congdoan.intranet.security;

import java.io.Serializable;
import vn.congdoan.intranet.organization.UnitScope;
import vn.congdoan.intranet.shared.AccessDeniedException;

/**
 * The signed-in user as the services see them: who, which role and which unit. Every service method that reads or
 * writes scoped data takes a Viewer and checks it, so a forged id in a URL or a request finds nothing.
 */
public record Viewer(long accountId, String username, String displayName, Role role, long unitId, String unitPath,
                     Long memberId) implements Serializable {

    public boolean can(Permission permission) {
        return role.has(permission);
    }

    /** Refuses the call when the role lacks the permission. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDeniedException(username + " lacks " + permission);
        }
    }

    /** The administrator keeps the whole tree; everyone else their unit and what lies below it. */
    public UnitScope scope() {
        return role == Role.ADMIN ? UnitScope.everything() : UnitScope.subtree(unitPath);
    }
}
