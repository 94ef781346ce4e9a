package vn.congdoan.intranet.membership.importing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Texts;

/**
 * The import page ({@code /units/import.xhtml?unit=42}): upload, preview with every row's errors, confirm or
 * discard. The preview lives in this view-scoped bean between the upload and the confirmation; the service checks
 * rights and rows again when it saves.
 */
@Named
@ViewScoped
public class MemberImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE_NAME = "mau-danh-sach-doan-vien.xlsx";

    @Inject
    MemberImportService imports;

    @Inject
    CurrentUser currentUser;

    private Long unitId;
    private OrgUnit unit;
    private ImportPreview preview;
    private boolean onlyErrors;
    private String refusal;

    /** Loads the union named in the URL (or the officer's own); refuses one the viewer may not import into. */
    public void load() {
        long id = unitId != null ? unitId : currentUser.get().unitId();
        try {
            unit = imports.importTarget(currentUser.get(), id);
        } catch (BusinessException refusal) {
            refuse(refusal);
        }
    }

    /** Reads and checks the uploaded file; shows the preview or says why the whole file is refused. */
    public void upload(FileUploadEvent event) {
        preview = null;
        onlyErrors = false;
        refusal = null;
        UploadedFile file = event.getFile();
        if (file.getSize() > MemberSheetParser.MAX_FILE_BYTES) {
            refuse(new BusinessException("import.file.tooLarge", getMaxMegabytes()));
            return;
        }
        Path copy = null;
        try (InputStream in = file.getInputStream()) {
            copy = Files.createTempFile("member-import", ".xlsx");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            preview = imports.preview(currentUser.get(), unit.getId(), copy, file.getFileName());
            onlyErrors = preview.getErrorCount() > 0 && preview.getValidCount() == 0;
        } catch (BusinessException refusal) {
            refuse(refusal);
        } catch (IOException e) {
            refuse(new BusinessException("import.file.unreadable"));
        } finally {
            deleteQuietly(copy);
        }
    }

    /** Saves the valid rows and returns to the member list with the outcome. */
    public String confirm() {
        if (preview == null) {
            return null;
        }
        try {
            ImportResult result = imports.confirm(currentUser.get(), preview);
            Faces.getFlash().setKeepMessages(true);
            Texts.info("import.done", result.saved(), result.skipped());
            for (ImportRow row : result.rejectedAtConfirm()) {
                Messages.addGlobalWarn(Texts.get("import.done.rejected", row.getRowNumber(), errorText(row)));
            }
            preview = null;
            return "/units/members?faces-redirect=true&unit=" + unit.getId();
        } catch (BusinessException refusal) {
            preview = null;
            refuse(refusal);
            return null;
        }
    }

    public void discard() {
        preview = null;
        refusal = null;
    }

    /** Sends the empty template. */
    public void downloadTemplate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MemberImportService.writeTemplate(out);
        Faces.sendFile(out.toByteArray(), TEMPLATE_NAME, true);
    }

    /** The row's errors in the page's language, one per line. */
    public List<String> errorTexts(ImportRow row) {
        var locale = Faces.getLocale();
        return row.getErrors().stream().map(error -> error.text(locale)).toList();
    }

    private String errorText(ImportRow row) {
        return String.join(" ", errorTexts(row));
    }

    /** The rows the table shows: all, or only those with errors. */
    public List<ImportRow> getRows() {
        if (preview == null) {
            return List.of();
        }
        return onlyErrors ? preview.getRowsWithErrors() : preview.getRows();
    }

    /** "Lưu 47 đoàn viên": the button says how many will be saved. */
    public String getConfirmLabel() {
        return preview == null ? "" : Texts.get("import.confirm", preview.getValidCount());
    }

    public String getConfirmQuestion() {
        return preview == null ? "" : Texts.get("import.confirm.question", preview.getValidCount(), unit.getName());
    }

    public long getMaxMegabytes() {
        return MemberSheetParser.MAX_FILE_BYTES / (1024 * 1024);
    }

    public int getMaxRows() {
        return MemberSheetParser.MAX_ROWS;
    }

    public long getMaxBytes() {
        return MemberSheetParser.MAX_FILE_BYTES;
    }

    public String getTooLargeMessage() {
        return Texts.get("import.file.tooLarge", getMaxMegabytes());
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    /** Why the last file or import was refused, in the page's language; null when it was not. */
    public String getRefusal() {
        return refusal;
    }

    public boolean isOnlyErrors() {
        return onlyErrors;
    }

    public void setOnlyErrors(boolean onlyErrors) {
        this.onlyErrors = onlyErrors;
    }

    /**
     * Keeps why a file or an import was refused, for the box above the upload. Not a Faces message: the layout's growl
     * would show it a second time and then let it fade, and the officer needs it while fixing the file.
     */
    private void refuse(BusinessException refusal) {
        this.refusal = Texts.get(refusal.getMessageKey(), refusal.getArguments());
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
