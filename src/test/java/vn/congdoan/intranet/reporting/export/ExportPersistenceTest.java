package vn.congdoan.intranet.reporting.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congdoan.intranet.reporting.ReportFixture;
import vn.congdoan.intranet.reporting.board.ReportScope;
import vn.congdoan.intranet.reporting.consolidation.ConsolidationService;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;

/** The exported files read back: totals as real numbers in Excel, Vietnamese text and formats in the PDF, scope. */
class ExportPersistenceTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static ExportService exports(EntityManager em) {
        ReportScope scope = ReportFixture.scope(em);
        return new ExportService(em, new ConsolidationService(em, scope), scope);
    }

    @DatabaseTest
    void theConsolidationWorkbookHoldsTheTotalsAsNumbers(EntityManager em) throws IOException {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));

        ExportFile file = exports(em).consolidationXlsx(f.leader, f.period.getId(), null, VI);

        assertTrue(file.name().startsWith("tong-hop-bao-cao-tong-ket-nam-hoc-2025-2026"), file.name());
        assertTrue(file.name().endsWith(".xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = book.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("Tổng hợp số liệu"));
            Row total = rowStartingWith(sheet, "Tổng cộng");
            assertEquals("2/5", total.getCell(1).getStringCellValue());
            Cell members = total.getCell(2);
            assertEquals(CellType.NUMERIC, members.getCellType());
            assertEquals(65, members.getNumericCellValue());
            assertEquals("#,##0", members.getCellStyle().getDataFormatString());
            assertEquals(3_500_000, total.getCell(9).getNumericCellValue());
            assertTrue(total.getCell(9).getCellStyle().getDataFormatString().contains("₫"));
            assertEquals("2/2", rowStartingWith(sheet, "Liên đoàn Lao động huyện An Phú").getCell(1)
                    .getStringCellValue());
        }
    }

    @DatabaseTest
    void theConsolidationPdfReadsInVietnameseWithVietnameseNumbers(EntityManager em) throws IOException {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));

        ExportFile file = exports(em).consolidationPdf(f.leader, f.period.getId(), null, VI);

        String text = new PdfTextExtractor(new PdfReader(file.content())).getTextFromPage(1);
        assertTrue(text.contains("Tổng hợp số liệu"), text);
        assertTrue(text.contains("Tổng cộng"), text);
        assertTrue(text.contains("3.500.000 ₫"), text);
        assertTrue(text.contains("Liên đoàn Lao động huyện Bình Lục"), text);
    }

    @DatabaseTest
    void aSchoolOfficerExportsTheirOwnReportButNoOtherSchools(EntityManager em) throws IOException {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));
        ExportService exports = exports(em);
        long own = f.report(f.a).getId();

        ExportFile pdf = exports.reportPdf(f.schoolOfficerA, own, VI);
        String text = new PdfTextExtractor(new PdfReader(pdf.content())).getTextFromPage(1);
        assertTrue(text.contains("Công đoàn Trường Tiểu học An Bình"), text);
        assertTrue(text.contains("Đã duyệt"), text);
        assertTrue(text.contains("Trần Văn Một"), text);
        assertTrue(text.contains("1.500.000 ₫"), text);
        assertTrue(text.contains("Hoàn thành tốt nhiệm vụ năm học."), text);
        ExportFile xlsx = exports.reportXlsx(f.schoolOfficerA, own, VI);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            Row members = rowStartingWith(book.getSheetAt(0), "Đoàn viên");
            assertEquals(40, members.getCell(1).getNumericCellValue());
        }
        assertTrue(pdf.name().startsWith("bao-cao-cong-doan-truong-tieu-hoc-an-binh"), pdf.name());

        long other = f.report(f.c).getId();
        assertThrows(AccessDeniedException.class, () -> exports.reportPdf(f.schoolOfficerA, other, VI));
        assertThrows(AccessDeniedException.class, () -> exports.reportXlsx(f.schoolOfficerA, other, VI));
        assertThrows(AccessDeniedException.class, () -> exports.reportXlsx(f.officer1, other, VI));
        assertThrows(AccessDeniedException.class, () -> exports.consolidationXlsx(f.schoolOfficerA,
                f.period.getId(), null, VI));
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text);
    }
}
