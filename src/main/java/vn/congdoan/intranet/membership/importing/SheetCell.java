package vn.congdoan.intranet.membership.importing;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One cell as the parser found it, before any rule: its kind, its text (cut to {@link MemberSheetParser#KEEP_CHARS}
 * characters when the cell is longer, with the full {@code length} kept) and, for a cell formatted as a date, the day.
 * A formula is never evaluated: its text is the formula itself, kept only to show it.
 */
public record SheetCell(Kind kind, String text, LocalDate date, int length) implements Serializable {

    /** What the file holds in the cell. */
    public enum Kind {
        TEXT, NUMBER, DATE, BOOLEAN, FORMULA, ERROR
    }

    public static SheetCell text(String text) {
        return new SheetCell(Kind.TEXT, text, null, text.length());
    }

    public static SheetCell date(LocalDate date) {
        return new SheetCell(Kind.DATE, MemberRowValidator.day(date), date, 10);
    }

    /** The text as shown in the preview, e.g. "=HYPERLINK(...)" for a formula. */
    public String shown() {
        String shown = kind == Kind.FORMULA ? "=" + text : text;
        return length > text.length() ? shown + "…" : shown;
    }

    public boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }
}
