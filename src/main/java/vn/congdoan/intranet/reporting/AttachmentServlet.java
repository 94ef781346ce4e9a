package vn.congdoan.intranet.reporting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.ScopedFileServlet;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * Sends a report's attachment: {@code /reports/attachment?id=42}. The service checks that the signed-in user may
 * read the report; the file always downloads (never renders in the page) under its stored name.
 */
@WebServlet("/reports/attachment")
public class AttachmentServlet extends ScopedFileServlet<AttachmentService.Download> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttachmentService attachments;

    @Override
    protected AttachmentService.Download load(Viewer viewer, long id) {
        return attachments.download(viewer, id);
    }

    @Override
    protected void send(AttachmentService.Download file, long id, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setContentLength(file.data().length);
        response.setHeader("Content-Disposition", contentDisposition(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.data());
    }

    /**
     * {@code attachment} with an ASCII fallback name (diacritics dropped) for old clients and the real name in
     * RFC 5987 form: {@code filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf}.
     */
    public static String contentDisposition(String fileName) {
        String ascii = TextNormalizer.withoutMarks(fileName)
                .replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
