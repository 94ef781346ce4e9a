package vn.congdoan.intranet.membership.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.MovementKind;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * A 5,000-row list, half with card numbers and half without, imports completely and correctly, and a second upload
 * of it finds every row a duplicate (the duplicate checks span several IN chunks). Timing is in
 * {@link MemberImportBenchmark}, not here.
 */
class MemberImportBulkPersistenceTest {

    static final int ROWS = 5_000;

    @TempDir
    Path dir;

    @DatabaseTest
    void fiveThousandRowsImportCompletelyAndASecondUploadFindsThemAll(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();
        Path file = bulkFile(dir, ROWS);
        long before = MemberImportServicePersistenceTest.count(em, school);
        Set<String> cardsBefore = MemberImportServicePersistenceTest.cards(em);

        ImportPreview preview = inTransaction(em, () -> MemberImportServicePersistenceTest.service(em)
                .preview(officer, school, file, "bulk.xlsx"));
        assertEquals(ROWS, preview.getValidCount(), () -> preview.getRowsWithErrors().toString());
        ImportResult result = inTransaction(em, () -> MemberImportServicePersistenceTest.service(em)
                .confirm(officer, preview));
        em.clear();

        assertEquals(ROWS, result.saved());
        assertEquals(before + ROWS, MemberImportServicePersistenceTest.count(em, school));
        Set<String> cardsAfter = MemberImportServicePersistenceTest.cards(em);
        assertEquals(cardsBefore.size() + ROWS, cardsAfter.size(), "every member has a distinct card number");
        assertTrue(cardsAfter.containsAll(givenCards(ROWS)), "the file's card numbers are kept");
        assertEquals((long) ROWS, em.createQuery("SELECT COUNT(p) FROM MembershipPeriod p WHERE p.unit.id = :unit"
                        + " AND p.startKind = :kind AND p.validTo IS NULL", Long.class)
                .setParameter("unit", school).setParameter("kind", MovementKind.IMPORT).getSingleResult());

        ImportPreview again = inTransaction(em, () -> MemberImportServicePersistenceTest.service(em)
                .preview(officer, school, file, "bulk.xlsx"));
        assertEquals(0, again.getValidCount());
        assertEquals(ROWS, again.getRows().stream().filter(row -> row.getErrors().stream()
                .anyMatch(error -> error.messageKey().equals("import.person.exists"))).count());
        assertEquals(ROWS / 2, again.getRows().stream().filter(row -> row.getErrors().stream()
                .anyMatch(error -> error.messageKey().equals("import.card.taken"))).count());
    }

    /** A list of distinct people; even rows carry a card number (from 900000000000 up), odd rows leave it empty. */
    static Path bulkFile(Path dir, int rows) {
        TestSheets sheets = TestSheets.withHeader();
        List<String> names = List.of("Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Thị Thu", "Phạm Văn Đức", "Đỗ Thị Yến");
        for (int i = 0; i < rows; i++) {
            Object[] row = TestSheets.validRow(i, i % 2 == 0 ? card(i) : null);
            row[0] = names.get(i % names.size());
            row[1] = i % names.size() % 2 == 0 ? "Nữ" : "Nam";
            sheets.row(row);
        }
        return sheets.write(dir);
    }

    private static Set<String> givenCards(int rows) {
        Set<String> cards = new HashSet<>();
        for (int i = 0; i < rows; i += 2) {
            cards.add(card(i));
        }
        return cards;
    }

    private static String card(int i) {
        return String.valueOf(900_000_000_000L + i);
    }
}
