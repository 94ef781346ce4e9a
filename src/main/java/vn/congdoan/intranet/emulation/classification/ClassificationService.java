package vn.congdoan.intranet.emulation.classification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.notification.NotificationService;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.JpqlFilter;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;

/**
 * The yearly classification. A grassroots union's officer proposes the union's title (with its self-assessed points)
 * and its members' titles; a unit above it (RUN_EMULATION) decides them. A decided year cannot be proposed again.
 * Every read and write checks the viewer's subtree here, so an id typed into a request finds nothing outside it.
 * Writes of one row name the version the page showed; a lost race surfaces as an optimistic lock failure.
 */
@ApplicationScoped
@Transactional
public class ClassificationService {

    /** Filter keys of the proposals table. */
    public static final String STATUS = "status";
    public static final String SEARCH = "search";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    protected ClassificationService() {
    }

    /** For code outside the container that owns its transaction (tests, demo data). */
    public ClassificationService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.notifications = new NotificationService(em, clock);
    }

    /** The school year in progress (September to August), as its first calendar year. */
    public int currentSchoolYear() {
        return schoolYearOf(LocalDate.now(clock.withZone(Formats.ZONE)));
    }

    public static int schoolYearOf(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }

    // ----- titles -----

    /** The titles for a subject, best first; only the active ones for a proposal or decision. */
    public List<ClassificationTitle> titles(TitleSubject subject, boolean activeOnly) {
        return em.createQuery("SELECT t FROM ClassificationTitle t WHERE t.subject = :s"
                        + (activeOnly ? " AND t.active = TRUE" : "") + " ORDER BY t.rankOrder, t.id",
                ClassificationTitle.class).setParameter("s", subject).getResultList();
    }

    // ----- the grassroots union -----

    /** The classification of a union in the viewer's subtree (its own or one below), if proposed. */
    public Optional<UnitClassification> findUnitClassification(Viewer viewer, long unitId, int year) {
        OrgUnit unit = unitInScope(viewer, unitId);
        return em.createQuery("SELECT c FROM UnitClassification c WHERE c.unit = :u AND c.schoolYear = :y",
                UnitClassification.class).setParameter("u", unit).setParameter("y", year).getResultStream().findFirst();
    }

    /**
     * Proposes (or, before the decision, changes) the viewer's own union's title. {@code expectedVersion} is the
     * version the page showed, null when it showed no proposal; a proposal made meanwhile is a lost race.
     */
    public UnitClassification proposeUnit(Viewer viewer, int year, Long titleId, Integer points, String note,
                                          Long expectedVersion) {
        viewer.require(Permission.TAKE_PART_EMULATION);
        OrgUnit unit = ownGrassroots(viewer);
        checkYear(year);
        checkNote(note);
        ClassificationTitle title = titleId == null ? null : em.find(ClassificationTitle.class, titleId);
        Instant now = clock.instant();
        Optional<UnitClassification> existing = findUnitClassification(viewer, unit.getId(), year);
        UnitClassification classification;
        if (existing.isPresent()) {
            classification = existing.get();
            checkVersion(classification.getVersion(), expectedVersion);
            classification.repropose(title, points, note, viewer.username(), now);
        } else {
            if (expectedVersion != null) {
                throw new OptimisticLockException("the proposal the page showed is gone");
            }
            classification = new UnitClassification(year, unit, title, points, note, viewer.username(), now);
            em.persist(classification);
        }
        em.flush();
        if (unit.getParent() != null) {
            notifications.notifyUnit(unit.getParent().getId(), Permission.RUN_EMULATION, "CLASSIFICATION_PROPOSED",
                    "notification.classificationProposed", List.of(unit.getDisplayName(), yearLabel(year)),
                    "/emulation/classification.xhtml?year=" + year + "&unit=" + unit.getId(),
                    "classification-" + classification.getId() + "-" + classification.getVersion());
        }
        return classification;
    }

    /** The active members of a union in the viewer's subtree, one page, by name. */
    public List<Member> findMembers(Viewer viewer, long unitId, PageQuery query) {
        OrgUnit unit = unitInScope(viewer, unitId);
        JpqlFilter filter = memberFilter(unit, query);
        String order = query.ascending() ? " ORDER BY m.searchName, m.id" : " ORDER BY m.searchName DESC, m.id DESC";
        return filter.bind(em.createQuery("SELECT m FROM Member m" + filter.where() + order, Member.class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    public int countMembers(Viewer viewer, long unitId, PageQuery query) {
        OrgUnit unit = unitInScope(viewer, unitId);
        JpqlFilter filter = memberFilter(unit, query);
        return filter.bind(em.createQuery("SELECT COUNT(m) FROM Member m" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    private static JpqlFilter memberFilter(OrgUnit unit, PageQuery query) {
        return new JpqlFilter().require("m.unit = :unit", "unit", unit)
                .require("m.status = :active", "active", MemberStatus.ACTIVE)
                .contains("m.searchName", "name", query.text(SEARCH));
    }

    /** The year's classifications of these members (one page of the table), by member id. */
    public Map<Long, MemberClassification> memberClassifications(Viewer viewer, long unitId, int year,
                                                                 Collection<Long> memberIds) {
        unitInScope(viewer, unitId);
        Map<Long, MemberClassification> byMember = new HashMap<>();
        if (memberIds.isEmpty()) {
            return byMember;
        }
        em.createQuery("SELECT c FROM MemberClassification c WHERE c.schoolYear = :y AND c.member.id IN :ids"
                        + " AND c.unit.path LIKE :scope", MemberClassification.class)
                .setParameter("y", year).setParameter("ids", memberIds)
                .setParameter("scope", viewer.scope().likePattern()).getResultList()
                .forEach(c -> byMember.put(c.getMember().getId(), c));
        return byMember;
    }

    /**
     * Proposes the titles of members of the viewer's own union (member id → title id), all in one transaction: one
     * refused member (decided already, not a member of the union) refuses the whole page.
     */
    public int proposeMembers(Viewer viewer, int year, Map<Long, Long> titles) {
        viewer.require(Permission.TAKE_PART_EMULATION);
        OrgUnit unit = ownGrassroots(viewer);
        checkYear(year);
        Map<Long, Long> chosen = new HashMap<>();
        titles.forEach((member, title) -> {
            if (member != null && title != null) {
                chosen.put(member, title);
            }
        });
        if (chosen.isEmpty()) {
            throw BusinessException.onField("memberTitle", "classification.noMemberChosen");
        }
        Map<Long, ClassificationTitle> memberTitles = new HashMap<>();
        titles(TitleSubject.MEMBER, true).forEach(t -> memberTitles.put(t.getId(), t));
        List<Member> members = em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids AND m.unit = :unit"
                        + " AND m.status = :active", Member.class).setParameter("ids", chosen.keySet())
                .setParameter("unit", unit).setParameter("active", MemberStatus.ACTIVE).getResultList();
        if (members.size() != chosen.size()) {
            throw new NotFoundException("a member is not an active member of " + unit.getCode());
        }
        Map<Long, MemberClassification> existing = memberClassifications(viewer, unit.getId(), year, chosen.keySet());
        Instant now = clock.instant();
        for (Member member : members) {
            ClassificationTitle title = memberTitles.get(chosen.get(member.getId()));
            MemberClassification classification = existing.get(member.getId());
            if (classification == null) {
                em.persist(new MemberClassification(year, member, unit, title, viewer.username(), now));
            } else {
                classification.repropose(title, viewer.username(), now);
            }
        }
        em.flush();
        return members.size();
    }

    // ----- the unit above -----

    /** The proposals of the unions below the viewer's unit for a year: a page, filtered by status and name. */
    public List<UnitClassification> findProposals(Viewer viewer, int year, PageQuery query) {
        JpqlFilter filter = proposalFilter(viewer, year, query);
        String sort = query.sortFieldOr("unit", Set.of("unit", "status", "proposedAt"));
        String column = switch (sort) {
            case "status" -> "c.status";
            case "proposedAt" -> "c.proposedAt";
            default -> "c.unit.searchName";
        };
        String order = " ORDER BY " + column + (query.ascending() ? " ASC" : " DESC") + ", c.id";
        return filter.bind(em.createQuery("SELECT c FROM UnitClassification c JOIN FETCH c.unit"
                        + " JOIN FETCH c.proposedTitle" + filter.where() + order, UnitClassification.class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    public int countProposals(Viewer viewer, int year, PageQuery query) {
        JpqlFilter filter = proposalFilter(viewer, year, query);
        return filter.bind(em.createQuery("SELECT COUNT(c) FROM UnitClassification c" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    private JpqlFilter proposalFilter(Viewer viewer, int year, PageQuery query) {
        viewer.require(Permission.RUN_EMULATION);
        return new JpqlFilter().require("c.schoolYear = :year", "year", year)
                .require("c.unit.path LIKE :scope", "scope", viewer.scope().likePattern())
                .require("c.unit.id <> :own", "own", viewer.unitId())
                .optional("c.status = :status", "status", query.value(STATUS, ClassificationStatus.class))
                .contains("c.unit.searchName", "name", query.text(SEARCH));
    }

    /**
     * How many members of each union were classified with each title in a year (the decided title once decided, the
     * proposed one before): union id → title id → count, in one grouped query for a page of unions.
     */
    public Map<Long, Map<Long, Long>> memberTitleCounts(Viewer viewer, int year, Collection<Long> unitIds) {
        Map<Long, Map<Long, Long>> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        // grouped by both titles (portable GROUP BY), the decided one winning when the rows are merged here
        List<Object[]> rows = em.createQuery("SELECT u.id, d.id, p.id, COUNT(c) FROM MemberClassification c"
                        + " JOIN c.unit u JOIN c.proposedTitle p LEFT JOIN c.decidedTitle d WHERE c.schoolYear = :y"
                        + " AND u.id IN :units AND u.path LIKE :scope GROUP BY u.id, d.id, p.id", Object[].class)
                .setParameter("y", year).setParameter("units", unitIds)
                .setParameter("scope", viewer.scope().likePattern()).getResultList();
        for (Object[] row : rows) {
            long title = ((Number) (row[1] != null ? row[1] : row[2])).longValue();
            counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .merge(title, ((Number) row[3]).longValue(), Long::sum);
        }
        return counts;
    }

    /** One proposal of a union below the viewer's unit. */
    public UnitClassification getProposal(Viewer viewer, long id) {
        viewer.require(Permission.RUN_EMULATION);
        UnitClassification classification = em.find(UnitClassification.class, id);
        if (classification == null || !below(viewer, classification.getUnit())) {
            throw new NotFoundException("no classification " + id + " below " + viewer.username());
        }
        return classification;
    }

    /** Recognises a union's title (the proposed one or another) with a note, for the version the page showed. */
    public UnitClassification decideUnit(Viewer viewer, long id, Long titleId, String note, long expectedVersion) {
        UnitClassification classification = getProposal(viewer, id);
        checkVersion(classification.getVersion(), expectedVersion);
        checkNote(note);
        ClassificationTitle title = titleId == null ? null : em.find(ClassificationTitle.class, titleId);
        classification.decide(title, note, viewer.username(), em.find(OrgUnit.class, viewer.unitId()),
                clock.instant());
        em.flush();
        notifications.notifyUnit(classification.getUnit().getId(), Permission.TAKE_PART_EMULATION,
                "CLASSIFICATION_DECIDED", "notification.classificationDecided",
                List.of(yearLabel(classification.getSchoolYear()), title.getNameVi()),
                "/emulation/classification.xhtml?year=" + classification.getSchoolYear(), null);
        return classification;
    }

    /**
     * Recognises every member title a union below the viewer proposed for the year, as proposed, in one statement.
     * Returns how many were decided; the decided ones stay as they were.
     */
    public int decideMembersAsProposed(Viewer viewer, long unitId, int year) {
        viewer.require(Permission.RUN_EMULATION);
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        if (unit == null || !below(viewer, unit)) {
            throw new NotFoundException("no unit " + unitId + " below " + viewer.username());
        }
        // Plain SQL: EclipseLink turns "SET decidedTitle = proposedTitle" into a temporary-table join on MySQL that
        // pairs every row with every other one. Times are written as InstantConverter writes them.
        int decided = em.createNativeQuery("UPDATE member_classification SET status = 'DECIDED',"
                        + " decided_title_id = proposed_title_id, decided_by = ?1, decided_by_unit_id = ?2,"
                        + " decided_at = ?3, version = version + 1"
                        + " WHERE unit_id = ?4 AND school_year = ?5 AND status = 'PROPOSED'")
                .setParameter(1, viewer.username()).setParameter(2, viewer.unitId())
                .setParameter(3, java.sql.Timestamp.from(clock.instant())).setParameter(4, unit.getId())
                .setParameter(5, year).executeUpdate();
        if (decided == 0) {
            throw new BusinessException("classification.noMembersToDecide");
        }
        em.getEntityManagerFactory().getCache().evict(MemberClassification.class);
        return decided;
    }

    // ----- checks -----

    private OrgUnit ownGrassroots(Viewer viewer) {
        OrgUnit unit = em.find(OrgUnit.class, viewer.unitId());
        if (unit == null || !unit.isGrassroots() || !unit.isActive()) {
            throw new AccessDeniedException(viewer.username() + " is not the officer of an active grassroots union");
        }
        return unit;
    }

    private OrgUnit unitInScope(Viewer viewer, long unitId) {
        if (!viewer.can(Permission.TAKE_PART_EMULATION) && !viewer.can(Permission.RUN_EMULATION)) {
            throw new AccessDeniedException(viewer.username() + " takes no part in classification");
        }
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        if (unit == null || !viewer.scope().covers(unit)) {
            throw new NotFoundException("no unit " + unitId + " in " + viewer.username() + "'s scope");
        }
        return unit;
    }

    /** Strictly below the viewer's unit: nobody decides their own union's title (the administrator decides any). */
    private static boolean below(Viewer viewer, OrgUnit unit) {
        return viewer.scope().covers(unit) && (viewer.scope().isEverything() || unit.getId() != viewer.unitId());
    }

    private void checkYear(int year) {
        if (year > currentSchoolYear()) {
            throw BusinessException.onField("year", "classification.futureYear", yearLabel(year));
        }
    }

    private static void checkNote(String note) {
        if (note != null && note.length() > UnitClassification.NOTE_MAX) {
            throw BusinessException.onField("note", "classification.noteTooLong", UnitClassification.NOTE_MAX);
        }
    }

    private static void checkVersion(long actual, Long expected) {
        if (expected == null || actual != expected) {
            throw new OptimisticLockException("changed since the page was loaded");
        }
    }

    /** "2025–2026". */
    public static String yearLabel(int year) {
        return year + "–" + (year + 1);
    }
}
