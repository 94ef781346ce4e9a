package vn.congdoan.intranet.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congdoan.intranet.reporting.consolidation.Consolidation;

/** The consolidation as an Excel workbook: real numeric cells formatted #,##0, money as #,##0 "₫". */
final class ConsolidationXlsx {

    private ConsolidationXlsx() {
    }

    static byte[] write(Consolidation c, ExportTexts t) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet(t.get("consolidation.sheet"));
            int r = 0;
            styles.text(sheet.createRow(r++), 0, t.get("consolidation.exportTitle", c.period().getTitle()),
                    styles.title);
            styles.text(sheet.createRow(r++), 0, t.get("consolidation.exportBranch", branchName(c, t)), null);
            styles.text(sheet.createRow(r++), 0, t.get("consolidation.exportIncluded",
                    ExportTexts.number(c.total().included()), ExportTexts.number(c.total().reports())), null);
            r++;
            r = table(sheet, r, ExportTable.figures(c, t), styles);
            r++;
            table(sheet, r, ExportTable.gradesAndAwards(c, t), styles);
            sheet.setColumnWidth(0, 60 * 256);
            for (int i = 1; i < 30; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String branchName(Consolidation c, ExportTexts t) {
        return c.branch().isTop() ? t.get("board.allScope") : c.branch().name();
    }

    private static int table(Sheet sheet, int r, ExportTable table, Styles styles) {
        Row header = sheet.createRow(r++);
        for (int i = 0; i < table.headers().size(); i++) {
            styles.text(header, i, table.headers().get(i), styles.header);
        }
        for (List<Object> row : table.rows()) {
            cells(sheet.createRow(r++), row, table.money(), styles, false);
        }
        cells(sheet.createRow(r++), table.total(), table.money(), styles, true);
        return r;
    }

    private static void cells(Row row, List<Object> values, List<Boolean> money, Styles styles, boolean total) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Long number) {
                var cell = row.createCell(i);
                cell.setCellValue(number);
                cell.setCellStyle(money.get(i) ? (total ? styles.moneyBold : styles.money)
                        : (total ? styles.numberBold : styles.number));
            } else {
                styles.text(row, i, String.valueOf(value), total ? styles.bold : null);
            }
        }
    }

    /** The few cell styles of the workbook, created once (a workbook holds a limited number of styles). */
    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle bold;
        final CellStyle number;
        final CellStyle numberBold;
        final CellStyle money;
        final CellStyle moneyBold;
        final CellStyle wrapped;

        Styles(XSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            Font titleFont = book.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            short count = book.createDataFormat().getFormat("#,##0");
            short dong = book.createDataFormat().getFormat("#,##0 \"₫\"");
            title = book.createCellStyle();
            title.setFont(titleFont);
            header = book.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            number = book.createCellStyle();
            number.setDataFormat(count);
            numberBold = book.createCellStyle();
            numberBold.setDataFormat(count);
            numberBold.setFont(boldFont);
            money = book.createCellStyle();
            money.setDataFormat(dong);
            moneyBold = book.createCellStyle();
            moneyBold.setDataFormat(dong);
            moneyBold.setFont(boldFont);
            wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }

        void text(Row row, int column, String value, CellStyle style) {
            var cell = row.createCell(column);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
