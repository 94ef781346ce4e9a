package vn.congdoan.intranet.restructuring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.LeaveReason;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberServices;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.membership.MembershipPeriod;
import vn.congdoan.intranet.membership.MovementKind;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitServices;
import vn.congdoan.intranet.organization.UnitHistoryService;
import vn.congdoan.intranet.organization.UnitHistoryServices;
import vn.congdoan.intranet.organization.UnitLink;
import vn.congdoan.intranet.organization.UnitNode;
import vn.congdoan.intranet.security.UserAccount;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/** Each restructuring on a small tree of its own: members, accounts, open work and history after it. */
class RestructuringServicePersistenceTest {

    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneOffset.UTC);

    /** Open work that remembers what it was asked to do, standing in for pending admissions and transfers. */
    private static final class RecordingOpenWork implements OpenWork {
        final List<String> calls = new ArrayList<>();

        @Override
        public String moveStepKey() {
            return "restructuring.step.membersMove";
        }

        @Override
        public String closeStepKey() {
            return "restructuring.step.unitEnds";
        }

        @Override
        public long count(OrgUnit unit) {
            return 2;
        }

        @Override
        public void moveTo(OrgUnit from, OrgUnit to, LocalDate on) {
            calls.add("move " + from.getCode() + " -> " + to.getCode() + " " + on);
        }

        @Override
        public void close(OrgUnit unit, LocalDate on) {
            calls.add("close " + unit.getCode() + " " + on);
        }
    }

    private final RecordingOpenWork openWork = new RecordingOpenWork();

    private RestructuringService service(EntityManager em) {
        RestructuringService service = new RestructuringService();
        service.em = em;
        service.units = OrgUnitServices.using(em);
        service.lifecycle = new MemberLifecycle(em);
        service.clock = TODAY;
        service.openWork = List.of(openWork);
        return service;
    }

    private static Viewer admin(TestDatabase db) {
        return DemoProvince.in(db).viewer("admin");
    }

    @DatabaseTest
    void mergeHandsMembersUnitsAccountsAndOpenWorkToTheTargetAndEndsTheSources(TestDatabase db, EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        RestructuringRequest merge = new RestructuringRequest.Merge(
                List.of(tree.schoolA.getId(), tree.schoolB.getId()), tree.schoolC.getId(),
                new Decision(JULY_2025, "123/QĐ-LĐLĐ", null));

        RestructuringPlan preview = inTransaction(em, () -> service(em).preview(admin(db), merge));
        Restructuring applied = inTransaction(em, () -> service(em).apply(admin(db), merge));
        em.clear();

        OrgUnit a = em.find(OrgUnit.class, tree.schoolA.getId());
        OrgUnit c = em.find(OrgUnit.class, tree.schoolC.getId());
        assertFalse(a.isActive());
        assertEquals(JULY_2025, a.getValidTo());
        assertFalse(em.find(OrgUnit.class, tree.schoolB.getId()).isActive());
        assertEquals(c, a.getSuccessor(), "the receiving unit carries on the merged unit's past");
        assertTrue(c.isActive());
        assertEquals(7, countMembers(em, c), "1 of C + 4 of A + 2 of B");
        assertEquals(0, countMembers(em, a));
        OrgUnit cell = em.find(OrgUnit.class, tree.cellA.getId());
        assertEquals(c, cell.getParent(), "A's union cell now belongs to C");
        assertEquals(c.getPath() + cell.getId() + "/", cell.getPath());
        assertEquals(c, em.find(UserAccount.class, tree.officerA.getId()).getUnit());
        assertEquals(List.of("move " + tree.schoolA.getCode() + " -> " + tree.schoolC.getCode() + " " + JULY_2025,
                "move " + tree.schoolB.getCode() + " -> " + tree.schoolC.getCode() + " " + JULY_2025), openWork.calls);

        List<MembershipPeriod> history = new MemberLifecycle(em).history(em.find(Member.class,
                tree.teachersA.get(1).getId()));
        assertEquals(2, history.size());
        assertEquals(a, history.get(0).getUnit());
        assertEquals(JULY_2025, history.get(0).getValidTo());
        assertEquals(MovementKind.RESTRUCTURING, history.get(0).getEndKind());
        assertEquals(c, history.get(1).getUnit());
        assertEquals(applied.getId(), history.get(1).getRestructuringId());

        Restructuring recorded = em.find(Restructuring.class, applied.getId());
        assertEquals(RestructuringKind.MERGE, recorded.getKind());
        assertEquals("123/QĐ-LĐLĐ", recorded.getDecisionRef());
        assertEquals("admin", recorded.getPerformedBy());
        assertTrue(recorded.getSummary().contains("4 đoàn viên của Công đoàn Trường Tiểu học An Bình chuyển sang"
                + " Công đoàn Trường THCS Chu Văn An"), recorded.getSummary());
        assertEquals(preview.steps().size(), recorded.getSummary().lines().count(),
                "what was applied is what was previewed");
        assertTrue(recorded.getUnits().stream().anyMatch(t -> t.getUnit().equals(c) && t.getRole() == UnitRole.TARGET));
    }

    @DatabaseTest
    void previewChangesNothing(TestDatabase db, EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        RestructuringRequest merge = new RestructuringRequest.Merge(List.of(tree.schoolA.getId()),
                tree.schoolB.getId(), new Decision(JULY_2025, null, null));

        RestructuringPlan plan = inTransaction(em, () -> service(em).preview(admin(db), merge));
        em.clear();

        assertEquals(RestructuringKind.MERGE, plan.kind());
        assertTrue(plan.steps().stream().anyMatch(s -> s.text(Locale.forLanguageTag("vi"))
                .equals("4 đoàn viên của Công đoàn Trường Tiểu học An Bình chuyển sang Công đoàn Trường Mầm non"
                        + " Bình Minh.")), plan.steps().toString());
        assertTrue(em.find(OrgUnit.class, tree.schoolA.getId()).isActive());
        assertEquals(4, countMembers(em, em.find(OrgUnit.class, tree.schoolA.getId())));
        assertTrue(openWork.calls.isEmpty());
        assertEquals(0L, em.createQuery("SELECT COUNT(r) FROM Restructuring r WHERE r.effectiveOn = :d", Long.class)
                .setParameter("d", JULY_2025).getSingleResult() - countRestructurings(em));
    }

    @DatabaseTest
    void dissolveMovesOrEndsEachGroupAndLeavesTheOfficersAccountLocked(TestDatabase db, EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        RestructuringRequest dissolve = new RestructuringRequest.Dissolve(tree.schoolA.getId(),
                Map.of("Giáo viên", tree.schoolB.getId()), tree.schoolB.getId(), null,
                new Decision(JULY_2025, "45/QĐ", "Trường sáp nhập"));

        inTransaction(em, () -> service(em).apply(admin(db), dissolve));
        em.clear();

        Member accountant = em.find(Member.class, tree.accountantA.getId());
        assertEquals(MemberStatus.ENDED, accountant.getStatus());
        assertEquals(LeaveReason.UNIT_DISSOLVED, accountant.getLeaveReason());
        assertEquals(JULY_2025, accountant.getLeftOn());
        assertEquals(tree.schoolA, accountant.getUnit(), "an ended member stays on the roll of their last union");
        for (Member teacher : tree.teachersA) {
            assertEquals(tree.schoolB, em.find(Member.class, teacher.getId()).getUnit());
        }
        UserAccount memberAccount = em.find(UserAccount.class, tree.memberAccountA.getId());
        assertEquals(tree.schoolB, memberAccount.getUnit(), "a member's account follows the member");
        assertTrue(memberAccount.isActive());
        assertFalse(em.find(UserAccount.class, tree.officerA.getId()).isActive());
        assertEquals(tree.schoolB, em.find(OrgUnit.class, tree.cellA.getId()).getParent());
        assertFalse(em.find(OrgUnit.class, tree.schoolA.getId()).isActive());
        assertEquals(List.of("close " + tree.schoolA.getCode() + " " + JULY_2025), openWork.calls);
    }

    @DatabaseTest
    void dissolvingAUnitWithUnitsBelowNeedsADestinationForThem(TestDatabase db, EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        RestructuringRequest dissolve = new RestructuringRequest.Dissolve(tree.schoolA.getId(), Map.of(), null, null,
                new Decision(JULY_2025, null, null));

        BusinessException refused = assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> service(em).apply(admin(db), dissolve)));

        assertEquals("childrenTarget", refused.getField());
        em.clear();
        assertTrue(em.find(OrgUnit.class, tree.schoolA.getId()).isActive());
    }

    @DatabaseTest
    void moveCarriesTheBranchAndTheAsOfTreeShowsBothSides(TestDatabase db, EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        RestructuringRequest move = new RestructuringRequest.Move(List.of(tree.schoolA.getId()), tree.district2.getId(),
                new Decision(JULY_2025, null, null));

        inTransaction(em, () -> service(em).apply(admin(db), move));
        em.clear();

        OrgUnit a = em.find(OrgUnit.class, tree.schoolA.getId());
        OrgUnit d2 = em.find(OrgUnit.class, tree.district2.getId());
        assertEquals(d2, a.getParent());
        assertEquals(d2.getPath() + a.getId() + "/", a.getPath());
        OrgUnit cell = em.find(OrgUnit.class, tree.cellA.getId());
        assertEquals(a.getPath() + cell.getId() + "/", cell.getPath());
        assertEquals(a.getDepth() + 1, cell.getDepth());

        UnitHistoryService history = UnitHistoryServices.using(em);
        Viewer admin = admin(db);
        List<Long> d1Before = ids(history.childrenAsOf(admin, tree.district1.getId(), JULY_2025.minusDays(1)));
        List<Long> d1After = ids(history.childrenAsOf(admin, tree.district1.getId(), JULY_2025));
        List<Long> d2After = ids(history.childrenAsOf(admin, tree.district2.getId(), JULY_2025));
        assertTrue(d1Before.contains(a.getId()), d1Before.toString());
        assertFalse(d1After.contains(a.getId()), d1After.toString());
        assertTrue(d2After.contains(a.getId()), d2After.toString());
        List<UnitLink> superiors = history.superiors(admin, a.getId());
        assertEquals(2, superiors.size());
        assertEquals(tree.district1, superiors.get(0).getParent());
        assertEquals(JULY_2025, superiors.get(0).getValidTo());
        assertEquals(d2, superiors.get(1).getParent());
        assertNull(superiors.get(1).getValidTo());
    }

    @DatabaseTest
    void afterAMoveTheOldSuperiorsOfficerLosesTheCurrentMembersButKeepsThePastTree(TestDatabase db,
                                                                                    EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        Viewer oldSuperior = tree.officerD1.toViewer();
        inTransaction(em, () -> service(em).apply(admin(db), new RestructuringRequest.Move(List.of(tree.schoolA.getId()),
                tree.district2.getId(), new Decision(JULY_2025, null, null))));
        em.clear();

        assertThrows(AccessDeniedException.class, () -> MemberServices.using(em)
                .findMembers(oldSuperior, tree.schoolA.getId(), new PageQuery(0, 20, null, true, Map.of())));
        UnitHistoryService history = UnitHistoryServices.using(em);
        LocalDate lastYear = LocalDate.of(2024, 12, 31);
        assertTrue(ids(history.childrenAsOf(oldSuperior, tree.district1.getId(), lastYear))
                .contains(tree.schoolA.getId()));
        assertEquals(tree.schoolA, history.unitAsOf(oldSuperior, tree.schoolA.getId(), lastYear));
        assertEquals(4, history.membersAsOf(oldSuperior, tree.schoolA.getId(), lastYear));
        assertTrue(history.wasWithin(tree.schoolA.getId(), tree.district1.getId(), lastYear));
        assertFalse(history.wasWithin(tree.schoolA.getId(), tree.district1.getId(), JULY_2025));
        assertThrows(AccessDeniedException.class,
                () -> history.unitAsOf(oldSuperior, tree.schoolA.getId(), JULY_2025));
    }

    @DatabaseTest
    void theOfficerOfADissolvedDistrictKeepsItsPastFromTheUnitTheyMovedTo(TestDatabase db, EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        inTransaction(em, () -> service(em).apply(admin(db), new RestructuringRequest.Dissolve(tree.district1.getId(),
                Map.of(), tree.district2.getId(), tree.district2.getId(), new Decision(JULY_2025, null, null))));
        em.clear();

        Viewer moved = em.find(UserAccount.class, tree.officerD1.getId()).toViewer();
        assertEquals(tree.district2.getId(), moved.unitId());
        assertEquals(tree.district2, em.find(OrgUnit.class, tree.district1.getId()).getSuccessor());
        UnitHistoryService history = UnitHistoryServices.using(em);
        LocalDate lastYear = LocalDate.of(2024, 12, 31);
        assertEquals(Set.of(tree.district2.getId(), tree.district1.getId()),
                Set.copyOf(ids(history.rootsAsOf(moved, lastYear))));
        assertTrue(ids(history.childrenAsOf(moved, tree.district1.getId(), lastYear)).contains(tree.schoolA.getId()));
        assertEquals(List.of(tree.district2.getId()), ids(history.rootsAsOf(moved, JULY_2025)));
        assertTrue(ids(history.childrenAsOf(moved, tree.district2.getId(), JULY_2025)).contains(tree.schoolA.getId()));
        assertThrows(AccessDeniedException.class, () -> history.childrenAsOf(tree.officerA.toViewer(),
                tree.district1.getId(), lastYear));
    }

    @DatabaseTest
    void splitCreatesAUnitBesideTheSourceWithTheChosenMembers(TestDatabase db, EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        RestructuringRequest split = new RestructuringRequest.Split(tree.schoolA.getId(),
                Set.of(tree.teachersA.get(0).getId(), tree.teachersA.get(1).getId()), "TACH-" + tree.schoolA.getId(),
                "Công đoàn Trường Tiểu học An Bình số 2", "CĐ TH An Bình 2", new Decision(JULY_2025, null, null));

        Restructuring applied = inTransaction(em, () -> service(em).apply(admin(db), split));
        em.clear();

        OrgUnit created = em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
                .setParameter("code", "TACH-" + tree.schoolA.getId()).getSingleResult();
        assertEquals(tree.district1, created.getParent());
        assertEquals(JULY_2025, created.getValidFrom());
        assertTrue(created.isGrassroots());
        assertEquals(2, countMembers(em, created));
        assertEquals(2, countMembers(em, em.find(OrgUnit.class, tree.schoolA.getId())));
        assertEquals(created, em.find(UserAccount.class, tree.memberAccountA.getId()).getUnit());
        assertEquals(tree.schoolA, em.find(UserAccount.class, tree.officerA.getId()).getUnit());
        assertTrue(em.find(Restructuring.class, applied.getId()).getUnits().stream()
                .anyMatch(t -> t.getUnit().equals(created) && t.getRole() == UnitRole.CREATED));
    }

    @DatabaseTest
    void refusesFutureDatesDatesBeforeTheLastChangeAndSelfMerges(TestDatabase db, EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        Viewer admin = admin(db);
        inTransaction(em, () -> service(em).apply(admin, new RestructuringRequest.Move(List.of(tree.schoolA.getId()),
                tree.district2.getId(), new Decision(JULY_2025, null, null))));

        assertRefused(db, em, "effectiveOn", new RestructuringRequest.Move(List.of(tree.schoolB.getId()),
                tree.district2.getId(), new Decision(LocalDate.of(2026, 12, 1), null, null)));
        assertRefused(db, em, "effectiveOn", new RestructuringRequest.Move(List.of(tree.schoolA.getId()),
                tree.district1.getId(), new Decision(LocalDate.of(2025, 1, 1), null, null)));
        assertRefused(db, em, "target", new RestructuringRequest.Merge(List.of(tree.schoolA.getId()),
                tree.schoolA.getId(), new Decision(JULY_2025, null, null)));
        assertRefused(db, em, "target", new RestructuringRequest.Merge(List.of(tree.district1.getId()),
                tree.schoolB.getId(), new Decision(JULY_2025, null, null)));
        assertRefused(db, em, "parent", new RestructuringRequest.Move(List.of(tree.district1.getId()),
                tree.schoolB.getId(), new Decision(JULY_2025, null, null)));
    }

    @DatabaseTest
    void onlyTheAdministratorAndTheProvincialLeadersRestructureAndOnlyWithinScope(TestDatabase db,
                                                                                  EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        DemoProvince demo = DemoProvince.in(db);
        RestructuringRequest move = new RestructuringRequest.Move(List.of(tree.schoolA.getId()), tree.district2.getId(),
                new Decision(JULY_2025, null, null));

        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).preview(demo.viewer("canbo.huyen"), move)));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).preview(tree.officerD1.toViewer(), move)));
        // the provincial leader of Bình Sơn may restructure Bình Sơn, not the test province beside it
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).preview(demo.viewer("lanhdao.tinh"), move)));
        RestructuringPlan plan = inTransaction(em, () -> service(em).preview(demo.viewer("lanhdao.tinh"),
                new RestructuringRequest.Move(List.of(demo.secondSchoolId()), demo.communeIds().get(2),
                        new Decision(JULY_2025, null, null))));
        assertEquals(1, plan.steps().size());
    }

    private void assertRefused(TestDatabase db, EntityManager em, String field, RestructuringRequest request) {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> service(em).apply(admin(db), request)));
        assertEquals(field, refused.getField(), refused.getMessageKey());
    }

    private static long countMembers(EntityManager em, OrgUnit unit) {
        return em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.unit = :unit AND m.status = :active", Long.class)
                .setParameter("unit", unit).setParameter("active", MemberStatus.ACTIVE).getSingleResult();
    }

    private static long countRestructurings(EntityManager em) {
        return em.createQuery("SELECT COUNT(r) FROM Restructuring r WHERE r.effectiveOn = :d", Long.class)
                .setParameter("d", JULY_2025).getSingleResult();
    }

    private static List<Long> ids(List<UnitNode> nodes) {
        return nodes.stream().map(UnitNode::id).toList();
    }
}
