package vn.congdoan.intranet.reporting.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.congdoan.intranet.reporting.consolidation.Consolidation;

/** The consolidation as a landscape A4 PDF with the Vietnamese number formats (4.015, 1.500.000 ₫). */
final class ConsolidationPdf {

    private static final Color HEADER = new Color(0xE8, 0xF0, 0xFA);
    private static final Color TOTAL = new Color(0xF4, 0xF7, 0xFB);

    private ConsolidationPdf() {
    }

    static byte[] write(Consolidation c, ExportTexts t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(t.get("consolidation.exportTitle", c.period().getTitle()), PdfFonts.bold(14)));
        document.add(new Paragraph(t.get("consolidation.exportBranch", ConsolidationXlsx.branchName(c, t)),
                PdfFonts.regular(10)));
        document.add(new Paragraph(t.get("consolidation.exportIncluded", ExportTexts.number(c.total().included()),
                ExportTexts.number(c.total().reports())), PdfFonts.regular(10)));
        document.add(new Paragraph(" "));
        document.add(table(ExportTable.figures(c, t), 3.2f));
        document.add(new Paragraph(" "));
        document.add(table(ExportTable.gradesAndAwards(c, t), 3.2f));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(ExportTable table, float firstWidth) {
        int columns = table.headers().size();
        PdfPTable pdf = new PdfPTable(columns);
        pdf.setWidthPercentage(100);
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = firstWidth;
        pdf.setWidths(widths);
        pdf.setHeaderRows(1);
        for (String header : table.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, PdfFonts.bold(7)));
            cell.setBackgroundColor(HEADER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            pdf.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            cells(pdf, row, table.money(), false);
        }
        cells(pdf, table.total(), table.money(), true);
        return pdf;
    }

    private static void cells(PdfPTable pdf, List<Object> values, List<Boolean> money, boolean total) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            String text = value instanceof Long number ? (money.get(i) ? ExportTexts.money(number)
                    : ExportTexts.number(number)) : String.valueOf(value);
            PdfPCell cell = new PdfPCell(new Phrase(text, total ? PdfFonts.bold(7.5f) : PdfFonts.regular(7.5f)));
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            if (total) {
                cell.setBackgroundColor(TOTAL);
            }
            pdf.addCell(cell);
        }
    }
}
