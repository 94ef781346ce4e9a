package vn.congdoan.intranet.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    @Inject
    transient NotificationService notifications;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long id = Long.parseLong(request.getParameter("id"));
            Notification notification = notifications.markRead(currentUser.get(), id);
            String link = notification.getLink();
            boolean internal = link != null && link.startsWith("/") && !link.startsWith("//");
            response.sendRedirect(request.getContextPath() + (internal ? link : "/index.xhtml"));
        } catch (NumberFormatException | NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDeniedException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
