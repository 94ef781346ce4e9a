package vn.congdoan.intranet.emulation.award;

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
 * The award register as an Excel sheet: year, recipient, collective or individual, award type, issuer, decision
 * number, date and signer, status. Text a spreadsheet would read as a formula (starting with = + - @) is neutralised,
 * since recipient names and decision numbers are typed by users.
 */
final class AwardRegisterXlsx {

    private static final String[] HEADERS = {"award.register.year", "award.recipient", "award.recipientKind",
        "award.type", "award.issuer", "award.decisionNo", "award.decisionDate", "award.signer", "award.status"};
    private static final int[] WIDTHS = {12, 36, 12, 48, 40, 20, 14, 28, 18};

    private AwardRegisterXlsx() {
    }

    static byte[] write(List<Award> awards, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(Texts.get(locale, "award.register.sheet"));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(Texts.get(locale, HEADERS[i]));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (Award a : awards) {
                Row row = sheet.createRow(r++);
                text(row, 0, schoolYear(a.getSchoolYear()));
                text(row, 1, a.getRecipientName());
                text(row, 2, Texts.get(locale, a.isIndividual() ? "recipients.INDIVIDUAL" : "recipients.COLLECTIVE"));
                text(row, 3, a.getType().name(locale));
                text(row, 4, a.getType().getIssuerTier() == IssuerTier.NATIONAL ? a.getType().issuerName(locale)
                        : a.getIssuerUnit() == null ? "" : a.getIssuerUnit().getName());
                text(row, 5, a.getDecisionNo());
                text(row, 6, a.getDecisionDate() == null ? "" : Formats.day(a.getDecisionDate()));
                text(row, 7, a.getSigner());
                text(row, 8, Texts.get(locale, a.getStatus().labelKey()));
            }
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 2025 → "2025–2026". */
    static String schoolYear(int year) {
        return year + "–" + (year + 1);
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(neutralised(value));
    }

    /** Text as a spreadsheet reads it safely: a leading = + - @ (a formula to some programs) gets an apostrophe. */
    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
