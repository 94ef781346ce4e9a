package vn.congdoan.intranet.membership.importing;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import vn.congdoan.intranet.shared.Texts;

/**
 * One reason a row cannot be imported: the column it concerns (null for the whole row), a bundle key and its
 * arguments (texts and numbers only, so the preview stays serializable).
 */
public record RowError(MemberSheet column, String messageKey, Serializable... arguments) implements Serializable {

    /** "Ngày sinh: không phải ngày hợp lệ…" in the given language. */
    public String text(Locale locale) {
        String message = Texts.get(locale, messageKey, (Object[]) arguments);
        return column == null ? message : Texts.get(locale, column.labelKey()) + ": " + message;
    }

    @Override
    public String toString() {
        return (column == null ? "" : column + ": ") + messageKey + Arrays.toString(arguments);
    }
}
