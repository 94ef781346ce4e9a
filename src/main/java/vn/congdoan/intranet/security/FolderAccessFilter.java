package vn.congdoan.intranet.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/** Sends 403 for a page folder the signed-in role may not open; see {@link FolderAccess} for why not web.xml. */
@WebFilter(urlPatterns = {"/units/*", "/members/*", "/reports/*", "/news/desk/*", "/restructuring/*", "/admin/*"})
public class FolderAccessFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(FolderAccessFilter.class.getName());

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The container's decoded and normalised path, the one it matched the filter's patterns against.
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        Optional<Viewer> viewer = currentUser.find();
        if (viewer.isPresent() && FolderAccess.allows(viewer.get().role(), path)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Access refused: " + viewer.map(Viewer::username).orElse("(no active account)")
                + " may not open " + path);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
