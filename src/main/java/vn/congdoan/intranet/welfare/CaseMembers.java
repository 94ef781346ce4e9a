package vn.congdoan.intranet.welfare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * The members a welfare case may be opened for: the active members of the officer's own union, never anyone else's,
 * whatever id a request carries. The case form's member picker searches and converts through here.
 */
@ApplicationScoped
@Transactional
public class CaseMembers {

    /** How many names the picker suggests at once. */
    public static final int SUGGESTIONS = 15;

    @PersistenceContext
    EntityManager em;

    protected CaseMembers() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public CaseMembers(EntityManager em) {
        this.em = em;
    }

    /** Active members of the viewer's union whose name contains the text, diacritics or not, by name. */
    public List<Member> search(Viewer viewer, String text) {
        viewer.require(Permission.MANAGE_WELFARE);
        String pattern = TextNormalizer.isBlank(text) ? "%" : TextNormalizer.containsPattern(text);
        return em.createQuery("SELECT m FROM Member m WHERE m.unit.id = :unit AND m.status = :active"
                        + " AND m.searchName LIKE :name ESCAPE '" + TextNormalizer.LIKE_ESCAPE + "'"
                        + " ORDER BY m.searchName, m.id", Member.class)
                .setParameter("unit", viewer.unitId()).setParameter("active", MemberStatus.ACTIVE)
                .setParameter("name", pattern).setMaxResults(SUGGESTIONS).getResultList();
    }

    /** A member of the viewer's own union (active or not: an old case may name someone who has since left). */
    public Member get(Viewer viewer, long id) {
        viewer.require(Permission.MANAGE_WELFARE);
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException("no member " + id);
        }
        if (member.getUnit().getId() != viewer.unitId()) {
            throw new AccessDeniedException(viewer.username() + " may not pick member " + id);
        }
        return member;
    }
}
