package vn.congdoan.intranet.emulation.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.export.ExportFile;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * The lists of awards, counted and paged in the database: the nominations waiting at the viewer's unit, the viewer's
 * unit's own nominations, the register (search by recipient name without diacritics, year, type, status, branch)
 * with its Excel export, a member's own granted awards, and the recipient pickers of the nomination form. Every list
 * holds only what {@link AwardRules#mayRead} allows: what the unit nominated, what waits at it or it issued, and
 * the awards of recipients within its subtree.
 */
@ApplicationScoped
@Transactional
public class AwardRegisterService {

    /** How many names a picker suggests at once. */
    public static final int SUGGESTIONS = 15;
    /** The most rows one export writes. */
    public static final int EXPORT_MAX = 5000;

    private static final Map<String, String> SORT = Map.of(
            "recipientName", "a.searchName",
            "schoolYear", "a.schoolYear",
            "type", "t.rankOrder",
            "status", "a.status",
            "decisionDate", "a.decisionDate",
            "createdAt", "a.createdAt");

    /** Which list a query is for. */
    public enum Listing {
        /** Pending nominations waiting at the viewer's unit. */
        WAITING,
        /** What the viewer's unit nominated (or granted itself). */
        OWN,
        /** Everything the viewer may read, filtered. */
        REGISTER
    }

    @PersistenceContext
    EntityManager em;

    protected AwardRegisterService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public AwardRegisterService(EntityManager em) {
        this.em = em;
    }

    /**
     * A page of a listing. Filters: {@code search} (part of the recipient's name, diacritics or not), {@code year},
     * {@code typeId}, {@code status} and {@code unitId} (a branch within the viewer's scope: recipients under it).
     */
    public List<Award> find(Viewer viewer, Listing listing, PageQuery page) {
        String order = SORT.get(page.sortFieldOr(listing == Listing.REGISTER ? "decisionDate" : "createdAt",
                SORT.keySet()));
        // the table shows whether each award is individual, which reads the recipient member: fetched here, not
        // once per row
        TypedQuery<Award> query = em.createQuery("SELECT a FROM Award a JOIN FETCH a.type t"
                + " JOIN FETCH a.nominatingUnit LEFT JOIN FETCH a.recipientMember"
                + " LEFT JOIN a.currentUnit cu LEFT JOIN a.issuerUnit iu"
                + where(viewer, listing, page) + " ORDER BY " + order + (page.ascending() ? " ASC" : " DESC")
                + ", a.id DESC", Award.class);
        bind(query, viewer, listing, page);
        return query.setFirstResult(page.first()).setMaxResults(page.pageSize()).getResultList();
    }

    public long count(Viewer viewer, Listing listing, PageQuery page) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM Award a JOIN a.type t"
                + " LEFT JOIN a.currentUnit cu LEFT JOIN a.issuerUnit iu" + where(viewer, listing, page), Long.class);
        bind(query, viewer, listing, page);
        return query.getSingleResult();
    }

    /** The register as filtered on the page, as an Excel workbook (at most {@value #EXPORT_MAX} rows). */
    public ExportFile registerWorkbook(Viewer viewer, PageQuery filters, Locale locale) {
        PageQuery all = new PageQuery(0, PageQuery.MAX_PAGE_SIZE, filters.sortField(), filters.ascending(),
                filters.filters());
        List<Award> rows = new java.util.ArrayList<>();
        for (int first = 0; first < EXPORT_MAX; first += PageQuery.MAX_PAGE_SIZE) {
            List<Award> page = find(viewer, Listing.REGISTER, new PageQuery(first, all.pageSize(), all.sortField(),
                    all.ascending(), all.filters()));
            rows.addAll(page);
            if (page.size() < all.pageSize()) {
                break;
            }
        }
        return new ExportFile("so-khen-thuong.xlsx", ExportFile.XLSX, AwardRegisterXlsx.write(rows, locale));
    }

    /** The member's own granted awards, newest year first; nothing of anyone else. */
    public List<Award> mine(Viewer viewer) {
        if (viewer.memberId() == null) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Award a JOIN FETCH a.type JOIN FETCH a.issuerUnit"
                        + " WHERE a.recipientMember.id = :member AND a.status = :granted"
                        + " ORDER BY a.schoolYear DESC, a.decisionDate DESC, a.id DESC", Award.class)
                .setParameter("member", viewer.memberId()).setParameter("granted", AwardStatus.GRANTED)
                .getResultList();
    }

    // ----- pickers -----

    /** Active members of the unions within the viewer's scope whose name contains the text, diacritics or not. */
    public List<Member> searchMembers(Viewer viewer, String text) {
        requireOfficer(viewer);
        return em.createQuery("SELECT m FROM Member m JOIN FETCH m.unit WHERE m.unit.path LIKE :scope"
                        + " AND m.status = :active AND m.searchName LIKE :name ESCAPE '"
                        + TextNormalizer.LIKE_ESCAPE + "' ORDER BY m.searchName, m.id", Member.class)
                .setParameter("scope", viewer.scope().likePattern()).setParameter("active", MemberStatus.ACTIVE)
                .setParameter("name", pattern(text)).setMaxResults(SUGGESTIONS).getResultList();
    }

    /** Active units within the viewer's scope (their own first) whose name or code contains the text. */
    public List<OrgUnit> searchUnits(Viewer viewer, String text) {
        requireOfficer(viewer);
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.path LIKE :scope AND u.active = TRUE"
                        + " AND u.searchName LIKE :name ESCAPE '" + TextNormalizer.LIKE_ESCAPE + "'"
                        + " ORDER BY u.depth, u.name, u.id", OrgUnit.class)
                .setParameter("scope", viewer.scope().likePattern()).setParameter("name", pattern(text))
                .setMaxResults(SUGGESTIONS).getResultList();
    }

    /** A unit within the viewer's scope, for the register's branch filter. */
    public OrgUnit branch(Viewer viewer, long id) {
        requireOfficer(viewer);
        OrgUnit unit = em.find(OrgUnit.class, id);
        if (unit == null) {
            throw new NotFoundException("no unit " + id);
        }
        if (!viewer.scope().covers(unit)) {
            throw new AccessDeniedException(viewer.username() + " may not filter by unit " + id);
        }
        return unit;
    }

    // ----- query building -----

    private static String where(Viewer viewer, Listing listing, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE ");
        switch (listing) {
            case WAITING -> where.append("a.status = :pending AND cu.id = :own");
            case OWN -> where.append("a.nominatingUnit.id = :own");
            // the award's own columns, not the joined units' ids: then MariaDB merges the four indexes (sort_union)
            // instead of reading every award (229,000 on the national dataset, 2 s)
            case REGISTER -> where.append("(a.nominatingUnit.id = :own OR a.currentUnitId = :own"
                    + " OR a.issuerUnitId = :own OR a.recipientPath LIKE :scope)");
        }
        if (page.text("search") != null) {
            where.append(" AND a.searchName LIKE :search ESCAPE '" + TextNormalizer.LIKE_ESCAPE + "'");
        }
        if (page.value("year", Integer.class) != null) {
            where.append(" AND a.schoolYear = :year");
        }
        if (page.value("typeId", Long.class) != null) {
            where.append(" AND t.id = :typeId");
        }
        if (page.value("status", AwardStatus.class) != null) {
            where.append(" AND a.status = :status");
        }
        if (page.value("unitId", Long.class) != null) {
            where.append(" AND a.recipientPath LIKE :branch");
        }
        return where.toString();
    }

    private void bind(TypedQuery<?> query, Viewer viewer, Listing listing, PageQuery page) {
        requireOfficer(viewer);
        query.setParameter("own", viewer.unitId());
        if (listing == Listing.WAITING) {
            query.setParameter("pending", AwardStatus.PENDING);
        }
        if (listing == Listing.REGISTER) {
            query.setParameter("scope", viewer.scope().likePattern());
        }
        String search = page.text("search");
        if (search != null) {
            query.setParameter("search", TextNormalizer.containsPattern(search));
        }
        Integer year = page.value("year", Integer.class);
        if (year != null) {
            query.setParameter("year", year);
        }
        Long typeId = page.value("typeId", Long.class);
        if (typeId != null) {
            query.setParameter("typeId", typeId);
        }
        AwardStatus status = page.value("status", AwardStatus.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        Long unitId = page.value("unitId", Long.class);
        if (unitId != null) {
            query.setParameter("branch", branch(viewer, unitId).getPath() + "%");
        }
    }

    private static String pattern(String text) {
        return TextNormalizer.isBlank(text) ? "%" : TextNormalizer.containsPattern(text);
    }

    private static void requireOfficer(Viewer viewer) {
        if (!AwardRules.isOfficer(viewer)) {
            throw new AccessDeniedException(viewer.username() + " may not list awards");
        }
    }
}
