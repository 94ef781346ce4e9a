package vn.congdoan.intranet.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * The viewer this session last built, with the account version it came from, so that {@link CurrentUser} can reuse
 * it while the account (read from the shared cache, without SQL) and its unit are unchanged; see
 * {@link AccountService#viewer(String, SignedInViewer)}.
 */
@SessionScoped
public class SignedInViewer implements Serializable {

    private static final long serialVersionUID = 1L;

    private Viewer viewer;
    private long accountVersion;

    Viewer viewer() {
        return viewer;
    }

    long accountVersion() {
        return accountVersion;
    }

    void remember(Viewer viewer, long accountVersion) {
        this.viewer = viewer;
        this.accountVersion = accountVersion;
    }

    void forget() {
        viewer = null;
    }
}
