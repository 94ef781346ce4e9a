package vn.congdoan.intranet.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import vn.congdoan.intranet.shared.AccessDeniedException;

/**
 * The signed-in user for this request, checked against the account on every request so that a deactivated account
 * or a changed role takes effect on the next click, not at the next sign-in (through the shared cache: see
 * {@link AccountService#viewer(String, SignedInViewer)}).
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Inject
    SignedInViewer signedIn;

    private Optional<Viewer> viewer;

    public Optional<Viewer> find() {
        if (viewer == null) {
            Principal principal = securityContext.getCallerPrincipal();
            viewer = principal == null ? Optional.empty() : accounts.viewer(principal.getName(), signedIn);
        }
        return viewer;
    }

    /** The viewer; refuses when nobody (or a deactivated account) is signed in. */
    public Viewer get() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    /** For menus and buttons: {@code rendered="#{currentUser.can('MANAGE_UNITS')}"}. */
    public boolean can(String permission) {
        return find().map(v -> v.can(Permission.valueOf(permission))).orElse(false);
    }

    public boolean hasRole(String role) {
        return find().map(v -> v.role().name().equals(role)).orElse(false);
    }

    public String getDisplayName() {
        return find().map(Viewer::displayName).orElse("");
    }

    public String getRoleKey() {
        return find().map(v -> v.role().labelKey()).orElse("");
    }
}
