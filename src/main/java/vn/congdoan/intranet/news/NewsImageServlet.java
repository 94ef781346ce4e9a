package vn.congdoan.intranet.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.ScopedFileServlet;

/**
 * Sends an article's photo: {@code /news/image?id=42}. The bytes are the app's own re-encoding, sent with their
 * type and {@code nosniff}, so a browser never treats them as anything but a picture. Who may see a photo depends on
 * who asks, and one browser often serves several accounts in turn (a school's shared computer), so the browser must
 * ask again every time ({@code no-cache}): the check runs on each request, and since a photo never changes once
 * stored, a copy the browser already holds is confirmed by its ETag with a 304 instead of being sent again.
 */
@WebServlet("/news/image")
public class NewsImageServlet extends ScopedFileServlet<PhotoService.Served> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PhotoService photos;

    @Override
    protected PhotoService.Served load(Viewer viewer, long id) {
        return photos.serve(viewer, id);
    }

    @Override
    protected void send(PhotoService.Served photo, long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String etag = etag(id);
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(photo.contentType());
        response.setContentLength(photo.data().length);
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(photo.data());
    }

    /** A stored photo is never changed, so its id names its content. */
    static String etag(long id) {
        return "\"news-image-" + id + "\"";
    }
}
