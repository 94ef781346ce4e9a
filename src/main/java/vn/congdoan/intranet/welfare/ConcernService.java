package vn.congdoan.intranet.welfare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;

/**
 * Members' concerns and requests (tâm tư, nguyện vọng, kiến nghị). A member raises one to their union; the union's
 * officers answer it or take it up as a draft welfare case; the member reads the answer. A member sees only their
 * own concerns and their own cases, through their own member record, never anyone else's.
 */
@ApplicationScoped
@Transactional
public class ConcernService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WelfareService welfare;

    protected ConcernService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public ConcernService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.welfare = new WelfareService(em, clock);
    }

    // ----- the member -----

    public MemberConcern raise(Viewer viewer, String subject, String body) {
        Member member = ownMember(viewer);
        String cleanSubject = required("subject", subject, MemberConcern.SUBJECT_MAX);
        String cleanBody = required("body", body, MemberConcern.BODY_MAX);
        MemberConcern concern = new MemberConcern(member, member.getUnit(), cleanSubject, cleanBody,
                clock.instant());
        em.persist(concern);
        em.flush();
        return concern;
    }

    /** The member's own concerns, newest first. */
    public List<MemberConcern> myConcerns(Viewer viewer) {
        Member member = ownMember(viewer);
        return em.createQuery("SELECT c FROM MemberConcern c WHERE c.member = :member"
                        + " ORDER BY c.createdAt DESC, c.id DESC", MemberConcern.class)
                .setParameter("member", member).getResultList();
    }

    /** The member's own cases once their union has submitted them: what was asked, given and decided. */
    public List<WelfareCaseView> myCases(Viewer viewer) {
        Member member = ownMember(viewer);
        return em.createQuery("SELECT c FROM WelfareCase c WHERE c.member = :member AND c.status <> :draft"
                        + " ORDER BY c.occurredOn DESC, c.id DESC", WelfareCase.class)
                .setParameter("member", member).setParameter("draft", WelfareStatus.DRAFT)
                .getResultStream().map(c -> new WelfareCaseView(c, true)).toList();
    }

    // ----- the member's union -----

    /** A concern its member or its union's officers may read. */
    public MemberConcern getConcern(Viewer viewer, long id) {
        MemberConcern concern = em.find(MemberConcern.class, id);
        if (concern == null) {
            throw new NotFoundException("no concern " + id);
        }
        boolean own = viewer.memberId() != null && viewer.can(Permission.RAISE_CONCERNS)
                && viewer.memberId().equals(concern.getMember().getId());
        if (!own && !WelfareRules.isOfficerOf(viewer, concern.getUnit())) {
            throw new AccessDeniedException(viewer.username() + " may not read concern " + id);
        }
        return concern;
    }

    /**
     * A page of the concerns raised to the viewer's own union, open ones first, newest first; the page's "status"
     * filter (a {@link ConcernStatus}) narrows it.
     */
    public List<MemberConcern> unionConcerns(Viewer viewer, PageQuery page) {
        viewer.require(Permission.MANAGE_WELFARE);
        ConcernStatus status = page.value("status", ConcernStatus.class);
        TypedQuery<MemberConcern> query = em.createQuery("SELECT c FROM MemberConcern c JOIN FETCH c.member"
                + " WHERE c.unit.id = :unit" + (status == null ? "" : " AND c.status = :status")
                // open ones first: status names do not sort that way
                + " ORDER BY CASE WHEN c.answeredAt IS NULL THEN 0 ELSE 1 END, c.createdAt DESC, c.id DESC",
                MemberConcern.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setParameter("unit", viewer.unitId()).setFirstResult(page.first())
                .setMaxResults(page.pageSize()).getResultList();
    }

    /** How many concerns were raised to the viewer's own union, in one status or (null) in all. */
    public long countUnionConcerns(Viewer viewer, ConcernStatus status) {
        viewer.require(Permission.MANAGE_WELFARE);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM MemberConcern c WHERE c.unit.id = :unit"
                + (status == null ? "" : " AND c.status = :status"), Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setParameter("unit", viewer.unitId()).getSingleResult();
    }

    public MemberConcern answer(Viewer viewer, long id, long expectedVersion, String answer) {
        MemberConcern concern = forOfficer(viewer, id, expectedVersion);
        String text = required("answer", answer, MemberConcern.ANSWER_MAX);
        concern.answer(text, viewer.username(), clock.instant());
        em.flush();
        return concern;
    }

    /** Takes the concern up as a draft case for its member; the optional answer tells the member so. */
    public WelfareCase turnIntoCase(Viewer viewer, long id, long expectedVersion, WelfareCaseForm form,
                                    String answer) {
        MemberConcern concern = forOfficer(viewer, id, expectedVersion);
        String text = WelfareService.trimmed(answer);
        if (text != null && text.length() > MemberConcern.ANSWER_MAX) {
            throw BusinessException.onField("answer", "welfare.concern.answer.tooLong", MemberConcern.ANSWER_MAX);
        }
        form.setMemberId(concern.getMember().getId());
        WelfareCase taken = welfare.open(viewer, form);
        concern.turnInto(taken, text, viewer.username(), clock.instant());
        em.flush();
        return taken;
    }

    private MemberConcern forOfficer(Viewer viewer, long id, long expectedVersion) {
        viewer.require(Permission.MANAGE_WELFARE);
        MemberConcern concern = getConcern(viewer, id);
        if (!WelfareRules.isOfficerOf(viewer, concern.getUnit())) {
            throw new AccessDeniedException(viewer.username() + " may not handle concern " + id);
        }
        if (concern.getVersion() != expectedVersion) {
            throw new BusinessException("welfare.changedByOther");
        }
        if (concern.getStatus() != ConcernStatus.OPEN) {
            throw new BusinessException("welfare.concern.alreadyHandled");
        }
        return concern;
    }

    private Member ownMember(Viewer viewer) {
        viewer.require(Permission.RAISE_CONCERNS);
        if (viewer.memberId() == null) {
            throw new AccessDeniedException(viewer.username() + " has no member record");
        }
        Member member = em.find(Member.class, viewer.memberId());
        if (member == null) {
            throw new NotFoundException("no member " + viewer.memberId());
        }
        return member;
    }

    private static String required(String field, String text, int max) {
        String trimmed = WelfareService.trimmed(text);
        if (trimmed == null) {
            throw BusinessException.onField(field, "welfare.concern." + field + ".required");
        }
        if (trimmed.length() > max) {
            throw BusinessException.onField(field, "welfare.concern." + field + ".tooLong", max);
        }
        return trimmed;
    }
}
