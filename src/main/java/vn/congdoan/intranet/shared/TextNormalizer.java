package vn.congdoan.intranet.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search: "Công Đoàn" and "cong doan" become the same key. The letter đ is not a d with
 * a combining mark, so stripping marks leaves it; it is folded explicitly.
 */
public final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    /** Lower case, no diacritics, đ as d, single spaces, trimmed; null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(withoutMarks(text).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The text without diacritics, đ as d, case and spacing kept: "Báo cáo Đợt 1" gives "Bao cao Dot 1". */
    public static String withoutMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    /**
     * A LIKE pattern that finds the folded text anywhere. LIKE's own wildcards are escaped with {@link #LIKE_ESCAPE};
     * not a backslash, which MySQL would read as a string escape inside the generated SQL.
     */
    public static String containsPattern(String text) {
        String folded = fold(text);
        String escaped = folded.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** The escape character of {@link #containsPattern}: write {@code LIKE :p ESCAPE '!'} in JPQL. */
    public static final char LIKE_ESCAPE = '!';

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The text without surrounding blanks, or null when nothing is left: what an optional text field stores. */
    public static String trimmedOrNull(String text) {
        return isBlank(text) ? null : text.trim();
    }
}
