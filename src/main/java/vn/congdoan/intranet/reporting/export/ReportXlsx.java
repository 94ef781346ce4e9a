package vn.congdoan.intranet.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** One report as an Excel workbook: heading, figures (numeric cells), awards, then the narrative sections. */
final class ReportXlsx {

    private ReportXlsx() {
    }

    static byte[] write(ReportDocument d, ExportTexts t) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ConsolidationXlsx.Styles styles = new ConsolidationXlsx.Styles(book);
            Sheet sheet = book.createSheet(t.get("reportExport.sheet"));
            int r = 0;
            styles.text(sheet.createRow(r++), 0, d.title(), styles.title);
            for (String[] line : d.heading()) {
                Row row = sheet.createRow(r++);
                styles.text(row, 0, line[0], styles.bold);
                styles.text(row, 1, line[1], null);
            }
            r++;
            styles.text(sheet.createRow(r++), 0, t.get("reportSection.FIGURES"), styles.header);
            for (ReportDocument.Figure figure : d.figures()) {
                Row row = sheet.createRow(r++);
                styles.text(row, 0, figure.label(), null);
                if (figure.value() instanceof Long number) {
                    var cell = row.createCell(1);
                    cell.setCellValue(number);
                    cell.setCellStyle(figure.money() ? styles.money : styles.number);
                } else if (figure.value() != null) {
                    styles.text(row, 1, figure.value().toString(), null);
                }
            }
            r++;
            styles.text(sheet.createRow(r++), 0, t.get("reportSection.AWARDS"), styles.header);
            Row header = sheet.createRow(r++);
            for (int i = 0; i < d.awardHeaders().size(); i++) {
                styles.text(header, i, d.awardHeaders().get(i), styles.bold);
            }
            for (Object[] award : d.awards()) {
                Row row = sheet.createRow(r++);
                styles.text(row, 0, (String) award[0], null);
                styles.text(row, 1, (String) award[1], null);
                for (int i = 2; i < 4; i++) {
                    var cell = row.createCell(i);
                    cell.setCellValue((Long) award[i]);
                    cell.setCellStyle(styles.number);
                }
            }
            for (String[] section : d.narrative()) {
                r++;
                styles.text(sheet.createRow(r++), 0, section[0], styles.header);
                for (String paragraph : section[1].split("\\n\\s*\\n")) {
                    Row row = sheet.createRow(r++);
                    styles.text(row, 0, paragraph.strip(), styles.wrapped);
                    sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row.getRowNum(),
                            row.getRowNum(), 0, 3));
                    row.setHeightInPoints(Math.max(15, (paragraph.length() / 110 + 1) * 15));
                }
            }
            sheet.setColumnWidth(0, 45 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            sheet.setColumnWidth(2, 16 * 256);
            sheet.setColumnWidth(3, 16 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
