package vn.congdoan.intranet.membership.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds .xlsx files for the tests with POI's usermodel, cell by cell: a String is a text cell, a LocalDate a date
 * cell formatted dd/mm/yyyy, a Number a numeric cell, a {@link Formula} a formula cell, null an absent cell.
 *
 * <pre>
 * Path file = TestSheets.withHeader().row("Nguyễn Văn An", "Nam", LocalDate.of(1985, 3, 2), ...).write(dir);
 * </pre>
 */
final class TestSheets {

    /** A formula cell, e.g. {@code new Formula("1+1")}. */
    record Formula(String text) {
    }

    private final List<Object[]> rows = new ArrayList<>();

    static TestSheets withHeader() {
        TestSheets sheets = new TestSheets();
        sheets.rows.add(MemberSheet.columns().stream().map(MemberSheet::header).toArray());
        return sheets;
    }

    static TestSheets withoutHeader() {
        return new TestSheets();
    }

    TestSheets row(Object... cells) {
        rows.add(cells);
        return this;
    }

    /** A valid row whose name and date of birth differ with i. */
    static Object[] validRow(int i, String cardNumber) {
        return new Object[] {"Nguyễn Thị Hoa", "Nữ", LocalDate.of(1970, 1, 1).plusDays(i), "Giáo viên",
            LocalDate.of(2000, 9, 5).plusDays(i % 3000), cardNumber};
    }

    Path write(Path dir) {
        try {
            Path file = Files.createTempFile(dir, "list", ".xlsx");
            try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                fill(workbook);
                // Store the formulas' results in the file, as Excel does: the parser must still refuse them.
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(Workbook workbook) {
        Sheet sheet = workbook.createSheet("Danh sách");
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            Object[] values = rows.get(r);
            for (int c = 0; c < values.length; c++) {
                Object value = values[c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof Formula formula) {
                    cell.setCellFormula(formula.text());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }
}
