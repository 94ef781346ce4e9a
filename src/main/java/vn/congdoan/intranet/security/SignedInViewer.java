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

    /** Viewer and version in one reference, so that concurrent requests of the session never see them mixed. */
    record Remembered(Viewer viewer, long accountVersion) implements Serializable {
    }

    private volatile Remembered remembered;

    /** What this session last built, or null. */
    Remembered remembered() {
        return remembered;
    }

    void remember(Viewer viewer, long accountVersion) {
        remembered = new Remembered(viewer, accountVersion);
    }

    void forget() {
        remembered = null;
    }
}
