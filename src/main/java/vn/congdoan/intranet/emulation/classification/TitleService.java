package vn.congdoan.intranet.emulation.classification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitLevel;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * The classification titles as data: the provincial federation (or the administrator) renames them, sets their
 * cut-off points and rank, switches them on and off and adds new ones, because the guidance changes by year.
 * Titles are never deleted: decided classifications keep pointing at them.
 */
@ApplicationScoped
@Transactional
public class TitleService {

    @PersistenceContext
    EntityManager em;

    protected TitleService() {
    }

    public TitleService(EntityManager em) {
        this.em = em;
    }

    /** The administrator, or a leader or officer running emulation at the provincial federation. */
    public boolean mayManage(Viewer viewer) {
        if (viewer.role() == Role.ADMIN) {
            return true;
        }
        if (!viewer.can(Permission.RUN_EMULATION)) {
            return false;
        }
        OrgUnit unit = em.find(OrgUnit.class, viewer.unitId());
        return unit != null && UnitLevel.PROVINCE_FEDERATION.equals(unit.getLevel().getCode());
    }

    /** Every title, active or not, by subject and rank. */
    public List<ClassificationTitle> all() {
        return em.createQuery("SELECT t FROM ClassificationTitle t ORDER BY t.subject DESC, t.rankOrder, t.id",
                ClassificationTitle.class).getResultList();
    }

    /**
     * Saves a title: a new one when {@code id} is null, else the one with the version the page showed. Names are
     * required, the rank at least 1, the cut-off within 0..105 or none.
     */
    public ClassificationTitle save(Viewer viewer, Long id, long expectedVersion, TitleSubject subject, String nameVi,
                                    String nameEn, Integer rankOrder, Integer minPoints, boolean active) {
        if (!mayManage(viewer)) {
            throw new AccessDeniedException(viewer.username() + " may not manage titles");
        }
        if (nameVi == null || nameVi.isBlank() || nameVi.length() > ClassificationTitle.NAME_MAX) {
            throw BusinessException.onField("nameVi", "title.nameRequired", ClassificationTitle.NAME_MAX);
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.length() > ClassificationTitle.NAME_MAX) {
            throw BusinessException.onField("nameEn", "title.nameRequired", ClassificationTitle.NAME_MAX);
        }
        if (rankOrder == null || rankOrder < 1 || rankOrder > 99) {
            throw BusinessException.onField("rankOrder", "title.rankRange");
        }
        if (minPoints != null && (minPoints < 0 || minPoints > ClassificationTitle.MAX_POINTS)) {
            throw BusinessException.onField("minPoints", "classification.pointsRange",
                    ClassificationTitle.MAX_POINTS);
        }
        ClassificationTitle title;
        if (id == null) {
            if (subject == null) {
                throw BusinessException.onField("subject", "title.subjectRequired");
            }
            title = new ClassificationTitle(newCode(subject, nameVi), subject, nameVi.strip(), nameEn.strip(),
                    rankOrder, minPoints);
            em.persist(title);
        } else {
            title = em.find(ClassificationTitle.class, id);
            if (title == null) {
                throw new NotFoundException("no title " + id);
            }
            if (title.getVersion() != expectedVersion) {
                throw new OptimisticLockException("title changed since the page was loaded");
            }
            title.setNameVi(nameVi.strip());
            title.setNameEn(nameEn.strip());
            title.setRankOrder(rankOrder);
            title.setMinPoints(minPoints);
        }
        title.setActive(active);
        em.flush();
        return title;
    }

    /** A stable code from the subject and the name, made unique with a counter. */
    private String newCode(TitleSubject subject, String nameVi) {
        String base = (subject.name() + "_" + TextNormalizer.fold(nameVi).toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")).replaceAll("_+$", "");
        base = base.substring(0, Math.min(base.length(), ClassificationTitle.CODE_MAX - 4));
        String code = base;
        for (int n = 2; em.createQuery("SELECT COUNT(t) FROM ClassificationTitle t WHERE t.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0; n++) {
            code = base + "_" + n;
        }
        return code;
    }
}
