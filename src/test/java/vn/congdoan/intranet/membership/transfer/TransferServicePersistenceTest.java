package vn.congdoan.intranet.membership.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.LeaveReason;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.membership.MembershipPeriod;
import vn.congdoan.intranet.membership.MovementKind;
import vn.congdoan.intranet.membership.admission.AdmissionService;
import vn.congdoan.intranet.membership.admission.AdmissionServices;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * A member transferred from canbo.coso's school to canbo.coso2's: issued, then accepted, refused or cancelled, with
 * the member's status and history checked, and each officer kept to their own side.
 */
class TransferServicePersistenceTest {

    private static final LocalDate ADMITTED = LocalDate.of(2026, 2, 2);
    private static final LocalDate ISSUED = LocalDate.of(2026, 8, 20);
    private static final LocalDate ACCEPTED = LocalDate.of(2026, 9, 1);

    @DatabaseTest
    void anAcceptedTransferMovesTheMemberAndKeepsBothPeriods(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer sender = demo.viewer("canbo.coso");
        Viewer receiver = demo.viewer("canbo.coso2");
        Member member = newMember(em, sender, demo.firstSchoolId(), "Bùi Thị Thu Hà");

        MemberTransfer transfer = inTransaction(em, () -> service(em).issue(sender, member.getId(),
                demo.secondSchoolId(), ISSUED, "Chuyển công tác"));
        assertEquals(MemberStatus.TRANSFERRED, reload(em, member).getStatus());
        assertEquals(demo.firstSchoolId(), reload(em, member).getUnit().getId(), "still the sender's until accepted");
        assertEquals(1, inTransaction(em, () -> service(em).countTransfers(receiver, demo.secondSchoolId(),
                TransferService.Direction.INCOMING, PageQuery.firstPage(10))));
        assertEquals(1, inTransaction(em, () -> service(em).countTransfers(sender, demo.firstSchoolId(),
                TransferService.Direction.OUTGOING, PageQuery.firstPage(10))));

        BusinessException early = assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).accept(receiver, transfer.getId(), ISSUED.minusDays(1))));
        assertEquals("acceptedOn", early.getField());
        inTransaction(em, () -> service(em).accept(receiver, transfer.getId(), ACCEPTED));

        Member moved = reload(em, member);
        assertEquals(MemberStatus.ACTIVE, moved.getStatus());
        assertEquals(demo.secondSchoolId(), moved.getUnit().getId());
        List<MembershipPeriod> history = history(em, moved);
        assertEquals(2, history.size());
        assertEquals(demo.firstSchoolId(), history.get(0).getUnit().getId());
        assertEquals(MovementKind.ADMISSION, history.get(0).getStartKind());
        assertEquals(ACCEPTED, history.get(0).getValidTo());
        assertEquals(MovementKind.TRANSFER, history.get(0).getEndKind());
        assertEquals(demo.secondSchoolId(), history.get(1).getUnit().getId());
        assertEquals(ACCEPTED, history.get(1).getValidFrom());
        assertEquals(MovementKind.TRANSFER, history.get(1).getStartKind());
        assertNull(history.get(1).getValidTo());
        assertEquals(TransferStatus.ACCEPTED, em.find(MemberTransfer.class, transfer.getId()).getStatus());
        assertEquals(moved.getId(), inTransaction(em, () -> members(em).getMember(receiver, moved.getId())).getId());
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> members(em).getMember(sender, moved.getId())));
    }

    @DatabaseTest
    void aRefusedTransferLeavesTheMemberActiveWhereTheyWere(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer sender = demo.viewer("canbo.coso");
        Viewer receiver = demo.viewer("canbo.coso2");
        Member member = newMember(em, sender, demo.firstSchoolId(), "Hoàng Văn Khải");
        MemberTransfer transfer = inTransaction(em, () -> service(em).issue(sender, member.getId(),
                demo.secondSchoolId(), ISSUED, null));

        assertEquals("refuseReason", assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).refuse(receiver, transfer.getId(), ""))).getField());
        inTransaction(em, () -> service(em).refuse(receiver, transfer.getId(), "Trường không còn chỉ tiêu"));

        Member back = reload(em, member);
        assertEquals(MemberStatus.ACTIVE, back.getStatus());
        assertEquals(demo.firstSchoolId(), back.getUnit().getId());
        assertEquals(1, history(em, back).size());
        MemberTransfer refused = em.find(MemberTransfer.class, transfer.getId());
        assertEquals(TransferStatus.REFUSED, refused.getStatus());
        assertEquals("Trường không còn chỉ tiêu", refused.getRefuseReason());
        assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).accept(receiver, transfer.getId(), ACCEPTED)), "a refused transfer stays refused");
    }

    @DatabaseTest
    void theSenderMayCancelBeforeAcceptanceButTheReceiverMayNot(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer sender = demo.viewer("canbo.coso");
        Viewer receiver = demo.viewer("canbo.coso2");
        Member member = newMember(em, sender, demo.firstSchoolId(), "Đinh Thị Ngọc");
        MemberTransfer transfer = inTransaction(em, () -> service(em).issue(sender, member.getId(),
                demo.secondSchoolId(), ISSUED, null));

        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).cancel(receiver, transfer.getId())));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).accept(sender, transfer.getId(), ACCEPTED)),
                "the sender cannot accept its own transfer");
        assertEquals("transfer.memberNotActive", assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).issue(sender, member.getId(), demo.secondSchoolId(), ISSUED, null)))
                .getMessageKey(), "one pending transfer at a time");
        inTransaction(em, () -> service(em).cancel(sender, transfer.getId()));

        assertEquals(MemberStatus.ACTIVE, reload(em, member).getStatus());
        assertEquals(TransferStatus.CANCELLED, em.find(MemberTransfer.class, transfer.getId()).getStatus());
        assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).accept(receiver, transfer.getId(), ACCEPTED)));
        assertEquals(demo.firstSchoolId(), reload(em, member).getUnit().getId());
    }

    @DatabaseTest
    void officersCannotReachTheOtherSchoolsMembersOrTransfersById(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        Viewer other = demo.viewer("canbo.coso2");
        Member theirs = newMember(em, other, demo.secondSchoolId(), "Mai Văn Phúc");
        MemberTransfer theirTransfer = inTransaction(em, () -> service(em).issue(other, theirs.getId(),
                otherGrassroots(em, demo), ISSUED, null));

        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> service(em).issue(officer,
                theirs.getId(), demo.firstSchoolId(), ISSUED, null)));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).getTransfer(officer, theirTransfer.getId())));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).cancel(officer, theirTransfer.getId())));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).accept(officer, theirTransfer.getId(), ACCEPTED)));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> service(em).findTransfers(officer,
                demo.secondSchoolId(), TransferService.Direction.OUTGOING, PageQuery.firstPage(10))));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> leaving(em).leave(officer, theirs.getId(), ACCEPTED, LeaveReason.RETIRED)));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> service(em).issue(
                demo.viewer("canbo.huyen"), theirs.getId(), demo.firstSchoolId(), ISSUED, null)),
                "a district officer only reads");
        assertEquals(MemberStatus.TRANSFERRED, reload(em, theirs).getStatus());
    }

    @DatabaseTest
    void destinationsAreActiveGrassrootsUnionsAnywhereButNeverTheSameOne(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        Member member = newMember(em, officer, demo.firstSchoolId(), "Tạ Quang Vinh");

        List<vn.congdoan.intranet.organization.OrgUnit> found = inTransaction(em,
                () -> service(em).searchDestinations(officer, "truong", 50));
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(u -> u.isGrassroots() && u.isActive()));
        assertTrue(found.stream().anyMatch(u -> !officer.scope().covers(u)), "schools outside the scope are offered");
        assertEquals("toUnit", assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).issue(officer, member.getId(), demo.firstSchoolId(), ISSUED, null))).getField());
        assertEquals("toUnit", assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).issue(officer, member.getId(), demo.districtIds().get(0), ISSUED, null))).getField());
        assertEquals(MemberStatus.ACTIVE, reload(em, member).getStatus());
    }

    @DatabaseTest
    void aMemberWhoLeavesEndsTheirPeriodWithTheReason(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        Member member = newMember(em, officer, demo.firstSchoolId(), "Lâm Thị Xuân");
        LocalDate leftOn = LocalDate.of(2026, 10, 1);

        assertEquals("leftOn", assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> leaving(em).leave(officer, member.getId(), ADMITTED.minusDays(1), LeaveReason.RETIRED)))
                .getField());
        assertEquals("leaveReason", assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> leaving(em).leave(officer, member.getId(), leftOn, null))).getField());
        inTransaction(em, () -> leaving(em).leave(officer, member.getId(), leftOn, LeaveReason.RETIRED));

        Member ended = reload(em, member);
        assertEquals(MemberStatus.ENDED, ended.getStatus());
        assertEquals(leftOn, ended.getLeftOn());
        assertEquals(LeaveReason.RETIRED, ended.getLeaveReason());
        List<MembershipPeriod> history = history(em, ended);
        assertEquals(1, history.size());
        assertEquals(leftOn, history.get(0).getValidTo());
        assertEquals(MovementKind.LEAVE, history.get(0).getEndKind());
        assertThrows(BusinessException.class, () -> inTransaction(em, () -> service(em).issue(officer,
                member.getId(), demo.secondSchoolId(), ISSUED, null)), "an ended member cannot be transferred");
    }

    /** Admits a fresh person into the school, so each test has a member of its own. */
    static Member newMember(EntityManager em, Viewer officer, long school, String name) {
        AdmissionService admissions = AdmissionServices.using(em);
        long id = inTransaction(em, () -> admissions.record(officer, school,
                AdmissionServices.form(name, Gender.FEMALE, ADMITTED.minusDays(10), null))).getId();
        return inTransaction(em, () -> admissions.admit(officer, List.of(id), ADMITTED, "QĐ 1")).get(0);
    }

    private static long otherGrassroots(EntityManager em, DemoProvince demo) {
        return em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.level.grassroots = TRUE AND u.active = TRUE"
                        + " AND u.id NOT IN (:a, :b) ORDER BY u.id", Long.class)
                .setParameter("a", demo.firstSchoolId()).setParameter("b", demo.secondSchoolId())
                .setMaxResults(1).getSingleResult();
    }

    private static Member reload(EntityManager em, Member member) {
        em.clear();
        return em.find(Member.class, member.getId());
    }

    private static List<MembershipPeriod> history(EntityManager em, Member member) {
        return inTransaction(em, () -> new MemberLifecycle(em).history(member));
    }

    private static vn.congdoan.intranet.membership.MemberService members(EntityManager em) {
        return vn.congdoan.intranet.membership.MemberServices.using(em);
    }

    private static vn.congdoan.intranet.membership.movement.LeavingService leaving(EntityManager em) {
        return vn.congdoan.intranet.membership.movement.MovementServices.leaving(em);
    }

    private static TransferService service(EntityManager em) {
        return TransferServices.using(em);
    }
}
