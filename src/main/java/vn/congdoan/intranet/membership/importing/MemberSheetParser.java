package vn.congdoan.intranet.membership.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.congdoan.intranet.shared.BusinessException;

/**
 * Reads the first sheet of an uploaded .xlsx file into {@link SheetRow}s, defensively: the file is checked to be an
 * OOXML zip before POI opens it, the zip is read with POI's {@link ZipSecureFile} limits (inflate ratio, entry size; text size stays at
 * POI's default),
 * the sheet is streamed with SAX (never loaded whole), reading stops past {@link #MAX_ROWS} rows, long cells keep only
 * their first characters, and formulas are reported as such, never evaluated. Every refusal of the whole file is a
 * {@link BusinessException} whose key the page shows in the user's language.
 */
public final class MemberSheetParser {

    /** Largest file accepted; a 10,000-row list is well under 1 MB. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** Most member rows in one file. */
    public static final int MAX_ROWS = 10_000;
    /** Characters of a cell kept for messages and the preview; the cell's full length is still known. */
    public static final int KEEP_CHARS = 200;
    /** Largest uncompressed part of the zip (the sheet XML of 10,000 rows is about 2 MB). */
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    /** A part that inflates more than 100 times its compressed size is taken for a zip bomb (POI's default). */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /**
     * The data rows of the file's first sheet (after its header row), blank rows left out.
     *
     * @throws BusinessException when the file is too large, not an .xlsx, damaged, empty, without the template's
     *                           header, or has more than {@link #MAX_ROWS} rows
     */
    public List<SheetRow> parse(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BusinessException("import.file.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
            }
            checkFormat(file);
        } catch (IOException e) {
            throw new BusinessException("import.file.unreadable");
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BusinessException("import.file.empty");
            }
            SheetHandler handler = new SheetHandler(strings, styles);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            } catch (TooManyRows e) {
                throw new BusinessException("import.file.tooManyRows", MAX_ROWS);
            }
            return handler.result();
        } catch (BusinessException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            throw isZipBomb(e) ? new BusinessException("import.file.bomb")
                    : new BusinessException("import.file.unreadable");
        }
    }

    /** Refuses anything but an OOXML zip with a message that says what the file is instead. */
    private static void checkFormat(Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OLE2) {
            // Excel 97-2003 (.xls), or an .xlsx protected by a password (also stored as OLE2).
            throw new BusinessException("import.file.xls");
        }
        if (magic != FileMagic.OOXML) {
            throw new BusinessException(Files.size(file) == 0 ? "import.file.empty" : "import.file.notXlsx");
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("text size")
                    || message.contains("exceeds the maximum")) {
                return true;
            }
        }
        return false;
    }

    /** Thrown out of the SAX handler to stop reading a sheet with too many rows. */
    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** The SAX handler of one worksheet: {@code <row><c r="A2" t="s" s="3"><f/><v/><is><t/></is></c></row>}. */
    private static final class SheetHandler extends DefaultHandler {

        private static final int COLUMNS = MemberSheet.values().length;

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final List<SheetRow> rows = new ArrayList<>();
        private boolean headerSeen;
        private boolean sheetEmpty = true;

        private int rowNumber;
        private SheetCell[] cells;
        private boolean rowHasValue;

        private int column;
        private String type;
        private int style;
        private boolean formula;
        private final StringBuilder formulaText = new StringBuilder();
        private final StringBuilder value = new StringBuilder();
        private int valueLength;
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineText;
        private boolean hasValue;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        List<SheetRow> result() {
            if (sheetEmpty) {
                throw new BusinessException("import.file.empty");
            }
            if (!headerSeen) {
                throw new BusinessException("import.file.header");
            }
            if (rows.isEmpty()) {
                throw new BusinessException("import.file.noRows");
            }
            return rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new SheetCell[COLUMNS];
                    rowHasValue = false;
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    formulaText.setLength(0);
                    value.setLength(0);
                    valueLength = 0;
                    hasValue = false;
                }
                case "f" -> {
                    formula = true;
                    inFormula = true;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "t" -> {
                    if ("inlineStr".equals(type)) {
                        inInlineText = true;
                        hasValue = true;
                    }
                }
                default -> {
                    // sheet properties, columns, merged cells, rich-text runs: nothing to read
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inFormula) {
                if (formulaText.length() < KEEP_CHARS) {
                    formulaText.append(ch, start, Math.min(length, KEEP_CHARS - formulaText.length()));
                }
            } else if (inValue || inInlineText) {
                valueLength += length;
                if (value.length() <= KEEP_CHARS) {
                    value.append(ch, start, Math.min(length, KEEP_CHARS + 1 - value.length()));
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "f" -> inFormula = false;
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> endCell();
                case "row" -> endRow();
                default -> {
                    // nothing
                }
            }
        }

        private void endCell() {
            if (column < 0 || column >= COLUMNS) {
                if (hasValue || formula) {
                    sheetEmpty = false;
                }
                return;
            }
            SheetCell cell = formula ? new SheetCell(SheetCell.Kind.FORMULA, formulaText.toString(), null,
                    formulaText.length()) : hasValue ? valueCell() : null;
            if (cell != null && !cell.isBlank()) {
                cells[column] = cell;
                rowHasValue = true;
                sheetEmpty = false;
            }
        }

        private SheetCell valueCell() {
            String raw = value.toString();
            if (type == null || "n".equals(type)) {
                return numberCell(raw);
            }
            return switch (type) {
                case "s" -> sharedString(raw);
                case "b" -> new SheetCell(SheetCell.Kind.BOOLEAN, "1".equals(raw) ? "TRUE" : "FALSE", null, 5);
                case "e" -> new SheetCell(SheetCell.Kind.ERROR, raw, null, raw.length());
                default -> kept(raw, valueLength); // inlineStr, str
            };
        }

        private SheetCell sharedString(String index) {
            try {
                String text = strings.getItemAt(Integer.parseInt(index.trim())).getString();
                return kept(text == null ? "" : text, text == null ? 0 : text.length());
            } catch (RuntimeException e) {
                return new SheetCell(SheetCell.Kind.ERROR, index, null, index.length());
            }
        }

        private static SheetCell kept(String text, int length) {
            String cut = text.length() > KEEP_CHARS ? text.substring(0, KEEP_CHARS) : text;
            return new SheetCell(SheetCell.Kind.TEXT, cut, null, Math.max(length, cut.length()));
        }

        private SheetCell numberCell(String raw) {
            double number;
            try {
                number = Double.parseDouble(raw.trim());
            } catch (NumberFormatException e) {
                return new SheetCell(SheetCell.Kind.ERROR, raw, null, raw.length());
            }
            if (isDateStyle() && DateUtil.isValidExcelDate(number)) {
                return SheetCell.date(DateUtil.getLocalDateTime(number).toLocalDate());
            }
            String text = new BigDecimal(raw.trim()).stripTrailingZeros().toPlainString();
            return new SheetCell(SheetCell.Kind.NUMBER, text, null, text.length());
        }

        private boolean isDateStyle() {
            if (styles == null || style < 0 || style >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        }

        private void endRow() {
            if (!rowHasValue) {
                return;
            }
            if (!headerSeen) {
                headerSeen = isHeader();
                if (!headerSeen) {
                    throw new BusinessException("import.file.header");
                }
                return;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new TooManyRows();
            }
            rows.add(new SheetRow(rowNumber, Arrays.asList(cells)));
        }

        private boolean isHeader() {
            for (MemberSheet column : MemberSheet.values()) {
                SheetCell cell = cells[column.index()];
                if (cell == null || cell.kind() != SheetCell.Kind.TEXT || !column.matchesHeader(cell.text())) {
                    return false;
                }
            }
            return true;
        }
    }
}
