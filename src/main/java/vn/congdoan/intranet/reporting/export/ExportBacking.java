package vn.congdoan.intranet.reporting.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Locale;
import org.omnifaces.util.Faces;
import vn.congdoan.intranet.security.CurrentUser;

/**
 * The download buttons of the consolidation page and of a report ({@code ajax="false"}): each is one service call
 * that checks the reader's scope, then the file is sent as an attachment.
 */
@Named
@RequestScoped
public class ExportBacking {

    @Inject
    ExportService exports;

    @Inject
    CurrentUser currentUser;

    public void consolidationXlsx(Long periodId, Long branchId) throws IOException {
        send(exports.consolidationXlsx(currentUser.get(), periodId, branchId, locale()));
    }

    public void consolidationPdf(Long periodId, Long branchId) throws IOException {
        send(exports.consolidationPdf(currentUser.get(), periodId, branchId, locale()));
    }

    public void reportXlsx(Long reportId) throws IOException {
        send(exports.reportXlsx(currentUser.get(), reportId, locale()));
    }

    public void reportPdf(Long reportId) throws IOException {
        send(exports.reportPdf(currentUser.get(), reportId, locale()));
    }

    private static void send(ExportFile file) throws IOException {
        Faces.sendFile(file.content(), file.name(), true);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
