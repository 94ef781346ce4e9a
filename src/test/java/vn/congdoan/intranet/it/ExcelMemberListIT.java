package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import vn.congdoan.intranet.membership.importing.MemberSheet;
import vn.congdoan.intranet.membership.importing.MemberSheetParser;
import vn.congdoan.intranet.membership.importing.SheetCell;
import vn.congdoan.intranet.membership.importing.SheetRow;

/**
 * A grassroots officer imports a member list: a file that is not a workbook is refused with a message, a list with
 * one bad row shows a preview with that row's error and the count to be saved, and after the confirmation the new
 * members are in the list. Another school's officer gets the 403 page for that import page. The export downloads
 * what the filtered table shows, in the layout the import reads.
 */
@ExtendWith(PayaraMicroServer.class)
class ExcelMemberListIT {

    private Browser browser;

    @TempDir
    Path dir;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void officerUploadsPreviewsConfirmsAndSeesTheNewMembers() throws IOException {
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/units/members.xhtml");
        WebElement importLink = browser.find("#memberTools\\:importMembers");
        assertTrue(browser.has("#memberTools\\:exportMembers"), "the export button is offered");
        importLink.click();
        browser.find("#importUnitName");
        String importUrl = browser.currentUrl();
        assertTrue(importUrl.contains("unit="), importUrl);
        assertTrue(browser.text().contains("Nhập danh sách đoàn viên từ Excel"));
        browser.screenshot("import-start");

        upload(Files.writeString(dir.resolve("danh-sach.xlsx"), "Họ và tên;Giới tính\nNguyễn Văn An;Nam\n"));
        browser.waitUntil(d -> browser.text().contains("không phải bảng tính Excel .xlsx"));
        assertEquals(1, browser.all("#importForm\\:refusal").size(), "the refusal is shown by the upload");
        assertFalse(browser.has(".ui-growl-item"), "and not a second time in the growl");
        browser.screenshot("import-not-xlsx");

        upload(listWithOneBadRow());
        browser.find("#importSummary");
        String preview = browser.text();
        assertTrue(preview.contains("Sẽ lưu 2 đoàn viên hợp lệ. 1 dòng có lỗi sẽ bị bỏ qua."), preview);
        assertTrue(preview.contains("Ngày sinh: „31/02/1990“ không phải ngày hợp lệ theo dạng dd/MM/yyyy."), preview);
        assertEquals(3, browser.all("#importForm\\:previewTable_data > tr").size());
        assertEquals(1, browser.all("#importForm\\:previewTable_data > tr.import-row-error").size());
        WebElement confirm = browser.find("#importForm\\:confirmImport");
        assertEquals("Lưu 2 đoàn viên", confirm.getText());
        browser.screenshot("import-preview");

        confirm.click();
        browser.find("#importForm\\:confirmYes");
        browser.screenshot("import-confirm-dialog");
        browser.find("#importForm\\:confirmYes").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/units/members.xhtml"));
        browser.find("#listUnitName");
        assertTrue(browser.text().contains("Đã lưu 2 đoàn viên vào danh sách. Bỏ qua 1 dòng có lỗi."), browser.text());
        browser.screenshot("import-done");

        WebElement search = browser.find("#membersForm\\:members\\:globalFilter");
        search.sendKeys("luong thi ngoc");
        browser.waitUntil(d -> names().contains("Lương Thị Ngọc Ánh"));
        browser.awaitAjax();
        assertEquals(List.of("Lương Thị Ngọc Ánh"), names());
        assertFalse(browser.text().contains("Đặng Văn Sai"), "the bad row was not saved");
        browser.screenshot("import-new-member-in-list");
        browser.signOut();

        browser.signIn("canbo.coso2", PASSWORD);
        browser.driver().get(importUrl);
        assertTrue(browser.text().contains("Không có quyền truy cập"), "no 403 page at " + browser.currentUrl());
        assertFalse(browser.has("#importForm\\:file_input"));
    }

    @Test
    void exportDownloadsTheFilteredListInTheImportLayout() throws IOException {
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/units/members.xhtml");
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ((HasCdp) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        WebElement search = browser.find("#membersForm\\:members\\:globalFilter");
        search.sendKeys("nguyen thi");
        browser.waitUntil(d -> names().stream().allMatch(n -> n.startsWith("Nguyễn Thị")));
        browser.awaitAjax();
        List<String> shown = names();

        browser.find("#memberTools\\:exportMembers").click();
        browser.waitUntil(d -> xlsxIn(downloads) != null);

        List<SheetRow> rows = new MemberSheetParser().parse(xlsxIn(downloads));
        List<String> exported = rows.stream().map(row -> row.cell(MemberSheet.FULL_NAME).text()).toList();
        assertEquals(shown, exported.subList(0, shown.size()), "the export follows the table's filter and order");
        assertTrue(exported.stream().allMatch(n -> n.startsWith("Nguyễn Thị")), exported.toString());
        assertTrue(rows.stream().allMatch(row -> row.cell(MemberSheet.DATE_OF_BIRTH).kind() == SheetCell.Kind.DATE));
        assertTrue(rows.stream().allMatch(row -> row.cell(MemberSheet.CARD_NUMBER).text().matches("\\d{12}")));
    }

    private static Path xlsxIn(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private void upload(Path file) {
        WebElement input = browser.driver().findElement(By.cssSelector("#importForm\\:file_input"));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.awaitAjax();
    }

    private List<String> names() {
        return browser.all("a.member-link").stream().map(WebElement::getText).toList();
    }

    private Path listWithOneBadRow() throws IOException {
        Path file = dir.resolve("danh-sach-doan-vien.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Danh sách đoàn viên");
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Object[][] rows = {
                {"Họ và tên", "Giới tính (Nam/Nữ)", "Ngày sinh (dd/MM/yyyy)", "Chức vụ",
                    "Ngày vào công đoàn (dd/MM/yyyy)", "Số thẻ đoàn viên"},
                {"Lương Thị Ngọc Ánh", "Nữ", LocalDate.of(1991, 7, 14), "Giáo viên Ngữ văn", "05/09/2014", ""},
                {"Khổng Văn Minh", "Nam", LocalDate.of(1987, 2, 3), "Nhân viên thiết bị",
                    LocalDate.of(2010, 10, 1), ""},
                {"Đặng Văn Sai", "Nam", "31/02/1990", "Bảo vệ", LocalDate.of(2012, 1, 1), ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(day);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
