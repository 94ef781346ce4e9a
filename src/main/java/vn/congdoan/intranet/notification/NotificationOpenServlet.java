package vn.congdoan.intranet.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.NotFoundException;

/**
 * Opens a notification from the bell: {@code /notifications/open?id=42} marks it read and goes to what it is about.
 * Only the owner's notifications open; the link is always a path inside the application.
 */
@WebServlet("/notifications/open")
public class NotificationOpenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** A path of this application with an optional plain query: the shape of every link the features store. */
    private static final Pattern INTERNAL = Pattern.compile("/[A-Za-z0-9/._-]*(\\?[A-Za-z0-9=&._%-]*)?");

    @Inject
    transient NotificationService notifications;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long id = Long.parseLong(request.getParameter("id"));
            Notification notification = notifications.markRead(currentUser.get(), id);
            response.sendRedirect(request.getContextPath() + target(notification.getLink()));
        } catch (NumberFormatException | NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDeniedException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /**
     * The page to go to: the stored link when it is a plain path of this application, else the home page. Browsers
     * read "/\host" and a slash, a tab and "/host" as "//host", another site, so a link with a backslash, a control
     * character or anything but path and query characters is not followed.
     */
    static String target(String link) {
        boolean internal = link != null && INTERNAL.matcher(link).matches() && !link.startsWith("//");
        return internal ? link : "/index.xhtml";
    }
}
