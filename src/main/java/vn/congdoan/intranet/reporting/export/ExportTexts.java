package vn.congdoan.intranet.reporting.export;

import java.text.NumberFormat;
import java.util.Locale;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.TextNormalizer;
import vn.congdoan.intranet.shared.Texts;

/** Labels and number formats shared by the PDF and Excel writers, in the language of the request. */
final class ExportTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Locale locale;

    ExportTexts(Locale locale) {
        this.locale = locale;
    }

    String get(String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    /** Counts as Vietnamese write them whatever the language: 4.015. */
    static String number(long value) {
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(value);
    }

    /** Money in whole đồng: 1.500.000 ₫. */
    static String money(long value) {
        return number(value) + " ₫";
    }

    static String day(java.time.LocalDate day) {
        return Formats.day(day);
    }

    /** A file name without diacritics or spaces, which every browser and mail client keeps intact. */
    static String fileName(String prefix, String title, String extension) {
        String slug = TextNormalizer.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-$", "");
        }
        return prefix + "-" + slug + "." + extension;
    }
}
