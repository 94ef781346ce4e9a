package vn.congdoan.intranet.restructuring;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.congdoan.intranet.membership.LeaveReason;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.membership.MovementKind;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.organization.UnitLink;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.UserAccount;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.JpqlFilter;
import vn.congdoan.intranet.shared.PageQuery;

/**
 * Records restructurings of the union tree. {@link #preview} and {@link #apply} run the very same steps, the first
 * without writing, so what the operator confirmed is what happens. Every unit involved must lie within the
 * operator's scope, and the effective day may not come before the last recorded change of any unit involved, so
 * history is only ever appended to.
 */
@ApplicationScoped
@Transactional
public class RestructuringService {

    private static final Locale RECORD_LOCALE = Locale.forLanguageTag("vi");
    /** Job-title group of members who have none, as the dissolve request names it. */
    public static final String NO_JOB_TITLE = "";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    MemberLifecycle lifecycle;

    @Inject
    Clock clock;

    @Inject
    Instance<OpenWork> openWorkBeans;

    List<OpenWork> openWork = List.of();

    protected RestructuringService() {
    }

    /** For code outside the container that owns its transaction (the demo generator): no open work to hand over. */
    public RestructuringService(EntityManager em, Clock clock) {
        this.em = em;
        this.units = new OrgUnitService(em);
        this.lifecycle = new MemberLifecycle(em);
        this.clock = clock;
    }

    @PostConstruct
    void collectOpenWork() {
        openWork = openWorkBeans.stream().toList();
    }

    /** What the request would change, without changing anything; refuses it with a field message when it is wrong. */
    public RestructuringPlan preview(Viewer viewer, RestructuringRequest request) {
        return new Run(viewer, request, false).execute().plan();
    }

    /** Applies the request as one transaction and records it. */
    public Restructuring apply(Viewer viewer, RestructuringRequest request) {
        Run run = new Run(viewer, request, true).execute();
        run.record.summarise(run.plan().steps().stream().map(step -> "- " + step.text(RECORD_LOCALE))
                .collect(Collectors.joining("\n")));
        return run.record;
    }

    /** A page of recorded operations touching the viewer's scope, latest first. */
    public List<Restructuring> findRestructurings(Viewer viewer, PageQuery query) {
        JpqlFilter filter = historyFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT r FROM Restructuring r" + filter.where()
                        + " ORDER BY r.effectiveOn DESC, r.id DESC", Restructuring.class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    public int countRestructurings(Viewer viewer, PageQuery query) {
        JpqlFilter filter = historyFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT COUNT(r) FROM Restructuring r" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    private static JpqlFilter historyFilter(Viewer viewer, PageQuery query) {
        viewer.require(Permission.BROWSE_UNITS);
        return new JpqlFilter()
                .require("EXISTS (SELECT t FROM Restructuring r2 JOIN r2.units t WHERE r2 = r"
                        + " AND t.unit.path LIKE :scope)", "scope", viewer.scope().likePattern())
                .optional("r.kind = :kind", "kind", query.value("kind", RestructuringKind.class));
    }

    /** The operations that touched a unit within the viewer's scope, oldest first. */
    public List<Restructuring> ofUnit(Viewer viewer, long unitId) {
        units.getUnit(viewer, unitId);
        return em.createQuery("SELECT DISTINCT r FROM Restructuring r JOIN r.units t WHERE t.unit.id = :unitId"
                + " ORDER BY r.effectiveOn, r.id", Restructuring.class).setParameter("unitId", unitId).getResultList();
    }

    /** The active members of a unit in scope, counted by job title, for the dissolve form's groups. */
    public Map<String, Long> jobTitleGroups(Viewer viewer, long unitId) {
        viewer.require(Permission.RESTRUCTURE);
        OrgUnit unit = units.getUnit(viewer, unitId);
        Map<String, Long> groups = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT m.jobTitle, COUNT(m) FROM Member m WHERE m.unit = :unit"
                        + " AND m.status <> :ended GROUP BY m.jobTitle ORDER BY m.jobTitle", Object[].class)
                .setParameter("unit", unit).setParameter("ended", MemberStatus.ENDED).getResultList()) {
            groups.merge(row[0] == null ? NO_JOB_TITLE : (String) row[0], (Long) row[1], Long::sum);
        }
        return groups;
    }

    /** The ids of a unit's active members in the given job-title groups ("" for members without a title). */
    public List<Long> memberIdsByJobTitle(Viewer viewer, long unitId, Collection<String> titles) {
        viewer.require(Permission.RESTRUCTURE);
        OrgUnit unit = units.getUnit(viewer, unitId);
        return em.createQuery("SELECT m.id FROM Member m WHERE m.unit = :unit AND m.status <> :ended"
                        + " AND (m.jobTitle IN :titles OR (:untitled = TRUE AND m.jobTitle IS NULL))", Long.class)
                .setParameter("unit", unit).setParameter("ended", MemberStatus.ENDED)
                .setParameter("titles", titles.isEmpty() ? List.of(NO_JOB_TITLE) : titles)
                .setParameter("untitled", titles.contains(NO_JOB_TITLE)).getResultList();
    }

    /** One preview or application of a request: validates, then walks the same steps in both modes. */
    private final class Run {

        private final Viewer viewer;
        private final RestructuringRequest request;
        private final boolean apply;
        private final List<PlanStep> steps = new ArrayList<>();
        private LocalDate on;
        private Restructuring record;

        Run(Viewer viewer, RestructuringRequest request, boolean apply) {
            this.viewer = viewer;
            this.request = request;
            this.apply = apply;
        }

        RestructuringPlan plan() {
            return new RestructuringPlan(request.kind(), on, List.copyOf(steps));
        }

        Run execute() {
            viewer.require(Permission.RESTRUCTURE);
            on = requireDate(request.decision());
            if (apply) {
                record = new Restructuring(request.kind(), request.decision(), viewer.username(), clock.instant());
                em.persist(record);
            }
            if (request instanceof RestructuringRequest.Merge merge) {
                merge(merge);
            } else if (request instanceof RestructuringRequest.Dissolve dissolve) {
                dissolve(dissolve);
            } else if (request instanceof RestructuringRequest.Move move) {
                move(move);
            } else if (request instanceof RestructuringRequest.Split split) {
                split(split);
            }
            return this;
        }

        private void merge(RestructuringRequest.Merge merge) {
            if (merge.sourceIds() == null || merge.sourceIds().isEmpty()) {
                throw BusinessException.onField("sources", "restructuring.merge.noSources");
            }
            OrgUnit target = activeUnit(merge.targetId(), "target");
            List<OrgUnit> sources = new ArrayList<>();
            for (Long id : new LinkedHashSet<>(merge.sourceIds())) {
                OrgUnit source = activeUnit(id, "sources");
                if (source.equals(target)) {
                    throw BusinessException.onField("target", "restructuring.merge.targetIsSource", target.getName());
                }
                if (target.isWithin(source)) {
                    throw BusinessException.onField("target", "restructuring.merge.targetInsideSource",
                            target.getName(), source.getName());
                }
                if (source.isGrassroots() != target.isGrassroots()) {
                    throw BusinessException.onField("target", "restructuring.merge.levelMismatch",
                            source.getName(), target.getName());
                }
                sources.add(source);
            }
            touch(target, UnitRole.TARGET);
            for (OrgUnit source : sources) {
                touch(source, UnitRole.SOURCE);
                moveChildren(source, target);
                List<Member> members = activeMembers(source);
                step("restructuring.step.membersMove", members.size(), source.getName(), target.getName());
                if (apply) {
                    members.forEach(m -> moveMember(m, target));
                }
                List<UserAccount> accounts = accounts(source);
                if (!accounts.isEmpty()) {
                    step("restructuring.step.accountsMove", usernames(accounts), source.getName(), target.getName());
                    if (apply) {
                        accounts.forEach(a -> a.setUnit(target));
                    }
                }
                for (OpenWork work : openWork) {
                    long count = work.count(source);
                    if (count > 0) {
                        step(work.moveStepKey(), count, source.getName(), target.getName());
                        if (apply) {
                            work.moveTo(source, target, on);
                        }
                    }
                }
                end(source, target);
            }
        }

        private void dissolve(RestructuringRequest.Dissolve dissolve) {
            OrgUnit unit = activeUnit(dissolve.unitId(), "unit");
            touch(unit, UnitRole.SOURCE);
            List<OrgUnit> children = activeChildren(unit);
            if (!children.isEmpty()) {
                if (dissolve.childrenTargetId() == null) {
                    throw BusinessException.onField("childrenTarget", "restructuring.dissolve.childrenTargetRequired",
                            children.size());
                }
                OrgUnit childrenTarget = activeUnit(dissolve.childrenTargetId(), "childrenTarget");
                if (childrenTarget.isWithin(unit)) {
                    throw BusinessException.onField("childrenTarget", "restructuring.dissolve.targetInside",
                            childrenTarget.getName());
                }
                for (OrgUnit child : children) {
                    requireAbove(childrenTarget, child, "childrenTarget");
                }
                moveChildren(unit, childrenTarget);
            }
            Map<String, Long> destinations = dissolve.destinationByJobTitle() == null ? Map.of()
                    : dissolve.destinationByJobTitle();
            Map<String, List<Member>> groups = activeMembers(unit).stream().collect(Collectors.groupingBy(
                    m -> m.getJobTitle() == null ? NO_JOB_TITLE : m.getJobTitle(), LinkedHashMap::new,
                    Collectors.toList()));
            List<Member> moved = new ArrayList<>();
            for (Map.Entry<String, List<Member>> group : groups.entrySet()) {
                String title = group.getKey().isEmpty() ? "—" : group.getKey();
                Long destinationId = destinations.get(group.getKey());
                if (destinationId == null) {
                    step("restructuring.step.membersEnd", group.getValue().size(), title, unit.getName());
                    if (apply) {
                        group.getValue().forEach(m -> lifecycle.leave(m, on, LeaveReason.UNIT_DISSOLVED));
                    }
                } else {
                    OrgUnit destination = activeUnit(destinationId, "destination");
                    if (destination.equals(unit) || !destination.isGrassroots()) {
                        throw BusinessException.onField("destination", "restructuring.dissolve.badDestination",
                                destination.getName());
                    }
                    touch(destination, UnitRole.TARGET);
                    step("restructuring.step.groupMoves", group.getValue().size(), title, destination.getName());
                    moved.addAll(group.getValue());
                    if (apply) {
                        group.getValue().forEach(m -> moveMember(m, destination));
                    }
                }
            }
            List<UserAccount> accounts = accounts(unit);
            List<UserAccount> officers = new ArrayList<>();
            for (UserAccount account : accounts) {
                Member member = account.getMember();
                if (member != null && moved.contains(member)) {
                    step("restructuring.step.accountFollows", account.getUsername(), member.getFullName());
                    // the member's unit is already the destination when applying
                    if (apply) {
                        account.setUnit(member.getUnit());
                    }
                } else {
                    officers.add(account);
                }
            }
            if (!officers.isEmpty()) {
                if (dissolve.accountsTargetId() != null) {
                    OrgUnit accountsTarget = activeUnit(dissolve.accountsTargetId(), "accountsTarget");
                    touch(accountsTarget, UnitRole.TARGET);
                    step("restructuring.step.accountsMove", usernames(officers), unit.getName(),
                            accountsTarget.getName());
                    if (apply) {
                        officers.forEach(a -> a.setUnit(accountsTarget));
                    }
                } else {
                    step("restructuring.step.accountsDeactivated", usernames(officers));
                    if (apply) {
                        officers.forEach(UserAccount::deactivate);
                    }
                }
            }
            for (OpenWork work : openWork) {
                long count = work.count(unit);
                if (count > 0) {
                    step(work.closeStepKey(), count, unit.getName());
                    if (apply) {
                        work.close(unit, on);
                    }
                }
            }
            // whoever takes the officers' accounts carries on the unit's past
            end(unit, dissolve.accountsTargetId() == null ? null : em.find(OrgUnit.class, dissolve.accountsTargetId()));
        }

        private void move(RestructuringRequest.Move move) {
            if (move.unitIds() == null || move.unitIds().isEmpty()) {
                throw BusinessException.onField("units", "restructuring.move.noUnits");
            }
            OrgUnit parent = activeUnit(move.newParentId(), "parent");
            touch(parent, UnitRole.TARGET);
            for (Long id : new LinkedHashSet<>(move.unitIds())) {
                OrgUnit unit = activeUnit(id, "units");
                if (parent.equals(unit.getParent())) {
                    throw BusinessException.onField("parent", "restructuring.move.sameParent", parent.getName(),
                            unit.getName());
                }
                if (parent.isWithin(unit)) {
                    throw BusinessException.onField("parent", "restructuring.move.intoOwnBranch", parent.getName(),
                            unit.getName());
                }
                requireAbove(parent, unit, "parent");
                relink(unit, parent);
            }
        }

        private void split(RestructuringRequest.Split split) {
            OrgUnit source = activeUnit(split.sourceId(), "unit");
            if (!source.isGrassroots()) {
                throw BusinessException.onField("unit", "restructuring.split.notGrassroots", source.getName());
            }
            if (split.memberIds() == null || split.memberIds().isEmpty()) {
                throw BusinessException.onField("members", "restructuring.split.noMembers");
            }
            if (split.newName() == null || split.newName().isBlank()) {
                throw BusinessException.onField("newName", "restructuring.split.nameRequired");
            }
            String code = split.newCode() == null ? "" : split.newCode().trim();
            if (!code.matches("[A-Za-z0-9._-]{1," + OrgUnit.CODE_MAX + "}")) {
                throw BusinessException.onField("newCode", "restructuring.split.codeInvalid");
            }
            if (!em.createNamedQuery("OrgUnit.byCode", OrgUnit.class).setParameter("code", code)
                    .getResultList().isEmpty()) {
                throw BusinessException.onField("newCode", "unit.code.taken", code);
            }
            List<Member> members = em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids AND m.unit = :unit"
                            + " AND m.status <> :ended ORDER BY m.searchName", Member.class)
                    .setParameter("ids", split.memberIds()).setParameter("unit", source)
                    .setParameter("ended", MemberStatus.ENDED).getResultList();
            if (members.size() != split.memberIds().size()) {
                throw BusinessException.onField("members", "restructuring.split.memberNotInSource",
                        source.getName());
            }
            touch(source, UnitRole.SOURCE);
            OrgUnit parent = source.getParent();
            step("restructuring.step.unitCreated", split.newName().trim(), parent == null ? "—" : parent.getName());
            step("restructuring.step.membersMove", members.size(), source.getName(), split.newName().trim());
            if (!apply) {
                members.stream().filter(m -> accountOf(m) != null).forEach(m -> step(
                        "restructuring.step.accountFollows", accountOf(m).getUsername(), m.getFullName()));
                return;
            }
            OrgUnit created = new OrgUnit(code, split.newName().trim(), split.newShortName(), source.getLevel(), on);
            created.setShortName(split.newShortName());
            em.persist(created);
            created.placeUnder(parent);
            em.persist(new UnitLink(created, parent, on, record.getId()));
            touch(created, UnitRole.CREATED);
            for (Member member : members) {
                UserAccount account = accountOf(member);
                moveMember(member, created);
                if (account != null) {
                    step("restructuring.step.accountFollows", account.getUsername(), member.getFullName());
                    account.setUnit(created);
                }
            }
        }

        // ----- the steps shared by the operations -----

        private void moveChildren(OrgUnit from, OrgUnit to) {
            List<OrgUnit> children = activeChildren(from);
            if (children.isEmpty()) {
                return;
            }
            step("restructuring.step.childrenMove", children.size(), from.getName(), to.getName());
            if (apply) {
                for (OrgUnit child : children) {
                    relinkQuietly(child, to);
                }
            }
        }

        private void relink(OrgUnit unit, OrgUnit parent) {
            long below = em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.path LIKE :path AND u.id <> :id",
                    Long.class).setParameter("path", unit.getPath() + "%").setParameter("id", unit.getId())
                    .getSingleResult();
            String from = unit.getParent() == null ? "—" : unit.getParent().getName();
            if (below == 0) {
                step("restructuring.step.unitMoves", unit.getName(), from, parent.getName());
            } else {
                step("restructuring.step.branchMoves", unit.getName(), from, parent.getName(), below);
            }
            if (apply) {
                relinkQuietly(unit, parent);
            }
        }

        /** Closes the unit's link to its superior, opens one to the new superior and re-roots its branch's paths. */
        private void relinkQuietly(OrgUnit unit, OrgUnit parent) {
            em.createNamedQuery("UnitLink.open", UnitLink.class).setParameter("unitId", unit.getId())
                    .getResultList().forEach(link -> link.close(on));
            em.persist(new UnitLink(unit, parent, on, record.getId()));
            String oldPath = unit.getPath();
            int oldDepth = unit.getDepth();
            List<OrgUnit> branch = em.createQuery("SELECT u FROM OrgUnit u WHERE u.path LIKE :path AND u.id <> :id",
                    OrgUnit.class).setParameter("path", oldPath + "%").setParameter("id", unit.getId())
                    .getResultList();
            unit.placeUnder(parent);
            for (OrgUnit below : branch) {
                below.rebase(oldPath, unit.getPath(), unit.getDepth() - oldDepth);
            }
            touch(unit, UnitRole.MOVED);
        }

        private void moveMember(Member member, OrgUnit to) {
            boolean transferring = member.getStatus() == MemberStatus.TRANSFERRED;
            lifecycle.move(member, to, on, MovementKind.RESTRUCTURING, record.getId());
            if (transferring) {
                lifecycle.markTransferring(member, true);
            }
        }

        private void end(OrgUnit unit, OrgUnit successor) {
            step("restructuring.step.unitEnds", unit.getName(), Formats.day(on));
            if (apply) {
                unit.endInFavourOf(on, successor);
                em.createNamedQuery("UnitLink.open", UnitLink.class).setParameter("unitId", unit.getId())
                        .getResultList().forEach(link -> link.close(on));
            }
        }

        // ----- checks and lookups -----

        private LocalDate requireDate(Decision decision) {
            LocalDate day = decision == null ? null : decision.effectiveOn();
            if (day == null) {
                throw BusinessException.onField("effectiveOn", "restructuring.effectiveOn.required");
            }
            if (day.isAfter(LocalDate.now(clock.withZone(Formats.ZONE)))) {
                throw BusinessException.onField("effectiveOn", "restructuring.effectiveOn.future");
            }
            return day;
        }

        /** A unit in scope that is active and has no recorded change after the effective day. */
        private OrgUnit activeUnit(Long id, String field) {
            if (id == null) {
                throw BusinessException.onField(field, "restructuring.unit.required");
            }
            OrgUnit unit = units.getUnit(viewer, id);
            if (!unit.isActive()) {
                throw BusinessException.onField(field, "restructuring.unit.ended", unit.getName());
            }
            LocalDate lastChange = em.createQuery("SELECT MAX(l.validFrom) FROM UnitLink l WHERE l.unit = :unit",
                    LocalDate.class).setParameter("unit", unit).getSingleResult();
            LocalDate since = lastChange == null || lastChange.isBefore(unit.getValidFrom()) ? unit.getValidFrom()
                    : lastChange;
            if (on.isBefore(since)) {
                throw BusinessException.onField("effectiveOn", "restructuring.effectiveOn.beforeHistory",
                        unit.getName(), Formats.day(since));
            }
            return unit;
        }

        private void requireAbove(OrgUnit parent, OrgUnit unit, String field) {
            if (parent.getLevel().getSortOrder() >= unit.getLevel().getSortOrder()) {
                throw BusinessException.onField(field, "restructuring.levelNotAbove", parent.getName(),
                        unit.getName());
            }
        }

        private List<OrgUnit> activeChildren(OrgUnit unit) {
            return em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent = :unit AND u.active = TRUE"
                    + " ORDER BY u.name", OrgUnit.class).setParameter("unit", unit).getResultList();
        }

        private List<Member> activeMembers(OrgUnit unit) {
            return em.createQuery("SELECT m FROM Member m WHERE m.unit = :unit AND m.status <> :ended"
                            + " ORDER BY m.searchName", Member.class)
                    .setParameter("unit", unit).setParameter("ended", MemberStatus.ENDED).getResultList();
        }

        private List<UserAccount> accounts(OrgUnit unit) {
            return em.createQuery("SELECT a FROM UserAccount a LEFT JOIN FETCH a.member WHERE a.unit = :unit"
                            + " AND a.active = TRUE ORDER BY a.username", UserAccount.class)
                    .setParameter("unit", unit).getResultList();
        }

        private UserAccount accountOf(Member member) {
            return em.createQuery("SELECT a FROM UserAccount a WHERE a.member = :member AND a.active = TRUE",
                    UserAccount.class).setParameter("member", member).getResultStream().findFirst().orElse(null);
        }

        private void touch(OrgUnit unit, UnitRole role) {
            if (apply) {
                record.touch(unit, role);
            }
        }

        private void step(String key, Object... arguments) {
            steps.add(new PlanStep(key, List.of(arguments)));
        }
    }

    private static String usernames(Collection<UserAccount> accounts) {
        return accounts.stream().map(UserAccount::getUsername).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
