package vn.congdoan.intranet.membership.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;

/**
 * Writes a member list in the {@link MemberSheet} layout: the template (header only) or an export. Rows are streamed
 * (POI's SXSSF keeps a small window in memory), dates are real date cells shown dd/MM/yyyy, card numbers are text so
 * their leading zeros survive, and a second sheet explains the columns.
 *
 * <pre>
 * try (MemberSheetWriter writer = new MemberSheetWriter()) {
 *     members.forEach(writer::add);
 *     writer.writeTo(out);
 * }
 * </pre>
 */
public final class MemberSheetWriter implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle textStyle;
    private int nextRow = 1;

    public MemberSheetWriter() {
        sheet = workbook.createSheet(MemberSheet.LIST_SHEET);
        short dayFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
        short textFormat = workbook.createDataFormat().getFormat("@");
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(dayFormat);
        textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(textFormat);
        CellStyle headerStyle = headerStyle();
        Row header = sheet.createRow(0);
        for (MemberSheet column : MemberSheet.values()) {
            Cell cell = header.createCell(column.index());
            cell.setCellValue(column.header());
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(column.index(), column.width() * 256);
            boolean date = column == MemberSheet.DATE_OF_BIRTH || column == MemberSheet.JOINED_ON;
            // Cells typed into the template later take the column's format: dates as dates, card numbers as text.
            sheet.setDefaultColumnStyle(column.index(), date ? dateStyle : textStyle);
        }
        sheet.createFreezePane(0, 1);
        writeHelp(headerStyle);
    }

    /** Adds a member as one row. */
    public void add(Member member) {
        add(member.getFullName(), member.getGender(), member.getDateOfBirth(), member.getJobTitle(),
                member.getJoinedOn(), member.getCardNumber());
    }

    public void add(String fullName, Gender gender, LocalDate dateOfBirth, String jobTitle, LocalDate joinedOn,
                    String cardNumber) {
        Row row = sheet.createRow(nextRow++);
        text(row, MemberSheet.FULL_NAME, fullName);
        text(row, MemberSheet.GENDER, MemberSheet.genderText(gender));
        date(row, MemberSheet.DATE_OF_BIRTH, dateOfBirth);
        text(row, MemberSheet.JOB_TITLE, jobTitle);
        date(row, MemberSheet.JOINED_ON, joinedOn);
        text(row, MemberSheet.CARD_NUMBER, cardNumber);
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(Row row, MemberSheet column, String value) {
        Cell cell = row.createCell(column.index());
        cell.setCellStyle(textStyle);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private void date(Row row, MemberSheet column, LocalDate value) {
        Cell cell = row.createCell(column.index());
        cell.setCellStyle(dateStyle);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private CellStyle headerStyle() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        return style;
    }

    private void writeHelp(CellStyle headerStyle) {
        Sheet help = workbook.createSheet(MemberSheet.HELP_SHEET);
        help.setColumnWidth(0, 34 * 256);
        help.setColumnWidth(1, 100 * 256);
        int index = 0;
        for (String[] line : MemberSheet.helpLines()) {
            Row row = help.createRow(index);
            for (int i = 0; i < line.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(line[i]);
                if (index == 0) {
                    cell.setCellStyle(headerStyle);
                }
            }
            index++;
        }
    }
}
