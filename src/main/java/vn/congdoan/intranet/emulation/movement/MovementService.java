package vn.congdoan.intranet.emulation.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.JpqlFilter;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * Emulation movements from launch to result. A unit with {@link Permission#RUN_EMULATION} launches a movement for the
 * units below it and, alone (with the administrator), edits, scores and closes it. A grassroots union's officer
 * ({@link Permission#TAKE_PART_EMULATION}) registers the union and its members before the deadline and self-scores
 * each registration from the start of the period (evidence is gathered all year) until it submits the self-score.
 *
 * <p>Scope: a movement is visible to the units below its launcher and to the units above it; a registration only to
 * the viewer's own subtree (a school sees its own, the launcher all of its branch), whatever id a request carries.
 */
@ApplicationScoped
@Transactional
public class MovementService {

    /** How many names the member picker suggests at once. */
    public static final int SUGGESTIONS = 15;
    private static final Set<String> MOVEMENT_SORTS = Set.of("name", "startsOn", "endsOn", "registerUntil", "status");
    private static final Set<String> ENTRY_SORTS = Set.of("subjectName", "status", "finalPoints", "result");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    protected MovementService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public MovementService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    // ----- launching and editing -----

    /** Launches a movement of the viewer's unit with its criteria in the order given. */
    public Movement launch(Viewer viewer, MovementForm form) {
        viewer.require(Permission.RUN_EMULATION);
        Checked checked = check(form, true);
        OrgUnit unit = unit(viewer.unitId());
        Movement movement = new Movement(unit, viewer.username(), clock.instant());
        checked.describe(movement);
        em.persist(movement);
        writeCriteria(movement, checked.criteria());
        em.flush();
        return movement;
    }

    /**
     * Changes a movement. Before its first registration everything may change, criteria too; after it only the
     * deadline may move later, and any other change is refused with {@code movement.edit.onlyDeadline}.
     */
    public Movement update(Viewer viewer, long id, long expectedVersion, MovementForm form) {
        Movement movement = managed(viewer, id, expectedVersion);
        if (!hasRegistrations(movement)) {
            Checked checked = check(form, false);
            checked.describe(movement);
            em.createQuery("DELETE FROM MovementCriterion c WHERE c.movement = :m").setParameter("m", movement)
                    .executeUpdate();
            writeCriteria(movement, checked.criteria());
            em.lock(movement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return movement;
        }
        if (!sameExceptDeadline(movement, criteria(movement), form)) {
            throw new BusinessException("movement.edit.onlyDeadline");
        }
        LocalDate until = form.getRegisterUntil();
        if (until == null) {
            throw BusinessException.onField("registerUntil", "movement.registerUntil.required");
        }
        if (until.isBefore(movement.getRegisterUntil())) {
            throw BusinessException.onField("registerUntil", "movement.registerUntil.onlyLater",
                    Formats.day(movement.getRegisterUntil()));
        }
        if (until.isAfter(movement.getEndsOn())) {
            throw BusinessException.onField("registerUntil", "movement.registerUntil.afterEnd");
        }
        movement.extendDeadline(until);
        em.flush();
        return movement;
    }

    /** Closes the movement once every submitted self-score has been scored. */
    public Movement close(Viewer viewer, long id, long expectedVersion) {
        Movement movement = managed(viewer, id, expectedVersion);
        long waiting = em.createQuery("SELECT COUNT(e) FROM MovementEntry e WHERE e.movement = :m"
                        + " AND e.status = :waiting", Long.class)
                .setParameter("m", movement).setParameter("waiting", EntryStatus.SELF_SCORED).getSingleResult();
        if (waiting > 0) {
            throw new BusinessException("movement.close.waiting", waiting);
        }
        movement.close();
        em.flush();
        return movement;
    }

    /** The launching unit's officers (and the administrator) edit, score and close a movement. */
    public boolean mayManage(Viewer viewer, Movement movement) {
        return viewer.can(Permission.RUN_EMULATION)
                && (viewer.role() == Role.ADMIN || movement.getUnit().getId() == viewer.unitId());
    }

    public boolean hasRegistrations(Movement movement) {
        return !em.createQuery("SELECT e.id FROM MovementEntry e WHERE e.movement = :m", Long.class)
                .setParameter("m", movement).setMaxResults(1).getResultList().isEmpty();
    }

    // ----- reading movements -----

    /** A movement the viewer may see (launched above, at or below the viewer's unit). */
    public Movement get(Viewer viewer, long id) {
        Movement movement = em.find(Movement.class, id);
        if (movement == null) {
            throw new NotFoundException("no movement " + id);
        }
        if (!visible(viewer, movement)) {
            throw new AccessDeniedException(viewer.username() + " may not see movement " + id);
        }
        return movement;
    }

    public List<MovementCriterion> criteria(Viewer viewer, long id) {
        return criteria(get(viewer, id));
    }

    /** The sum of the criteria's maximum points: what 100 % means for the results. */
    public int maxPoints(Movement movement) {
        return criteria(movement).stream().mapToInt(MovementCriterion::getMaxPoints).sum();
    }

    /** Movements the viewer may see, filtered by "status" (a {@link MovementStatus}) and "search" (folded name). */
    public List<Movement> findMovements(Viewer viewer, PageQuery page) {
        JpqlFilter filter = movementFilter(viewer, page);
        String sort = switch (page.sortFieldOr("startsOn", MOVEMENT_SORTS)) {
            case "name" -> "m.searchName";
            case "endsOn" -> "m.endsOn";
            case "registerUntil" -> "m.registerUntil";
            case "status" -> "m.status";
            default -> "m.startsOn";
        };
        boolean ascending = page.sortField() != null && page.ascending();
        return filter.bind(em.createQuery("SELECT m FROM Movement m JOIN FETCH m.unit" + filter.where()
                        + " ORDER BY " + sort + (ascending ? " ASC" : " DESC") + ", m.id DESC", Movement.class))
                .setFirstResult(page.first()).setMaxResults(page.pageSize()).getResultList();
    }

    public long countMovements(Viewer viewer, PageQuery page) {
        JpqlFilter filter = movementFilter(viewer, page);
        return filter.bind(em.createQuery("SELECT COUNT(m) FROM Movement m" + filter.where(), Long.class))
                .getSingleResult();
    }

    /** How many registrations of the viewer's own union (itself and its members) each of these movements has. */
    public Map<Long, Long> ownEntryCounts(Viewer viewer, Collection<Long> movementIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (movementIds.isEmpty() || !viewer.can(Permission.TAKE_PART_EMULATION)) {
            return counts;
        }
        em.createQuery("SELECT e.movement.id, COUNT(e) FROM MovementEntry e WHERE e.unit.id = :unit"
                        + " AND e.movement.id IN :ids GROUP BY e.movement.id", Object[].class)
                .setParameter("unit", viewer.unitId()).setParameter("ids", movementIds).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    // ----- registration -----

    /**
     * Whether the viewer's union may register for the movement now: a grassroots officer of a union below the
     * launcher, before the deadline of an open movement.
     */
    public boolean mayRegister(Viewer viewer, Movement movement) {
        if (!viewer.can(Permission.TAKE_PART_EMULATION) || !movement.isRegistrationOpen(today())) {
            return false;
        }
        OrgUnit own = em.find(OrgUnit.class, viewer.unitId());
        return own != null && own.isGrassroots() && own.isActive() && !own.equals(movement.getUnit())
                && own.isWithin(movement.getUnit());
    }

    /** Registers the viewer's own union for a movement open to units. */
    public MovementEntry registerUnit(Viewer viewer, long movementId) {
        Movement movement = forRegistration(viewer, movementId);
        if (!movement.allowsUnits()) {
            throw new BusinessException("movement.register.unitsNotAllowed");
        }
        OrgUnit own = unit(viewer.unitId());
        refuseTwice(movement, MovementEntry.unitKey(own.getId()), own.getName());
        MovementEntry entry = MovementEntry.ofUnit(movement, own, viewer.username(), clock.instant());
        em.persist(entry);
        em.flush();
        return entry;
    }

    /** Registers an active member of the viewer's own union; a women-only movement refuses men. */
    public MovementEntry registerMember(Viewer viewer, long movementId, long memberId) {
        Movement movement = forRegistration(viewer, movementId);
        if (!movement.allowsMembers()) {
            throw BusinessException.onField("member", "movement.register.membersNotAllowed");
        }
        Member member = candidate(viewer, memberId);
        if (member.getStatus() != MemberStatus.ACTIVE) {
            throw BusinessException.onField("member", "movement.register.memberNotActive", member.getFullName());
        }
        if (movement.isWomenOnly() && member.getGender() != Gender.FEMALE) {
            throw BusinessException.onField("member", "movement.register.womenOnly", member.getFullName());
        }
        refuseTwice(movement, MovementEntry.memberKey(member.getId()), member.getFullName());
        MovementEntry entry = MovementEntry.ofMember(movement, member, viewer.username(), clock.instant());
        em.persist(entry);
        em.flush();
        return entry;
    }

    /** Active members of the viewer's own union whose name contains the text, diacritics or not. */
    public List<Member> memberCandidates(Viewer viewer, String text) {
        viewer.require(Permission.TAKE_PART_EMULATION);
        String pattern = TextNormalizer.isBlank(text) ? "%" : TextNormalizer.containsPattern(text);
        return em.createQuery("SELECT m FROM Member m WHERE m.unit.id = :unit AND m.status = :active"
                        + " AND m.searchName LIKE :name ESCAPE '" + TextNormalizer.LIKE_ESCAPE + "'"
                        + " ORDER BY m.searchName, m.id", Member.class)
                .setParameter("unit", viewer.unitId()).setParameter("active", MemberStatus.ACTIVE)
                .setParameter("name", pattern).setMaxResults(SUGGESTIONS).getResultList();
    }

    /** A member of the viewer's own union, never anyone else's, whatever id a request carries. */
    public Member candidate(Viewer viewer, long memberId) {
        viewer.require(Permission.TAKE_PART_EMULATION);
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFoundException("no member " + memberId);
        }
        if (member.getUnit().getId() != viewer.unitId()) {
            throw new AccessDeniedException(viewer.username() + " may not register member " + memberId);
        }
        return member;
    }

    // ----- registrations -----

    /**
     * The registrations of a movement within the viewer's subtree (a school: its own; the launcher: all), filtered by
     * "status" (an {@link EntryStatus}), "result" (a {@link MovementResult}) and "search" (folded name).
     */
    public List<MovementEntry> findEntries(Viewer viewer, long movementId, PageQuery page) {
        JpqlFilter filter = entryFilter(viewer, movementId, page);
        String sort = switch (page.sortFieldOr("subjectName", ENTRY_SORTS)) {
            case "status" -> "e.status";
            case "finalPoints" -> "e.finalPoints";
            case "result" -> "e.result";
            default -> "e.searchName";
        };
        boolean ascending = page.sortField() == null || page.ascending();
        // the table asks each row's movement (may it be scored now?) and member (a person or a union?): fetched
        // with the page, not once per row
        return filter.bind(em.createQuery("SELECT e FROM MovementEntry e JOIN FETCH e.unit JOIN FETCH e.movement"
                        + " LEFT JOIN FETCH e.member" + filter.where() + " ORDER BY " + sort + (ascending ? " ASC" : " DESC") + ", e.id", MovementEntry.class))
                .setFirstResult(page.first()).setMaxResults(page.pageSize()).getResultList();
    }

    public long countEntries(Viewer viewer, long movementId, PageQuery page) {
        JpqlFilter filter = entryFilter(viewer, movementId, page);
        return filter.bind(em.createQuery("SELECT COUNT(e) FROM MovementEntry e" + filter.where(), Long.class))
                .getSingleResult();
    }

    /** How many of the registrations the viewer sees reached each result (every result present, zero or not). */
    public Map<MovementResult, Long> resultCounts(Viewer viewer, long movementId) {
        JpqlFilter filter = entryFilter(viewer, movementId, PageQuery.firstPage(1));
        Map<MovementResult, Long> counts = new EnumMap<>(MovementResult.class);
        Arrays.stream(MovementResult.values()).forEach(r -> counts.put(r, 0L));
        filter.bind(em.createQuery("SELECT e.result, COUNT(e) FROM MovementEntry e" + filter.where()
                        + " AND e.result IS NOT NULL GROUP BY e.result", Object[].class)).getResultList()
                .forEach(row -> counts.put((MovementResult) row[0], (Long) row[1]));
        return counts;
    }

    /** A registration within the viewer's subtree, of a movement the viewer sees. */
    public MovementEntry getEntry(Viewer viewer, long entryId) {
        requireEmulationRole(viewer);
        MovementEntry entry = em.find(MovementEntry.class, entryId);
        if (entry == null) {
            throw new NotFoundException("no registration " + entryId);
        }
        if (!viewer.scope().covers(entry.getUnit()) || !visible(viewer, entry.getMovement())) {
            throw new AccessDeniedException(viewer.username() + " may not see registration " + entryId);
        }
        return entry;
    }

    /** The registration's score sheet: each criterion in order with what was self-scored and scored so far. */
    public List<ScoreLine> sheet(Viewer viewer, long entryId) {
        MovementEntry entry = getEntry(viewer, entryId);
        Map<Long, MovementScore> scores = scores(entry);
        List<ScoreLine> lines = new ArrayList<>();
        for (MovementCriterion c : criteria(entry.getMovement())) {
            MovementScore s = scores.get(c.getId());
            lines.add(new ScoreLine(c.getId(), c.getName(), c.getMaxPoints(), s == null ? null : s.getSelfPoints(),
                    s == null ? null : s.getEvidence(), s == null ? null : s.getSuperiorPoints()));
        }
        return lines;
    }

    /** The union's officer fills the self-score from the period's start until it is submitted. */
    public boolean maySelfScore(Viewer viewer, MovementEntry entry) {
        Movement movement = entry.getMovement();
        return viewer.can(Permission.TAKE_PART_EMULATION) && entry.getUnit().getId() == viewer.unitId()
                && entry.isSelfScoring() && movement.isOpen() && !today().isBefore(movement.getStartsOn());
    }

    public boolean mayScore(Viewer viewer, MovementEntry entry) {
        return mayManage(viewer, entry.getMovement()) && entry.isScorable() && entry.getMovement().isOpen();
    }

    /**
     * Saves the self-score of each criterion (whole points 0..max) with its evidence; with {@code submit} every
     * criterion needs points and evidence and the registration goes to the launcher as SELF_SCORED.
     */
    public MovementEntry selfScore(Viewer viewer, long entryId, long expectedVersion, List<ScoreLine> lines,
                                   boolean submit) {
        MovementEntry entry = getEntry(viewer, entryId);
        requireVersion(entry, expectedVersion);
        if (!maySelfScore(viewer, entry)) {
            if (viewer.can(Permission.TAKE_PART_EMULATION) && entry.getUnit().getId() == viewer.unitId()) {
                throw new BusinessException(entry.isSelfScoring() ? "movement.self.notYet" : "movement.self.done");
            }
            throw new AccessDeniedException(viewer.username() + " may not self-score registration " + entryId);
        }
        List<MovementCriterion> criteria = criteria(entry.getMovement());
        Map<Long, ScoreLine> byCriterion = byCriterion(lines);
        Map<Long, MovementScore> scores = scores(entry);
        int total = 0;
        for (int i = 0; i < criteria.size(); i++) {
            MovementCriterion c = criteria.get(i);
            ScoreLine line = byCriterion.get(c.getId());
            Integer points = line == null ? null : line.getSelfPoints();
            String evidence = trimmed(line == null ? null : line.getEvidence());
            checkPoints("scores", points, c, i + 1, submit);
            if (evidence != null && evidence.length() > MovementScore.EVIDENCE_MAX) {
                throw BusinessException.onField("scores", "movement.self.evidenceTooLong", i + 1,
                        MovementScore.EVIDENCE_MAX);
            }
            if (submit && evidence == null) {
                throw BusinessException.onField("scores", "movement.self.evidenceRequired", i + 1);
            }
            scoreOf(entry, c, scores).selfScore(points, evidence);
            total += points == null ? 0 : points;
        }
        if (submit) {
            entry.submitSelfScore(total, clock.instant());
        } else {
            // the scores are rows of their own: a saved draft still makes someone else's open dialog stale
            em.lock(entry, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        em.flush();
        return entry;
    }

    /** The launcher scores each criterion (whole points 0..max); the result follows from the movement's thresholds. */
    public MovementEntry score(Viewer viewer, long entryId, long expectedVersion, List<ScoreLine> lines) {
        MovementEntry entry = getEntry(viewer, entryId);
        requireVersion(entry, expectedVersion);
        if (!mayManage(viewer, entry.getMovement())) {
            throw new AccessDeniedException(viewer.username() + " may not score registration " + entryId);
        }
        if (!mayScore(viewer, entry)) {
            throw new BusinessException("movement.score.notReady");
        }
        Movement movement = entry.getMovement();
        List<MovementCriterion> criteria = criteria(movement);
        Map<Long, ScoreLine> byCriterion = byCriterion(lines);
        Map<Long, MovementScore> scores = scores(entry);
        int total = 0;
        int max = 0;
        for (int i = 0; i < criteria.size(); i++) {
            MovementCriterion c = criteria.get(i);
            ScoreLine line = byCriterion.get(c.getId());
            Integer points = line == null ? null : line.getSuperiorPoints();
            checkPoints("scores", points, c, i + 1, true);
            scoreOf(entry, c, scores).setSuperiorPoints(points);
            total += points;
            max += c.getMaxPoints();
        }
        entry.score(total, movement.thresholds().of(total, max), viewer.username(), unit(viewer.unitId()),
                clock.instant());
        em.flush();
        return entry;
    }

    // ----- helpers -----

    private Movement managed(Viewer viewer, long id, long expectedVersion) {
        viewer.require(Permission.RUN_EMULATION);
        Movement movement = get(viewer, id);
        if (!mayManage(viewer, movement)) {
            throw new AccessDeniedException(viewer.username() + " may not change movement " + id);
        }
        if (movement.getVersion() != expectedVersion) {
            throw new BusinessException("movement.changedByOther");
        }
        if (!movement.isOpen()) {
            throw new BusinessException("movement.closed");
        }
        return movement;
    }

    private Movement forRegistration(Viewer viewer, long movementId) {
        viewer.require(Permission.TAKE_PART_EMULATION);
        Movement movement = get(viewer, movementId);
        if (!movement.isOpen()) {
            throw new BusinessException("movement.closed");
        }
        if (!movement.isRegistrationOpen(today())) {
            throw new BusinessException("movement.register.deadlinePassed", Formats.day(movement.getRegisterUntil()));
        }
        if (!mayRegister(viewer, movement)) {
            throw new AccessDeniedException(viewer.username() + " may not register for movement " + movementId);
        }
        return movement;
    }

    private void refuseTwice(Movement movement, String subjectKey, String name) {
        boolean exists = !em.createQuery("SELECT e.id FROM MovementEntry e WHERE e.movement = :m"
                        + " AND e.subjectKey = :key", Long.class)
                .setParameter("m", movement).setParameter("key", subjectKey).getResultList().isEmpty();
        if (exists) {
            throw BusinessException.onField(subjectKey.startsWith("M") ? "member" : null,
                    "movement.register.already", name);
        }
    }

    private boolean visible(Viewer viewer, Movement movement) {
        return viewer.scope().covers(movement.getUnit()) || ancestorIds(viewer).contains(movement.getUnit().getId());
    }

    /** The viewer's unit and every unit above it, read from its materialised path ("/1/7/23/"). */
    private static List<Long> ancestorIds(Viewer viewer) {
        return Arrays.stream(viewer.unitPath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    private JpqlFilter movementFilter(Viewer viewer, PageQuery page) {
        JpqlFilter filter = new JpqlFilter();
        if (!viewer.scope().isEverything()) {
            // below the viewer (the pattern "/1/7/%") or above it: an ancestor's path starts the pattern
            filter.require("(m.unit.path LIKE :scope OR LOCATE(m.unit.path, :scope) = 1)", "scope",
                    viewer.scope().likePattern());
        }
        filter.optional("m.status = :status", "status", page.value("status", MovementStatus.class));
        filter.contains("m.searchName", "search", page.text("search"));
        return filter;
    }

    private JpqlFilter entryFilter(Viewer viewer, long movementId, PageQuery page) {
        requireEmulationRole(viewer);
        Movement movement = get(viewer, movementId);
        JpqlFilter filter = new JpqlFilter().require("e.movement = :movement", "movement", movement);
        if (!viewer.scope().isEverything()) {
            filter.require("e.unit.path LIKE :scope", "scope", viewer.scope().likePattern());
        }
        filter.optional("e.status = :status", "status", page.value("status", EntryStatus.class));
        filter.optional("e.result = :result", "result", page.value("result", MovementResult.class));
        filter.contains("e.searchName", "search", page.text("search"));
        return filter;
    }

    /** Registrations are union work: officers who take part in or run emulation, not members. */
    private static void requireEmulationRole(Viewer viewer) {
        if (!viewer.can(Permission.TAKE_PART_EMULATION) && !viewer.can(Permission.RUN_EMULATION)) {
            throw new AccessDeniedException(viewer.username() + " has no emulation role");
        }
    }

    private List<MovementCriterion> criteria(Movement movement) {
        return em.createQuery("SELECT c FROM MovementCriterion c WHERE c.movement = :m ORDER BY c.sortOrder, c.id",
                MovementCriterion.class).setParameter("m", movement).getResultList();
    }

    private Map<Long, MovementScore> scores(MovementEntry entry) {
        Map<Long, MovementScore> scores = new HashMap<>();
        em.createQuery("SELECT s FROM MovementScore s WHERE s.entry = :e", MovementScore.class)
                .setParameter("e", entry).getResultList()
                .forEach(s -> scores.put(s.getCriterion().getId(), s));
        return scores;
    }

    private MovementScore scoreOf(MovementEntry entry, MovementCriterion criterion, Map<Long, MovementScore> scores) {
        return scores.computeIfAbsent(criterion.getId(), key -> {
            MovementScore score = new MovementScore(entry, criterion);
            em.persist(score);
            return score;
        });
    }

    private static Map<Long, ScoreLine> byCriterion(List<ScoreLine> lines) {
        Map<Long, ScoreLine> map = new HashMap<>();
        if (lines != null) {
            lines.forEach(line -> map.put(line.getCriterionId(), line));
        }
        return map;
    }

    private static void checkPoints(String field, Integer points, MovementCriterion criterion, int row,
                                    boolean required) {
        if (points == null) {
            if (required) {
                throw BusinessException.onField(field, "movement.score.pointsRequired", row);
            }
            return;
        }
        if (points < 0 || points > criterion.getMaxPoints()) {
            throw BusinessException.onField(field, "movement.score.pointsRange", row, criterion.getMaxPoints());
        }
    }

    private static void requireVersion(MovementEntry entry, long expectedVersion) {
        if (entry.getVersion() != expectedVersion) {
            throw new BusinessException("movement.changedByOther");
        }
    }

    private void writeCriteria(Movement movement, List<MovementForm.Criterion> criteria) {
        for (int i = 0; i < criteria.size(); i++) {
            MovementForm.Criterion c = criteria.get(i);
            em.persist(new MovementCriterion(movement, i + 1, c.getName(), c.getMaxPoints()));
        }
    }

    private boolean sameExceptDeadline(Movement m, List<MovementCriterion> criteria, MovementForm form) {
        if (!Objects.equals(m.getName(), trimmed(form.getName()))
                || !Objects.equals(m.getDescription(), trimmed(form.getDescription()))
                || m.getParticipants() != form.getParticipants() || m.isWomenOnly() != form.isWomenOnly()
                || !Objects.equals(m.getStartsOn(), form.getStartsOn())
                || !Objects.equals(m.getEndsOn(), form.getEndsOn())
                || !Objects.equals(m.getExcellentFromPct(), form.getExcellentFromPct())
                || !Objects.equals(m.getGoodFromPct(), form.getGoodFromPct())
                || !Objects.equals(m.getPassFromPct(), form.getPassFromPct())
                || criteria.size() != form.getCriteria().size()) {
            return false;
        }
        for (int i = 0; i < criteria.size(); i++) {
            MovementForm.Criterion typed = form.getCriteria().get(i);
            if (!Objects.equals(criteria.get(i).getName(), trimmed(typed.getName()))
                    || !Objects.equals(criteria.get(i).getMaxPoints(), typed.getMaxPoints())) {
                return false;
            }
        }
        return true;
    }

    /** A form that passed every rule, with its texts trimmed. */
    private record Checked(MovementForm form, String name, String description, MovementResults thresholds,
                           List<MovementForm.Criterion> criteria) {

        void describe(Movement movement) {
            movement.describe(name, description, form.getParticipants(), form.isWomenOnly(), form.getStartsOn(),
                    form.getEndsOn(), form.getRegisterUntil(), thresholds);
        }
    }

    private Checked check(MovementForm form, boolean launching) {
        String name = trimmed(form.getName());
        if (name == null) {
            throw BusinessException.onField("name", "movement.name.required");
        }
        if (name.length() > Movement.NAME_MAX) {
            throw BusinessException.onField("name", "movement.name.tooLong", Movement.NAME_MAX);
        }
        String description = trimmed(form.getDescription());
        if (description != null && description.length() > Movement.DESCRIPTION_MAX) {
            throw BusinessException.onField("description", "movement.description.tooLong", Movement.DESCRIPTION_MAX);
        }
        if (form.getParticipants() == null) {
            throw BusinessException.onField("participants", "movement.participants.required");
        }
        if (form.getStartsOn() == null) {
            throw BusinessException.onField("startsOn", "movement.startsOn.required");
        }
        if (form.getEndsOn() == null) {
            throw BusinessException.onField("endsOn", "movement.endsOn.required");
        }
        if (form.getEndsOn().isBefore(form.getStartsOn())) {
            throw BusinessException.onField("endsOn", "movement.endsOn.beforeStart");
        }
        if (launching && form.getEndsOn().isBefore(today())) {
            throw BusinessException.onField("endsOn", "movement.endsOn.past");
        }
        if (form.getRegisterUntil() == null) {
            throw BusinessException.onField("registerUntil", "movement.registerUntil.required");
        }
        if (form.getRegisterUntil().isAfter(form.getEndsOn())) {
            throw BusinessException.onField("registerUntil", "movement.registerUntil.afterEnd");
        }
        if (form.getRegisterUntil().isBefore(today())) {
            throw BusinessException.onField("registerUntil", "movement.registerUntil.past");
        }
        MovementResults thresholds = thresholds(form);
        List<MovementForm.Criterion> criteria = new ArrayList<>();
        for (MovementForm.Criterion typed : form.getCriteria()) {
            String criterionName = trimmed(typed.getName());
            if (criterionName == null && typed.getMaxPoints() == null) {
                continue; // an empty line left by "add" is no criterion
            }
            int row = criteria.size() + 1;
            if (criterionName == null) {
                throw BusinessException.onField("criteria", "movement.criterion.nameRequired", row);
            }
            if (criterionName.length() > MovementCriterion.NAME_MAX) {
                throw BusinessException.onField("criteria", "movement.criterion.nameTooLong", row,
                        MovementCriterion.NAME_MAX);
            }
            if (typed.getMaxPoints() == null || typed.getMaxPoints() <= 0) {
                throw BusinessException.onField("criteria", "movement.criterion.pointsPositive", row);
            }
            if (typed.getMaxPoints() > MovementCriterion.POINTS_MAX) {
                throw BusinessException.onField("criteria", "movement.criterion.pointsTooHigh", row,
                        MovementCriterion.POINTS_MAX);
            }
            criteria.add(new MovementForm.Criterion(criterionName, typed.getMaxPoints()));
        }
        if (criteria.isEmpty()) {
            throw BusinessException.onField("criteria", "movement.criteria.none");
        }
        return new Checked(form, name, description, thresholds, criteria);
    }

    private static MovementResults thresholds(MovementForm form) {
        Integer excellent = form.getExcellentFromPct();
        Integer good = form.getGoodFromPct();
        Integer pass = form.getPassFromPct();
        for (var field : List.of(Map.entry("excellentFromPct", Objects.requireNonNullElse(excellent, -1)),
                Map.entry("goodFromPct", Objects.requireNonNullElse(good, -1)),
                Map.entry("passFromPct", Objects.requireNonNullElse(pass, -1)))) {
            if (field.getValue() < 1 || field.getValue() > 100) {
                throw BusinessException.onField(field.getKey(), "movement.threshold.range");
            }
        }
        if (!MovementResults.valid(excellent, good, pass)) {
            throw BusinessException.onField("goodFromPct", "movement.threshold.order");
        }
        return new MovementResults(excellent, good, pass);
    }

    private OrgUnit unit(long id) {
        OrgUnit unit = em.find(OrgUnit.class, id);
        if (unit == null) {
            throw new NotFoundException("no unit " + id);
        }
        return unit;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
