package vn.congdoan.intranet.membership.importing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * The rules of one member list, without a database: each row's cells (formulas, Excel errors, over-long cells, names,
 * genders, dates, card numbers), then duplicates inside the file. Conflicts with the database (card numbers already
 * issued, people already in the union) are found by the service in a few queries and marked here with
 * {@link #markConflicts}. Every error of every row is reported, not only the first.
 */
public final class MemberRowValidator {

    /** Youngest age at which one may join the union (the minimum working age of the Labour Code). */
    public static final int MIN_JOIN_AGE = 15;
    /** Oldest plausible age of a member on the list. */
    public static final int MAX_AGE = 100;
    public static final int JOB_TITLE_MAX = 120;
    /** Longest text in a gender, date or card cell before it is called too long rather than wrong. */
    static final int SHORT_CELL_MAX = 40;

    private static final DateTimeFormatter DAY_TEXT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern CARD = Pattern.compile("\\d{12}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final LocalDate today;

    /** Validates against the given day (today in Vietnam in production, a fixed day in tests). */
    public MemberRowValidator(LocalDate today) {
        this.today = today;
    }

    /** Every row checked on its own, then against the other rows of the file. */
    public List<ImportRow> validate(List<SheetRow> sheetRows) {
        List<ImportRow> rows = new ArrayList<>(sheetRows.size());
        for (SheetRow sheetRow : sheetRows) {
            rows.add(validate(sheetRow));
        }
        markDuplicates(rows, ImportRow::getCardNumber, "import.card.duplicateInFile", MemberSheet.CARD_NUMBER);
        markDuplicates(rows, ImportRow::personKey, "import.person.duplicateInFile", null);
        return rows;
    }

    /**
     * Marks rows whose card number is already issued in the system (to anyone, in any union) or whose person (folded
     * name and date of birth) is already an active member of the union.
     */
    public static void markConflicts(Collection<ImportRow> rows, Set<String> takenCards, Set<String> existingPersons) {
        for (ImportRow row : rows) {
            if (row.getCardNumber() != null && takenCards.contains(row.getCardNumber())) {
                row.error(MemberSheet.CARD_NUMBER, "import.card.taken", row.getCardNumber());
            }
            String person = row.personKey();
            if (person != null && existingPersons.contains(person)) {
                row.error(null, "import.person.exists");
            }
        }
    }

    /** The key under which two records are taken for the same person. */
    public static String personKey(String fullName, LocalDate dateOfBirth) {
        return TextNormalizer.fold(fullName) + "|" + dateOfBirth;
    }

    static String day(LocalDate date) {
        return Formats.day(date);
    }

    ImportRow validate(SheetRow sheetRow) {
        ImportRow row = new ImportRow(sheetRow.number());
        for (MemberSheet column : MemberSheet.values()) {
            row.show(column, sheetRow.cell(column).shown());
        }
        String name = fullName(row, sheetRow.cell(MemberSheet.FULL_NAME));
        Gender gender = gender(row, sheetRow.cell(MemberSheet.GENDER));
        LocalDate born = date(row, sheetRow.cell(MemberSheet.DATE_OF_BIRTH), MemberSheet.DATE_OF_BIRTH);
        if (born != null && !born.isAfter(today.minusYears(MAX_AGE))) {
            row.error(MemberSheet.DATE_OF_BIRTH, "import.birth.tooOld", day(born), MAX_AGE);
            born = null;
        } else if (born != null && born.isAfter(today.minusYears(MIN_JOIN_AGE))) {
            row.error(MemberSheet.DATE_OF_BIRTH, "import.birth.tooYoung", day(born), MIN_JOIN_AGE);
            born = null;
        }
        String jobTitle = jobTitle(row, sheetRow.cell(MemberSheet.JOB_TITLE));
        LocalDate joined = date(row, sheetRow.cell(MemberSheet.JOINED_ON), MemberSheet.JOINED_ON);
        if (joined != null && born != null && joined.isBefore(born.plusYears(MIN_JOIN_AGE))) {
            row.error(MemberSheet.JOINED_ON, "import.joined.tooYoung", day(born.plusYears(MIN_JOIN_AGE)),
                    MIN_JOIN_AGE);
        }
        String card = cardNumber(row, sheetRow.cell(MemberSheet.CARD_NUMBER));
        row.setValues(name, gender, born, jobTitle, joined, card);
        return row;
    }

    private static String fullName(ImportRow row, SheetCell cell) {
        String text = text(row, cell, MemberSheet.FULL_NAME, Member.NAME_MAX);
        if (text == null) {
            return null;
        }
        if (text.isEmpty()) {
            row.error(MemberSheet.FULL_NAME, "import.required");
            return null;
        }
        if (!NAME.matcher(text).matches()) {
            row.error(MemberSheet.FULL_NAME, "import.name.invalid");
            return null;
        }
        return text;
    }

    private static Gender gender(ImportRow row, SheetCell cell) {
        String text = text(row, cell, MemberSheet.GENDER, SHORT_CELL_MAX);
        if (text == null) {
            return null;
        }
        if (text.isEmpty()) {
            row.error(MemberSheet.GENDER, "import.required");
            return null;
        }
        Gender gender = MemberSheet.parseGender(text);
        if (gender == null) {
            row.error(MemberSheet.GENDER, "import.gender.invalid", text);
        }
        return gender;
    }

    private static String jobTitle(ImportRow row, SheetCell cell) {
        String text = text(row, cell, MemberSheet.JOB_TITLE, JOB_TITLE_MAX);
        return text == null || text.isEmpty() ? null : text;
    }

    private LocalDate date(ImportRow row, SheetCell cell, MemberSheet column) {
        LocalDate date;
        if (cell.kind() == SheetCell.Kind.DATE) {
            date = cell.date();
        } else {
            String text = text(row, cell, column, SHORT_CELL_MAX);
            if (text == null) {
                return null;
            }
            if (text.isEmpty()) {
                row.error(column, "import.required");
                return null;
            }
            if (cell.kind() != SheetCell.Kind.TEXT) {
                row.error(column, "import.date.invalid", text);
                return null;
            }
            try {
                date = LocalDate.parse(text, DAY_TEXT);
            } catch (DateTimeParseException e) {
                row.error(column, "import.date.invalid", text);
                return null;
            }
        }
        if (date.isAfter(today)) {
            row.error(column, "import.date.future", day(date));
            return null;
        }
        return date;
    }

    private static String cardNumber(ImportRow row, SheetCell cell) {
        String text = text(row, cell, MemberSheet.CARD_NUMBER, SHORT_CELL_MAX);
        if (text == null || text.isEmpty()) {
            return null;
        }
        String digits = SPACES.matcher(text).replaceAll("");
        if (!CARD.matcher(digits).matches()) {
            row.error(MemberSheet.CARD_NUMBER, cell.kind() == SheetCell.Kind.NUMBER && digits.length() < 12
                    ? "import.card.lostZeros" : "import.card.format", text);
            return null;
        }
        return digits;
    }

    /**
     * The cell's text, trimmed, in composed Unicode (NFC: names typed with combining marks compare equal to the
     * same names typed precomposed), single-spaced; "" for a blank cell; null after reporting a formula, an Excel
     * error or an over-long cell.
     */
    private static String text(ImportRow row, SheetCell cell, MemberSheet column, int max) {
        switch (cell.kind()) {
            case FORMULA -> {
                row.error(column, "import.cell.formula");
                return null;
            }
            case ERROR -> {
                row.error(column, "import.cell.error", cell.text());
                return null;
            }
            default -> {
                // a value
            }
        }
        if (cell.length() > max) {
            row.error(column, "import.cell.tooLong", cell.length(), max);
            return null;
        }
        String composed = Normalizer.normalize(cell.text(), Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").trim();
    }

    /** Marks every row whose key another row of the file shares, naming the other rows. */
    private static void markDuplicates(List<ImportRow> rows, Function<ImportRow, String> key, String messageKey,
                                       MemberSheet column) {
        Map<String, List<ImportRow>> byKey = rows.stream().filter(row -> key.apply(row) != null)
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        for (List<ImportRow> same : byKey.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (ImportRow row : same) {
                String others = same.stream().filter(other -> other != row)
                        .map(other -> String.valueOf(other.getRowNumber())).collect(Collectors.joining(", "));
                row.error(column, messageKey, others);
            }
        }
    }
}
