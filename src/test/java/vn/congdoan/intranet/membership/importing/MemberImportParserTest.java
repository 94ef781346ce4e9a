package vn.congdoan.intranet.membership.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congdoan.intranet.shared.BusinessException;

/** The parser reads what a member list holds, never evaluates a formula, and refuses hostile or wrong files. */
class MemberImportParserTest {

    private final MemberSheetParser parser = new MemberSheetParser();

    @TempDir
    Path dir;

    @Test
    void readsTextDateAndNumberCellsAndSkipsBlankRows() {
        Path file = TestSheets.withHeader()
                .row("Nguyễn Văn An", "Nam", LocalDate.of(1985, 3, 2), "Giáo viên", "05/09/2008", "480000000123")
                .row()
                .row("Lê Thị Bình", "Nữ", "2/3/1990", null, LocalDate.of(2012, 9, 1), 480000000124L)
                .write(dir);

        List<SheetRow> rows = parser.parse(file);

        assertEquals(2, rows.size());
        SheetRow first = rows.get(0);
        assertEquals(2, first.number());
        assertEquals(SheetCell.Kind.DATE, first.cell(MemberSheet.DATE_OF_BIRTH).kind());
        assertEquals(LocalDate.of(1985, 3, 2), first.cell(MemberSheet.DATE_OF_BIRTH).date());
        assertEquals("05/09/2008", first.cell(MemberSheet.JOINED_ON).text());
        assertEquals("480000000123", first.cell(MemberSheet.CARD_NUMBER).text());
        SheetRow second = rows.get(1);
        assertEquals(4, second.number(), "Excel's row number, counting the blank row");
        assertEquals("", second.cell(MemberSheet.JOB_TITLE).text());
        assertEquals(SheetCell.Kind.NUMBER, second.cell(MemberSheet.CARD_NUMBER).kind());
        assertEquals("480000000124", second.cell(MemberSheet.CARD_NUMBER).text());
    }

    @Test
    void formulasAreReportedAsFormulasNotAsTheirResults() {
        Path file = TestSheets.withHeader()
                .row(new TestSheets.Formula("HYPERLINK(\"http://example.com\",\"Nguyễn Văn An\")"), "Nam",
                        LocalDate.of(1985, 3, 2), new TestSheets.Formula("1+1"), LocalDate.of(2008, 9, 5), null)
                .write(dir);

        SheetRow row = parser.parse(file).get(0);

        assertEquals(SheetCell.Kind.FORMULA, row.cell(MemberSheet.FULL_NAME).kind());
        assertTrue(row.cell(MemberSheet.FULL_NAME).shown().startsWith("=HYPERLINK("),
                row.cell(MemberSheet.FULL_NAME).shown());
        assertEquals(SheetCell.Kind.FORMULA, row.cell(MemberSheet.JOB_TITLE).kind());
        assertEquals("=1+1", row.cell(MemberSheet.JOB_TITLE).shown());
    }

    @Test
    void aTenThousandCharacterCellKeepsItsLengthButNotItsText() {
        Path file = TestSheets.withHeader()
                .row("A".repeat(10_000), "Nam", LocalDate.of(1985, 3, 2), null, LocalDate.of(2008, 9, 5), null)
                .write(dir);

        SheetCell name = parser.parse(file).get(0).cell(MemberSheet.FULL_NAME);

        assertEquals(10_000, name.length());
        assertEquals(MemberSheetParser.KEEP_CHARS, name.text().length());
    }

    @Test
    void theTemplateHasTheHeaderTheParserExpectsAndAHelpSheet() throws IOException {
        Path template = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            MemberImportService.writeTemplate(out);
        }

        assertRefused("import.file.noRows", template);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(template.toFile())) {
            assertEquals(MemberSheet.LIST_SHEET, workbook.getSheetName(0));
            assertEquals("Họ và tên", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals("Số thẻ đoàn viên", workbook.getSheetAt(0).getRow(0).getCell(5).getStringCellValue());
            assertEquals(MemberSheet.HELP_SHEET, workbook.getSheetName(1));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void anEmptySheetIsRefusedWithItsOwnMessage() {
        assertRefused("import.file.empty", TestSheets.withoutHeader().write(dir));
    }

    @Test
    void aHeaderWithoutRowsIsRefusedWithItsOwnMessage() {
        assertRefused("import.file.noRows", TestSheets.withHeader().write(dir));
    }

    @Test
    void aSheetWithoutTheTemplateHeaderIsRefused() {
        Path file = TestSheets.withoutHeader().row("Tên", "Tuổi").row("Nguyễn Văn An", "40").write(dir);
        assertRefused("import.file.header", file);
    }

    @Test
    void aTextFileRenamedToXlsxIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("members.xlsx"), "Họ và tên;Giới tính\nNguyễn Văn An;Nam\n");
        assertRefused("import.file.notXlsx", file);
    }

    @Test
    void anOldXlsFileIsRefusedWithAdviceToSaveAsXlsx() throws IOException {
        Path file = dir.resolve("members.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Họ và tên");
            workbook.write(out);
        }
        assertRefused("import.file.xls", file);
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused("import.file.unreadable", file);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        Path valid = TestSheets.withHeader().row(TestSheets.validRow(1, null)).write(dir);
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(valid));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 60; i++) { // 60 MB of blanks that compress to a few dozen KB
                        out.write(spaces);
                    }
                    out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }
        assertTrue(Files.size(bomb) < MemberSheetParser.MAX_FILE_BYTES, "small enough to pass the size limit");

        assertRefused("import.file.bomb", bomb);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path file = dir.resolve("huge.xlsx");
        try (OutputStream out = Files.newOutputStream(file); InputStream header = Files.newInputStream(
                TestSheets.withHeader().row(TestSheets.validRow(1, null)).write(dir))) {
            header.transferTo(out);
            out.write(new byte[(int) MemberSheetParser.MAX_FILE_BYTES]);
        }
        assertRefused("import.file.tooLarge", file);
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        TestSheets sheets = TestSheets.withHeader();
        for (int i = 0; i <= MemberSheetParser.MAX_ROWS; i++) {
            sheets.row(TestSheets.validRow(i, null));
        }
        assertRefused("import.file.tooManyRows", sheets.write(dir));
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        TestSheets sheets = TestSheets.withHeader();
        for (int i = 0; i < MemberSheetParser.MAX_ROWS; i++) {
            sheets.row(TestSheets.validRow(i, null));
        }
        assertEquals(MemberSheetParser.MAX_ROWS, parser.parse(sheets.write(dir)).size());
    }

    private void assertRefused(String key, Path file) {
        BusinessException refusal = assertThrows(BusinessException.class, () -> parser.parse(file));
        assertEquals(key, refusal.getMessageKey());
    }
}
