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

/** One report as a portrait A4 PDF: heading, figures, awards and the narrative, Vietnamese number formats. */
final class ReportPdf {

    private static final Color SHADE = new Color(0xE8, 0xF0, 0xFA);

    private ReportPdf() {
    }

    static byte[] write(ReportDocument d, ExportTexts t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Paragraph title = new Paragraph(d.title(), PdfFonts.bold(15));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(10);
        document.add(title);
        PdfPTable heading = twoColumns(1.2f, 3f);
        for (String[] line : d.heading()) {
            heading.addCell(plain(line[0], true));
            heading.addCell(plain(line[1], false));
        }
        document.add(heading);

        document.add(section(t.get("reportSection.FIGURES")));
        PdfPTable figures = twoColumns(3f, 1.4f);
        for (ReportDocument.Figure figure : d.figures()) {
            figures.addCell(boxed(figure.label(), false, Element.ALIGN_LEFT));
            String value = figure.value() instanceof Long n ? (figure.money() ? ExportTexts.money(n)
                    : ExportTexts.number(n)) : figure.value() == null ? "–" : figure.value().toString();
            figures.addCell(boxed(value, false, figure.value() instanceof Long ? Element.ALIGN_RIGHT
                    : Element.ALIGN_LEFT));
        }
        document.add(figures);

        document.add(section(t.get("reportSection.AWARDS")));
        if (d.awards().isEmpty()) {
            document.add(new Paragraph(t.get("reportExport.noAwards"), PdfFonts.regular(10)));
        } else {
            PdfPTable awards = new PdfPTable(new float[] {2.2f, 1.6f, 1f, 1f});
            awards.setWidthPercentage(100);
            for (String header : d.awardHeaders()) {
                PdfPCell cell = boxed(header, true, Element.ALIGN_CENTER);
                cell.setBackgroundColor(SHADE);
                awards.addCell(cell);
            }
            for (Object[] award : d.awards()) {
                awards.addCell(boxed((String) award[0], false, Element.ALIGN_LEFT));
                awards.addCell(boxed((String) award[1], false, Element.ALIGN_LEFT));
                awards.addCell(boxed(ExportTexts.number((Long) award[2]), false, Element.ALIGN_RIGHT));
                awards.addCell(boxed(ExportTexts.number((Long) award[3]), false, Element.ALIGN_RIGHT));
            }
            document.add(awards);
        }
        for (String[] part : d.narrative()) {
            document.add(section(part[0]));
            for (String paragraph : part[1].split("\\n\\s*\\n")) {
                Paragraph p = new Paragraph(paragraph.strip(), PdfFonts.regular(10.5f));
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setSpacingAfter(5);
                document.add(p);
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph section(String text) {
        Paragraph p = new Paragraph(text, PdfFonts.bold(12));
        p.setSpacingBefore(12);
        p.setSpacingAfter(5);
        return p;
    }

    private static PdfPTable twoColumns(float first, float second) {
        PdfPTable table = new PdfPTable(new float[] {first, second});
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell plain(String text, boolean bold) {
        PdfPCell cell = new PdfPCell(new Phrase(text, bold ? PdfFonts.bold(10) : PdfFonts.regular(10)));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static PdfPCell boxed(String text, boolean bold, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, bold ? PdfFonts.bold(9.5f) : PdfFonts.regular(9.5f)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }
}
