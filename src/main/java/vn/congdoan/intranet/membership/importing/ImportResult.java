package vn.congdoan.intranet.membership.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What a confirmed import did: how many members it saved, how many rows it skipped, and the rows that were valid at
 * the preview but had become duplicates by the time of the confirmation (another import or admission meanwhile).
 */
public record ImportResult(int saved, int skipped, List<ImportRow> rejectedAtConfirm) implements Serializable {
}
