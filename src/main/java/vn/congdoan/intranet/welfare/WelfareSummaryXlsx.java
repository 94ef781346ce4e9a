package vn.congdoan.intranet.welfare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.Texts;

/**
 * The leaders' welfare summary as an Excel workbook: a sheet of figures (by kind, by month, per branch, each fund)
 * and a sheet of the paid cases with member, union, kind, date and amount only: a case's description and gifts may
 * be private and are never written. Money is a numeric cell formatted #,##0 "₫". Text that a spreadsheet would read
 * as a formula (starting with = + - @) is neutralised.
 */
final class WelfareSummaryXlsx {

    private WelfareSummaryXlsx() {
    }

    static byte[] write(WelfareSummary summary, List<WelfareSummary.PaidCase> paid, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            figures(book.createSheet(Texts.get(locale, "welfare.summary.sheet")), summary, locale, styles);
            paidSheet(book.createSheet(Texts.get(locale, "welfare.summary.paidSheet")), paid, locale, styles);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as a spreadsheet reads it safely: a leading = + - @ (a formula to some programs) gets an apostrophe. */
    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static void figures(Sheet sheet, WelfareSummary s, Locale locale, Styles styles) {
        int r = 0;
        styles.text(sheet.createRow(r++), 0, Texts.get(locale, "welfare.summary.exportTitle",
                String.valueOf(s.year())), styles.title);
        styles.text(sheet.createRow(r++), 0, Texts.get(locale, "welfare.summary.exportBranch", s.branchName()), null);
        Row totals = sheet.createRow(r++);
        styles.text(totals, 0, Texts.get(locale, "welfare.summary.membersSupported"), styles.bold);
        styles.number(totals, 1, s.membersSupported(), false);
        Row paid = sheet.createRow(r++);
        styles.text(paid, 0, Texts.get(locale, "welfare.summary.totalPaid"), styles.bold);
        styles.number(paid, 1, s.totalPaid(), true);
        r++;

        r = header(sheet, r, styles, locale, "welfare.summary.kind", "welfare.summary.cases", "welfare.summary.amount");
        for (WelfareSummary.KindRow row : s.byKind()) {
            Row line = sheet.createRow(r++);
            styles.text(line, 0, Texts.get(locale, row.kind().labelKey()), null);
            styles.number(line, 1, row.cases(), false);
            styles.number(line, 2, row.amountPaid(), true);
        }
        r++;
        r = header(sheet, r, styles, locale, "welfare.summary.month", "welfare.summary.amount");
        for (int month = 0; month < 12; month++) {
            Row line = sheet.createRow(r++);
            styles.text(line, 0, Texts.get(locale, "welfare.summary.monthName", String.valueOf(month + 1)), null);
            styles.number(line, 1, s.byMonth()[month], true);
        }
        r++;
        r = header(sheet, r, styles, locale, "welfare.summary.branch", "welfare.summary.membersSupported",
                "welfare.summary.amount");
        for (WelfareSummary.BranchRow row : s.branches()) {
            Row line = sheet.createRow(r++);
            styles.text(line, 0, row.unitName(), null);
            styles.number(line, 1, row.membersSupported(), false);
            styles.number(line, 2, row.amountPaid(), true);
        }
        r++;
        r = header(sheet, r, styles, locale, "welfare.summary.fundUnit", "welfare.fund.opening",
                "welfare.fund.income", "welfare.fund.expenses", "welfare.fund.balance");
        for (WelfareSummary.FundRow row : s.funds()) {
            Row line = sheet.createRow(r++);
            styles.text(line, 0, row.unitName(), null);
            styles.number(line, 1, row.opening(), true);
            styles.number(line, 2, row.income(), true);
            styles.number(line, 3, row.expenses(), true);
            styles.number(line, 4, row.balance(), true);
        }
        sheet.setColumnWidth(0, 60 * 256);
        for (int i = 1; i < 5; i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
    }

    private static void paidSheet(Sheet sheet, List<WelfareSummary.PaidCase> paid, Locale locale, Styles styles) {
        int r = header(sheet, 0, styles, locale, "welfare.summary.caseNo", "welfare.summary.member",
                "welfare.summary.fundUnit", "welfare.summary.kind", "welfare.summary.paidOn",
                "welfare.summary.amount");
        for (WelfareSummary.PaidCase row : paid) {
            Row line = sheet.createRow(r++);
            styles.number(line, 0, row.caseId(), false);
            styles.text(line, 1, row.memberName(), null);
            styles.text(line, 2, row.unitName(), null);
            styles.text(line, 3, Texts.get(locale, row.kind().labelKey()), null);
            styles.text(line, 4, Formats.day(row.paidOn()), null);
            styles.number(line, 5, row.amount(), true);
        }
        int[] widths = {10, 32, 48, 26, 14, 18};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static int header(Sheet sheet, int r, Styles styles, Locale locale, String... keys) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < keys.length; i++) {
            styles.text(row, i, Texts.get(locale, keys[i]), styles.header);
        }
        return r + 1;
    }

    /** The few cell styles of the workbook, created once (a workbook holds a limited number of styles). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle bold;
        final CellStyle number;
        final CellStyle money;

        Styles(XSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            Font titleFont = book.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(titleFont);
            header = book.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0 \"₫\""));
        }

        void text(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(neutralised(value));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        void number(Row row, int column, long value, boolean isMoney) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(isMoney ? money : number);
        }
    }
}
