package vn.congdoan.intranet.membership.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congdoan.intranet.membership.Gender;

/** The row rules on files built with POI: every error of every row is reported, in the right column. */
class MemberImportValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate BORN = LocalDate.of(1985, 3, 2);
    private static final LocalDate JOINED = LocalDate.of(2008, 9, 5);

    @TempDir
    Path dir;

    private final MemberRowValidator validator = new MemberRowValidator(TODAY);

    @Test
    void aValidRowKeepsItsValues() {
        List<ImportRow> rows = validate(TestSheets.withHeader()
                .row("  Nguyễn   Văn An ", "nam", BORN, "Giáo viên", "5/9/2008", "4800 0000 0123"));

        ImportRow row = rows.get(0);
        assertTrue(row.isValid(), row.toString());
        assertEquals("Nguyễn Văn An", row.getFullName());
        assertEquals(Gender.MALE, row.getGender());
        assertEquals(BORN, row.getDateOfBirth());
        assertEquals("Giáo viên", row.getJobTitle());
        assertEquals(JOINED, row.getJoinedOn());
        assertEquals("480000000123", row.getCardNumber());
    }

    @Test
    void aNameTypedWithCombiningMarksIsTheSameNameComposed() {
        String decomposed = java.text.Normalizer.normalize("Trần Thị Ánh", java.text.Normalizer.Form.NFD);
        ImportRow row = validate(TestSheets.withHeader().row(decomposed, "Nữ", BORN, null, JOINED, null)).get(0);

        assertTrue(row.isValid(), row.toString());
        assertEquals("Trần Thị Ánh", row.getFullName());
        assertNull(row.getCardNumber(), "an empty card cell lets the system issue one");
    }

    @Test
    void aFileFullOfBadRowsReportsEveryError() {
        List<ImportRow> rows = validate(TestSheets.withHeader()
                /* 2 */.row(null, "Nam", BORN, null, JOINED, null)
                /* 3 */.row("Lê Văn Bình", "Trai", "31/02/1990", null, "hôm qua", "12345")
                /* 4 */.row("Phạm Thị Cúc", "Nữ", LocalDate.of(2030, 1, 1), null, LocalDate.of(2027, 1, 1), null)
                /* 5 */.row("Đỗ Văn Dũng", "Nam", LocalDate.of(1900, 1, 1), null, JOINED, "480000000111")
                /* 6 */.row("Võ Thị Em", "Nữ", BORN, null, LocalDate.of(1995, 1, 1), "480000000111")
                /* 7 */.row(new TestSheets.Formula("1+1"), "Nam", BORN, new TestSheets.Formula(
                        "HYPERLINK(\"http://evil.example\",\"x\")"), JOINED, null)
                /* 8 */.row("Hoàng Văn " + "G".repeat(10_000), "Nam", BORN, "x".repeat(10_000), JOINED, null)
                /* 9 */.row("Ngô Thị Hà", null, null, null, null, 480000000222L)
                /* 10 */.row("=cmd|' /C calc'!A0", "Nữ", BORN, null, JOINED, 12345678L)
                /* 11 */.row("Bùi Văn Khánh", "Nam", LocalDate.of(2015, 1, 1), null, JOINED, null)
                /* 12 */.row("bùi văn khánh", "Nam", BORN, null, JOINED, null)
                /* 13 */.row("Bùi Văn Khánh", "Nam", BORN, null, JOINED, null));

        assertErrors(rows, 2, "FULL_NAME:import.required");
        assertErrors(rows, 3, "GENDER:import.gender.invalid", "DATE_OF_BIRTH:import.date.invalid",
                "JOINED_ON:import.date.invalid", "CARD_NUMBER:import.card.format");
        assertErrors(rows, 4, "DATE_OF_BIRTH:import.date.future", "JOINED_ON:import.date.future");
        assertErrors(rows, 5, "DATE_OF_BIRTH:import.birth.tooOld", "CARD_NUMBER:import.card.duplicateInFile");
        assertErrors(rows, 6, "JOINED_ON:import.joined.tooYoung", "CARD_NUMBER:import.card.duplicateInFile");
        assertErrors(rows, 7, "FULL_NAME:import.cell.formula", "JOB_TITLE:import.cell.formula");
        assertErrors(rows, 8, "FULL_NAME:import.cell.tooLong", "JOB_TITLE:import.cell.tooLong");
        assertErrors(rows, 9, "GENDER:import.required", "DATE_OF_BIRTH:import.required",
                "JOINED_ON:import.required");
        assertErrors(rows, 10, "FULL_NAME:import.name.invalid", "CARD_NUMBER:import.card.lostZeros");
        assertErrors(rows, 11, "DATE_OF_BIRTH:import.birth.tooYoung");
        assertErrors(rows, 12, "-:import.person.duplicateInFile");
        assertErrors(rows, 13, "-:import.person.duplicateInFile");
        assertEquals(0, rows.stream().filter(ImportRow::isValid).count(), "no row of this file may be saved");
    }

    @Test
    void messagesNameTheColumnTheOtherRowAndTheValueInVietnamese() {
        List<ImportRow> rows = validate(TestSheets.withHeader()
                .row("Võ Thị Em", "Nữ", BORN, "x".repeat(10_000), JOINED, "480000000111")
                .row("Võ Thị Em", "Nữ", BORN, null, "31/02/2010", "480000000111"));
        Locale vi = Locale.forLanguageTag("vi");

        List<String> first = texts(rows.get(0), vi);
        List<String> second = texts(rows.get(1), vi);

        assertTrue(first.contains("Chức vụ: ô dài 10.000 ký tự, tối đa 120."), first.toString());
        assertTrue(first.contains("Số thẻ: trùng số thẻ với dòng 3."), first.toString());
        assertTrue(first.contains("Trùng họ tên và ngày sinh với dòng 3."), first.toString());
        assertTrue(second.contains("Ngày vào công đoàn: „31/02/2010“ không phải ngày hợp lệ theo dạng dd/MM/yyyy."),
                second.toString());
        assertTrue(texts(rows.get(1), Locale.ENGLISH).contains("Card number: the same card number as row 2."),
                texts(rows.get(1), Locale.ENGLISH).toString());
    }

    @Test
    void conflictsWithTheDatabaseAreMarkedOnTheRowsThatHaveThem() {
        List<ImportRow> rows = validate(TestSheets.withHeader()
                .row("Nguyễn Văn An", "Nam", BORN, null, JOINED, "480000000001")
                .row("Trần Thị Bích", "Nữ", BORN, null, JOINED, null)
                .row("Lê Văn Cường", "Nam", BORN, null, JOINED, "480000000002"));

        MemberRowValidator.markConflicts(rows, Set.of("480000000001"),
                Set.of(MemberRowValidator.personKey("tran thi bich", BORN)));

        assertErrors(rows, 2, "CARD_NUMBER:import.card.taken");
        assertErrors(rows, 3, "-:import.person.exists");
        assertTrue(rows.get(2).isValid());
    }

    @Test
    void previewKeepsWhatTheWrongCellsHeld() {
        ImportRow row = validate(TestSheets.withHeader()
                .row("Lê Văn Bình", "Trai", "31/02/1990", new TestSheets.Formula("1+1"), JOINED, "12345")).get(0);

        assertEquals("Trai", row.shown(MemberSheet.GENDER));
        assertEquals("31/02/1990", row.shown(MemberSheet.DATE_OF_BIRTH));
        assertEquals("=1+1", row.shown(MemberSheet.JOB_TITLE));
        assertEquals("05/09/2008", row.shown(MemberSheet.JOINED_ON));
        assertFalse(row.isValid());
    }

    private List<ImportRow> validate(TestSheets sheets) {
        return validator.validate(new MemberSheetParser().parse(sheets.write(dir)));
    }

    private static List<String> texts(ImportRow row, Locale locale) {
        return row.getErrors().stream().map(error -> error.text(locale)).toList();
    }

    private static void assertErrors(List<ImportRow> rows, int rowNumber, String... expected) {
        ImportRow row = rows.stream().filter(r -> r.getRowNumber() == rowNumber).findFirst().orElseThrow();
        Set<String> actual = row.getErrors().stream()
                .map(e -> (e.column() == null ? "-" : e.column().name()) + ":" + e.messageKey())
                .collect(Collectors.toSet());
        assertEquals(Set.of(expected), actual, "errors of row " + rowNumber);
    }
}
