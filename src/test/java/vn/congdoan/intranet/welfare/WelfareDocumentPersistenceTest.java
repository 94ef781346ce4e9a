package vn.congdoan.intranet.welfare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;
import static vn.congdoan.intranet.welfare.WelfareFixture.form;
import static vn.congdoan.intranet.welfare.WelfareFixture.refused;
import static vn.congdoan.intranet.welfare.WelfareFixture.version;
import static vn.congdoan.intranet.welfare.WelfareFixture.welfare;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.TestDatabase;
import vn.congdoan.intranet.welfare.document.WelfareDocument;
import vn.congdoan.intranet.welfare.document.WelfareDocumentContent;
import vn.congdoan.intranet.welfare.document.WelfareDocumentService;

/**
 * Supporting documents of welfare cases on the demo province: added to a draft by its union's officers only, typed by
 * their content, ten at most; read, like the description, by the union and the approval route only; another school,
 * the member and the province above the route get nothing, not even by id.
 */
class WelfareDocumentPersistenceTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"
            .getBytes(StandardCharsets.ISO_8859_1);

    @DatabaseTest
    void theUnionAttachesToItsDraftAndTheApprovingWardReadsThemOnceSubmitted(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareDocumentService documents = documents(em);
        Viewer school = demo.viewer("canbo.coso");
        long id = draft(em, demo, 3_000_000);

        WelfareDocument added = inTransaction(em, () -> documents.upload(school, id,
                "C:\\fakepath\\Giấy ra viện <bản chụp>.pdf", PDF));
        assertEquals("Giấy ra viện bản chụp.pdf", added.getFileName());
        assertEquals("application/pdf", added.getContentType());
        refused("attachment", "attachment.typeRefused", () -> inTransaction(em, () -> documents.upload(school, id,
                "don-de-nghi.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("Giấy ra viện bản chụp.pdf"), names(documents.list(school, id)));

        inTransaction(em, () -> welfare(em).submit(school, id, version(em, id)));
        refused("attachment", "welfare.notEditable",
                () -> inTransaction(em, () -> documents.upload(school, id, "them.pdf", PDF)));
        refused("attachment", "welfare.notEditable",
                () -> inTransaction(em, () -> documents.delete(school, added.getId())));

        Viewer ward = demo.viewer("canbo.huyen");
        assertEquals(1, documents.list(ward, id).size());
        assertArrayEquals(PDF, documents.download(ward, added.getId()).data());
        assertThrows(AccessDeniedException.class, () -> documents.upload(ward, id, "x.pdf", PDF),
                "the ward added a document to a school's case");

        Viewer province = demo.viewer("lanhdao.tinh");
        assertThrows(AccessDeniedException.class, () -> documents.list(province, id),
                "the province above the route listed private documents");
        assertThrows(AccessDeniedException.class, () -> documents.download(province, added.getId()));
    }

    @DatabaseTest
    void anotherSchoolAndTheMemberReachNoDocumentById(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareDocumentService documents = documents(em);
        long id = draft(em, demo, 800_000);
        long document = inTransaction(em, () -> documents.upload(demo.viewer("canbo.coso"), id, "giay.pdf", PDF))
                .getId();

        for (Viewer outsider : List.of(demo.viewer("canbo.coso2"), demo.viewer("doanvien"),
                demo.viewer("canbo.huyen"))) {
            assertThrows(AccessDeniedException.class, () -> documents.download(outsider, document),
                    outsider.username() + " downloaded a draft's document");
            assertThrows(AccessDeniedException.class, () -> documents.list(outsider, id));
            assertThrows(AccessDeniedException.class,
                    () -> inTransaction(em, () -> documents.upload(outsider, id, "x.pdf", PDF)));
            assertThrows(AccessDeniedException.class,
                    () -> inTransaction(em, () -> documents.delete(outsider, document)));
        }
        assertThrows(NotFoundException.class, () -> documents.download(demo.viewer("canbo.coso"), -5));
    }

    @DatabaseTest
    void aCaseCarriesTenDocumentsAtMostAndARemovedOneTakesItsBytes(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareDocumentService documents = documents(em);
        Viewer school = demo.viewer("canbo.coso");
        long id = draft(em, demo, 500_000);
        for (int i = 1; i <= WelfareDocumentService.MAX_PER_CASE; i++) {
            int n = i;
            inTransaction(em, () -> documents.upload(school, id, "tep-" + n + ".pdf", PDF));
        }
        refused("attachment", "welfare.document.tooMany",
                () -> inTransaction(em, () -> documents.upload(school, id, "tep-11.pdf", PDF)));

        long first = documents.list(school, id).get(0).getId();
        assertEquals("tep-1.pdf", inTransaction(em, () -> documents.delete(school, first)));
        em.clear();
        assertNull(em.find(WelfareDocumentContent.class, first));
        assertEquals(WelfareDocumentService.MAX_PER_CASE - 1, documents.list(school, id).size());
        inTransaction(em, () -> documents.upload(school, id, "tep-11.pdf", PDF));
    }

    private static long draft(EntityManager em, DemoProvince demo, long amount) {
        return inTransaction(em, () -> welfare(em).open(demo.viewer("canbo.coso"),
                form(demo.firstMemberId(), WelfareKind.HARDSHIP, amount))).getId();
    }

    private static WelfareDocumentService documents(EntityManager em) {
        return new WelfareDocumentService(em, DemoProvince.CLOCK);
    }

    private static List<String> names(List<WelfareDocument> documents) {
        return documents.stream().map(WelfareDocument::getFileName).toList();
    }
}
