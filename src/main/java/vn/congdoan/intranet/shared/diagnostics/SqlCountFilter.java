package vn.congdoan.intranet.shared.diagnostics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * With {@code diagnostics.sql-count=true}, counts the SQL statements of each request and keeps the last
 * {@link SqlCountLog#KEPT} in the user's session, where {@code /diagnostics/sql-count} shows them. Off, it passes
 * every request straight on.
 */
@WebFilter(filterName = "sqlCountFilter", urlPatterns = "/*")
public class SqlCountFilter extends HttpFilter {

    private boolean enabled;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        enabled = SqlStatements.enabled();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!enabled || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/diagnostics/")) {
            chain.doFilter(request, response);
            return;
        }
        SqlStatements.Recording recording = SqlStatements.start();
        try {
            chain.doFilter(request, response);
        } finally {
            SqlStatements.stop();
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    SqlCountLog.of(session).add(request.getMethod(), path, request.getQueryString(),
                            request.getParameter("jakarta.faces.source"), recording);
                } catch (IllegalStateException invalidated) {
                    // the request signed out: nobody can read this session's log any more
                }
            }
        }
    }
}
