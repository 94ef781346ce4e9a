package vn.congdoan.intranet.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.JpqlFilter;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;

/**
 * Member records, read within the caller's scope: an officer sees the members of units in their subtree, a member
 * sees only their own record. Lists are paged, sorted and filtered in the database.
 */
@ApplicationScoped
@Transactional
public class MemberService {

    /** Sortable columns, as the table names them, mapped to what the database orders by. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "fullName", "m.searchName",
            "gender", "m.gender",
            "jobTitle", "m.jobTitle",
            "joinedOn", "m.joinedOn",
            "dateOfBirth", "m.dateOfBirth",
            "cardNumber", "m.cardNumber",
            "status", "m.status");

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    /** A page of one unit's members; the unit must be within the viewer's scope. */
    public List<Member> findMembers(Viewer viewer, long unitId, PageQuery query) {
        return membersQuery(viewer, unitId, query).setFirstResult(query.first()).setMaxResults(query.pageSize())
                .getResultList();
    }

    /**
     * Every member of the unit that matches the query's filters, in its order, ignoring its paging: for exports.
     * One query, where pages of a 10,000-member union would make the database skip and sort the same rows fifty
     * times. The list holds the whole unit in memory: a few MB for the biggest unions, of 10,000 members. (Not
     * EclipseLink's read-only hint: it reads on a connection of its own, which misses the transaction's writes.)
     */
    public List<Member> findAllMembers(Viewer viewer, long unitId, PageQuery query) {
        return membersQuery(viewer, unitId, query).getResultList();
    }

    private TypedQuery<Member> membersQuery(Viewer viewer, long unitId, PageQuery query) {
        JpqlFilter filter = memberFilter(viewer, unitId, query);
        String order = SORT_COLUMNS.get(query.sortFieldOr("fullName", SORT_COLUMNS.keySet()));
        return filter.bind(em.createQuery("SELECT m FROM Member m" + filter.where()
                + " ORDER BY " + order + (query.ascending() ? " ASC" : " DESC") + ", m.id", Member.class));
    }

    public int countMembers(Viewer viewer, long unitId, PageQuery query) {
        JpqlFilter filter = memberFilter(viewer, unitId, query);
        return filter.bind(em.createQuery("SELECT COUNT(m) FROM Member m" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    private JpqlFilter memberFilter(Viewer viewer, long unitId, PageQuery query) {
        viewer.require(Permission.VIEW_MEMBERS);
        OrgUnit unit = units.getUnit(viewer, unitId);
        return new JpqlFilter()
                .require("m.unit.id = :unitId", "unitId", unit.getId())
                .contains("m.searchName", "name", query.text("search"))
                .optional("m.gender = :gender", "gender", query.value("gender", Gender.class))
                .optional("m.jobTitle = :jobTitle", "jobTitle", query.text("jobTitle"))
                .optional("m.status = :status", "status", query.value("status", MemberStatus.class))
                .optional("m.joinedOn >= :joinedFrom", "joinedFrom", query.value("joinedOnFrom", LocalDate.class))
                .optional("m.joinedOn <= :joinedTo", "joinedTo", query.value("joinedOnTo", LocalDate.class));
    }

    /** The job titles used in a unit, to offer as a filter. */
    public List<String> jobTitles(Viewer viewer, long unitId) {
        viewer.require(Permission.VIEW_MEMBERS);
        units.getUnit(viewer, unitId);
        return em.createNamedQuery("Member.jobTitles", String.class).setParameter("unitId", unitId).getResultList();
    }

    /** One member's record: an officer's for members in scope, anyone's own. */
    public Member getMember(Viewer viewer, long id) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException("member " + id);
        }
        boolean own = viewer.memberId() != null && viewer.memberId() == id;
        boolean inScope = viewer.can(Permission.VIEW_MEMBERS) && viewer.scope().covers(member.getUnit());
        if (!own && !inScope) {
            throw new AccessDeniedException(viewer.username() + " may not see member " + id);
        }
        return member;
    }

    /** The viewer's own member record, when their account is linked to one. */
    public Optional<Member> ownRecord(Viewer viewer) {
        return Optional.ofNullable(viewer.memberId()).map(id -> getMember(viewer, id));
    }

    /** Members of a unit in scope whose name matches, for pickers (linking an account to a member). */
    public List<Member> searchMembers(Viewer viewer, long unitId, String text, int max) {
        return findMembers(viewer, unitId, new PageQuery(0, max, "fullName", true,
                text == null ? Map.of() : Map.of("search", text)));
    }
}
