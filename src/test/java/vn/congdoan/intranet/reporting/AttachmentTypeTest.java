package vn.congdoan.intranet.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.congdoan.intranet.shared.BusinessException;

/** Attachments are accepted by what they contain, not by what they are called. */
class AttachmentTypeTest {

    @Test
    void acceptsTheOfficeAndImageFormatsByTheirFirstBytes() throws IOException {
        assertEquals(Optional.of(AttachmentType.PDF), AttachmentType.sniff(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj")));
        assertEquals(Optional.of(AttachmentType.PNG), AttachmentType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G',
            '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}));
        assertEquals(Optional.of(AttachmentType.JPEG), AttachmentType.sniff(new byte[] {(byte) 0xff, (byte) 0xd8,
            (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'}));
        assertEquals(Optional.of(AttachmentType.DOC), AttachmentType.sniff(new byte[] {(byte) 0xd0, (byte) 0xcf,
            0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0}));
        assertEquals(Optional.of(AttachmentType.DOCX), AttachmentType.sniff(zip("word/document.xml")));
        assertEquals(Optional.of(AttachmentType.XLSX), AttachmentType.sniff(zip("xl/workbook.xml")));
    }

    @Test
    void refusesAProgramOrAWebPageRenamedPdfAndAPlainZip() throws IOException {
        byte[] exe = bytes("MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.");
        byte[] html = bytes("<!DOCTYPE html><html><script>alert(1)</script></html>");

        BusinessException program = assertThrows(BusinessException.class,
                () -> AttachmentType.check("Báo cáo tổng kết.pdf", exe));
        assertEquals("attachment.typeRefused", program.getMessageKey());
        assertEquals("Báo cáo tổng kết.pdf", program.getArguments()[0]);
        assertThrows(BusinessException.class, () -> AttachmentType.check("bao-cao.pdf", html));
        assertThrows(BusinessException.class, () -> AttachmentType.check("tai-lieu.docx", zip("notes.txt")));
        assertThrows(BusinessException.class, () -> AttachmentType.check("rong.pdf", new byte[0]));
    }

    @Test
    void refusesAFileOverTenMegabytes() {
        byte[] big = Arrays.copyOf(bytes("%PDF-1.4\n"), AttachmentType.MAX_BYTES + 1);
        byte[] limit = Arrays.copyOf(bytes("%PDF-1.4\n"), AttachmentType.MAX_BYTES);

        BusinessException tooLarge = assertThrows(BusinessException.class,
                () -> AttachmentType.check("Ảnh hội nghị.pdf", big));
        assertEquals("attachment.tooLarge", tooLarge.getMessageKey());
        assertEquals(10, tooLarge.getArguments()[1]);
        assertEquals(AttachmentType.PDF, AttachmentType.check("Ảnh hội nghị.pdf", limit));
    }

    @Test
    void theStoredNameKeepsVietnameseDropsPathsAndTakesTheRealExtension() {
        assertEquals("Báo cáo tổng kết năm 2026.pdf", AttachmentType.PDF.storedName("C:\\Users\\Lan\\Báo cáo tổng kết"
                + " năm 2026.pdf"));
        assertEquals("anh-hoi-nghi.png", AttachmentType.PNG.storedName("../../anh-hoi-nghi.pdf"));
        assertEquals("Ảnh.jpeg", AttachmentType.JPEG.storedName("Ảnh.JPEG"));
        assertTrue(AttachmentType.DOCX.storedName("x".repeat(500) + ".docx").length() <= AttachmentType.NAME_MAX);
    }

    @Test
    void theDownloadNameIsEncodedForOldAndNewBrowsers() {
        assertEquals("attachment; filename=\"Bao cao tong ket.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB"
                + "%95ng%20k%E1%BA%BFt.pdf", AttachmentServlet.contentDisposition("Báo cáo tổng kết.pdf"));
        assertTrue(AttachmentServlet.contentDisposition("Đề xuất \"mới\".docx").startsWith(
                "attachment; filename=\"De xuat moi.docx\""));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] zip(String part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
