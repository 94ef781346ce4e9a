package vn.congdoan.intranet.restructuring;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.congdoan.intranet.shared.Texts;

/** One line of a preview or of an applied operation's summary: a bundle key and its arguments. */
public record PlanStep(String key, List<Object> arguments) implements Serializable {

    public String text(Locale locale) {
        return Texts.get(locale, key, arguments.toArray());
    }
}
