package vn.congdoan.intranet.welfare.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.congdoan.intranet.reporting.AttachmentServlet;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.ScopedFileServlet;

/**
 * Sends a welfare case's document: {@code /welfare/document?id=42}. The service checks that the signed-in user may
 * read the case's private details; the file always downloads under its stored name and is never cached.
 */
@WebServlet("/welfare/document")
public class WelfareDocumentServlet extends ScopedFileServlet<WelfareDocumentService.Download> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WelfareDocumentService documents;

    @Override
    protected WelfareDocumentService.Download load(Viewer viewer, long id) {
        return documents.download(viewer, id);
    }

    @Override
    protected void send(WelfareDocumentService.Download file, long id, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setContentLength(file.data().length);
        response.setHeader("Content-Disposition", AttachmentServlet.contentDisposition(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.data());
    }
}
