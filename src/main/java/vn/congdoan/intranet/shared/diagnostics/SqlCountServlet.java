package vn.congdoan.intranet.shared.diagnostics;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.eclipse.persistence.internal.weaving.PersistenceWeavedLazy;
import vn.congdoan.intranet.membership.Member;

/**
 * {@code /diagnostics/sql-count}: the caller's own last requests and their SQL statement counts, as text/plain, oldest
 * first, after a first line that says whether the entities are woven; {@code ?clear=true} empties the list after showing it. A 404 unless {@code diagnostics.sql-count} is on.
 */
@WebServlet("/diagnostics/sql-count")
public class SqlCountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SqlStatements.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // Proof that the container wove the entities (lazy to-one fields and change tracking need it): every woven
        // class implements EclipseLink's PersistenceWeaved marker.
        response.getWriter().write("woven " + Member.class.getSimpleName() + "="
                + PersistenceWeaved.class.isAssignableFrom(Member.class) + " lazy-to-one="
                + PersistenceWeavedLazy.class.isAssignableFrom(Member.class) + "\n");
        SqlCountLog log = SqlCountLog.find(request.getSession(false));
        if (log != null) {
            response.getWriter().write(log.text());
            if (Boolean.parseBoolean(request.getParameter("clear"))) {
                log.clear();
            }
        }
    }
}
