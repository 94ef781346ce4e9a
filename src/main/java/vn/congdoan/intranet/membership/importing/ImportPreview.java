package vn.congdoan.intranet.membership.importing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded list after every check, kept (in the page's view state) until the officer confirms or discards it.
 * Nothing is saved while it exists; {@link MemberImportService#confirm} checks the rows again before saving.
 */
public class ImportPreview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long unitId;
    private final String fileName;
    private final ArrayList<ImportRow> rows;

    ImportPreview(long unitId, String fileName, List<ImportRow> rows) {
        this.unitId = unitId;
        this.fileName = fileName;
        this.rows = new ArrayList<>(rows);
    }

    public long getUnitId() {
        return unitId;
    }

    public String getFileName() {
        return fileName;
    }

    public List<ImportRow> getRows() {
        return rows;
    }

    public List<ImportRow> getRowsWithErrors() {
        return rows.stream().filter(row -> !row.isValid()).toList();
    }

    public List<ImportRow> validRows() {
        return rows.stream().filter(ImportRow::isValid).toList();
    }

    public int getTotal() {
        return rows.size();
    }

    /** How many rows the import would save. */
    public int getValidCount() {
        return (int) rows.stream().filter(ImportRow::isValid).count();
    }

    public int getErrorCount() {
        return getTotal() - getValidCount();
    }
}
