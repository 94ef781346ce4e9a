package vn.congdoan.intranet.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.congdoan.intranet.shared.BusinessException;

/**
 * The kinds of file a report may carry, told apart by their first bytes (and, for Office Open XML, by the parts of
 * the zip), never by the name: a program or a web page renamed ".pdf" is refused. The stored name gets the
 * extension of the detected type, so a download opens in the right application.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    DOC("application/msword", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    /** 10 MB, as the upload form and web.xml's multipart limit say. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    /** Files per report. */
    public static final int MAX_PER_REPORT = 10;
    /** Names are cut to this length, extension kept. */
    public static final int NAME_MAX = 200;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] OLE2_MAGIC = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1,
        0x1a, (byte) 0xe1};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String contentType;
    private final String extension;

    AttachmentType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type of the content, if it is one we accept. */
    public static Optional<AttachmentType> sniff(byte[] data) {
        if (startsWith(data, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(data, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(data, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(data, OLE2_MAGIC)) {
            return Optional.of(DOC);
        }
        if (startsWith(data, ZIP_MAGIC)) {
            return officeOpenXml(data);
        }
        return Optional.empty();
    }

    /**
     * Checks an upload and returns its type: not empty, not over {@link #MAX_BYTES}, of an accepted type. Refusals
     * name the file, in the user's language.
     */
    public static AttachmentType check(String fileName, byte[] data) {
        String name = safeName(fileName);
        if (data == null || data.length == 0) {
            throw BusinessException.onField("attachment", "attachment.empty", name);
        }
        if (data.length > MAX_BYTES) {
            throw BusinessException.onField("attachment", "attachment.tooLarge", name, MAX_MEGABYTES);
        }
        return sniff(data).orElseThrow(() -> BusinessException.onField("attachment", "attachment.typeRefused", name));
    }

    /**
     * The name to keep: the last path segment only, no control or reserved characters, at most {@link #NAME_MAX}
     * characters, with the detected type's extension. Vietnamese letters are kept.
     */
    public String storedName(String fileName) {
        String name = safeName(fileName);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        boolean matches = ext.equals(extension) || (this == JPEG && ext.equals("jpeg"));
        String suffix = "." + (matches ? ext : extension);
        if (base.isBlank()) {
            base = "tep-dinh-kem";
        }
        if (base.length() + suffix.length() > NAME_MAX) {
            base = base.substring(0, NAME_MAX - suffix.length());
        }
        return base.strip() + suffix;
    }

    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*:<>?|]", "").strip();
        return name.isEmpty() ? "tep-dinh-kem" : name;
    }

    private static Optional<AttachmentType> officeOpenXml(byte[] data) {
        boolean contentTypes = false;
        AttachmentType found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 2000) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("word/document.xml")) {
                    found = DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    found = XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(found) : Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data != null && data.length >= magic.length
                && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
