package vn.congdoan.intranet.membership.importing;

import java.util.List;

/** A non-empty row of the list sheet: its number as Excel shows it and its cells by {@link MemberSheet} column. */
public record SheetRow(int number, List<SheetCell> cells) {

    /** The cell of a column; an absent cell is blank text. */
    public SheetCell cell(MemberSheet column) {
        SheetCell cell = column.index() < cells.size() ? cells.get(column.index()) : null;
        return cell == null ? SheetCell.text("") : cell;
    }
}
