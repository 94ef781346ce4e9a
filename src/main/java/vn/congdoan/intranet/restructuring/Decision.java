package vn.congdoan.intranet.restructuring;

import java.io.Serializable;
import java.time.LocalDate;

/** The decision behind an operation: the day it takes effect, its reference (số quyết định) and a note. */
public record Decision(LocalDate effectiveOn, String reference, String note) implements Serializable {

    public Decision {
        reference = blankToNull(reference);
        note = blankToNull(note);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
