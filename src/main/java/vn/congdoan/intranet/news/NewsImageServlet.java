package vn.congdoan.intranet.news;

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
 * Sends an article's photo: {@code /news/image?id=42}. The bytes are the app's own re-encoding, sent with their
 * type and {@code nosniff}, so a browser never treats them as anything but a picture. A photo never changes once
 * stored, so the browser may keep it (privately: who may see it depends on who asks).
 */
@WebServlet("/news/image")
public class NewsImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PhotoService photos;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException badId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PhotoService.Served photo;
        try {
            photo = photos.serve(currentUser.get(), id);
        } catch (AccessDeniedException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.contentType());
        response.setContentLength(photo.data().length);
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.getOutputStream().write(photo.data());
    }
}
