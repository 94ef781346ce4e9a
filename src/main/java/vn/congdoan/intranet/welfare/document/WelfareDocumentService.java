package vn.congdoan.intranet.welfare.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.congdoan.intranet.reporting.AttachmentType;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.welfare.WelfareCase;
import vn.congdoan.intranet.welfare.WelfareRules;
import vn.congdoan.intranet.welfare.WelfareService;

/**
 * The supporting documents of a welfare case. They often are what the description only summarises (a medical
 * certificate, a death notice), so they follow its privacy rule ({@link WelfareRules#mayReadDescription}): whoever
 * may not read the description gets neither the list nor a file, even by id. The case's own officers add and remove
 * them while it is a draft. The type is read from the content ({@link AttachmentType}), never from the name.
 */
@ApplicationScoped
@Transactional
public class WelfareDocumentService {

    /** Documents per case. */
    public static final int MAX_PER_CASE = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WelfareService welfare;

    protected WelfareDocumentService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public WelfareDocumentService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.welfare = new WelfareService(em, clock);
    }

    /** A document and its bytes, for a download. */
    public record Download(String fileName, String contentType, byte[] data) {
    }

    /** Adds a document to a draft of the viewer's own union; refuses a wrong type, a file too large, one too many. */
    public WelfareDocument upload(Viewer viewer, long caseId, String fileName, byte[] data) {
        WelfareCase welfareCase = editable(viewer, caseId);
        long count = em.createQuery("SELECT COUNT(d) FROM WelfareDocument d WHERE d.welfareCase = :c", Long.class)
                .setParameter("c", welfareCase).getSingleResult();
        if (count >= MAX_PER_CASE) {
            throw BusinessException.onField("attachment", "welfare.document.tooMany", MAX_PER_CASE);
        }
        AttachmentType type = AttachmentType.check(fileName, data);
        WelfareDocument document = new WelfareDocument(welfareCase, type.storedName(fileName), type.contentType(),
                data.length, viewer.username(), clock.instant());
        em.persist(document);
        em.flush();
        em.persist(new WelfareDocumentContent(document.getId(), data));
        return document;
    }

    /** The case's documents, oldest first, without their bytes; only for those who may read its description. */
    public List<WelfareDocument> list(Viewer viewer, long caseId) {
        WelfareCase welfareCase = privateCase(viewer, caseId);
        return em.createQuery("SELECT d FROM WelfareDocument d WHERE d.welfareCase = :c"
                + " ORDER BY d.uploadedAt, d.id", WelfareDocument.class).setParameter("c", welfareCase).getResultList();
    }

    /** Removes a document from a draft of the viewer's own union; returns its name. */
    public String delete(Viewer viewer, long documentId) {
        WelfareDocument document = find(documentId);
        editable(viewer, document.getWelfareCase().getId());
        WelfareDocumentContent content = em.find(WelfareDocumentContent.class, documentId);
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        em.remove(document);
        return document.getFileName();
    }

    /** A document of a case whose description the viewer may read. */
    public Download download(Viewer viewer, long documentId) {
        WelfareDocument document = find(documentId);
        privateCase(viewer, document.getWelfareCase().getId());
        WelfareDocumentContent content = em.find(WelfareDocumentContent.class, documentId);
        if (content == null) {
            throw new NotFoundException("welfare document content " + documentId);
        }
        return new Download(document.getFileName(), document.getContentType(), content.getData());
    }

    /** The case when the viewer may read its private part (scope checked by the welfare service first). */
    private WelfareCase privateCase(Viewer viewer, long caseId) {
        WelfareCase welfareCase = welfare.getCase(viewer, caseId).getCase();
        if (!WelfareRules.mayReadDescription(viewer, welfareCase)) {
            throw new AccessDeniedException(viewer.username() + " may not read the documents of case " + caseId);
        }
        return welfareCase;
    }

    private WelfareCase editable(Viewer viewer, long caseId) {
        WelfareCase welfareCase = welfare.getCase(viewer, caseId).getCase();
        if (!WelfareRules.isOwnOfficer(viewer, welfareCase)) {
            throw new AccessDeniedException(viewer.username() + " may not change the documents of case " + caseId);
        }
        if (!WelfareRules.mayEdit(viewer, welfareCase)) {
            throw BusinessException.onField("attachment", "welfare.notEditable");
        }
        return welfareCase;
    }

    private WelfareDocument find(long id) {
        WelfareDocument document = em.find(WelfareDocument.class, id);
        if (document == null) {
            throw new NotFoundException("welfare document " + id);
        }
        return document;
    }
}
