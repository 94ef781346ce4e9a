package vn.congdoan.intranet.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.NotFoundException;

/**
 * Photos of articles: an upload is checked and re-encoded by {@link PhotoProcessor} and stored as a
 * {@link NewsImage} of its uploader until the article that shows it is saved. A photo is sent only to someone who
 * may see an article showing it (on the desk or as a reader), or to its uploader while it belongs to no article.
 */
@ApplicationScoped
@Transactional
public class PhotoService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    protected PhotoService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public PhotoService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Stores an uploaded photo, re-encoded; refusals arrive at the field {@code photo}. */
    public NewsImage upload(Viewer viewer, String fileName, byte[] data) {
        viewer.require(Permission.WRITE_NEWS);
        PhotoProcessor.Result photo = PhotoProcessor.process(fileName, data);
        NewsImage image = new NewsImage(photo.contentType(), photo.width(), photo.height(), photo.data(),
                viewer.username(), clock.instant());
        em.persist(image);
        em.flush();
        return image;
    }

    /** A photo to send, with its type; checked against the viewer. */
    public record Served(String contentType, byte[] data) {
    }

    public Served serve(Viewer viewer, long id) {
        NewsImage image = em.find(NewsImage.class, id);
        if (image == null) {
            throw new NotFoundException("image " + id);
        }
        if (!maySee(viewer, image)) {
            throw new AccessDeniedException(viewer.username() + " may not see image " + id);
        }
        return new Served(image.getContentType(), image.getData());
    }

    private boolean maySee(Viewer viewer, NewsImage image) {
        if (viewer.role() == Role.ADMIN) {
            return true;
        }
        if (image.getArticleId() == null) {
            return image.getUploadedBy().equals(viewer.username());
        }
        NewsArticle article = em.find(NewsArticle.class, image.getArticleId());
        return article != null && (DeskRules.mayHandle(viewer, article) || DeskRules.mayRead(viewer, article));
    }
}
