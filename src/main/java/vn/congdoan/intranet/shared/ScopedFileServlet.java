package vn.congdoan.intranet.shared;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;

/**
 * A file sent by id ({@code ?id=42}) through a service that checks the signed-in user may have it: a missing or
 * malformed id and a file that does not exist give 404, a file out of scope 403, and none of its bytes.
 *
 * @param <T> what the service hands over: the bytes with their type and name
 */
public abstract class ScopedFileServlet<T> extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    /** The file, through the service that checks the viewer's scope. */
    protected abstract T load(Viewer viewer, long id);

    /** Writes the file and its headers. */
    protected abstract void send(T file, long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException badId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        T file;
        try {
            file = load(currentUser.get(), id);
        } catch (AccessDeniedException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(file, id, request, response);
    }
}
