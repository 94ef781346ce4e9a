package vn.congdoan.intranet.restructuring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.membership.admission.AdmissionApplication;
import vn.congdoan.intranet.membership.admission.AdmissionServices;
import vn.congdoan.intranet.membership.admission.ApplicationStatus;
import vn.congdoan.intranet.membership.transfer.MemberTransfer;
import vn.congdoan.intranet.membership.transfer.TransferServices;
import vn.congdoan.intranet.membership.transfer.TransferStatus;
import vn.congdoan.intranet.organization.OrgUnitServices;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;

/** Pending admissions and transfers follow a merge and are closed by a dissolution. */
class OpenWorkPersistenceTest {

    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 2);
    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneOffset.UTC);

    private static RestructuringService service(EntityManager em) {
        RestructuringService service = new RestructuringService();
        service.em = em;
        service.units = OrgUnitServices.using(em);
        service.lifecycle = new MemberLifecycle(em);
        service.clock = TODAY;
        service.openWork = List.of(AdmissionServices.pendingApplications(em), TransferServices.pendingTransfers(em));
        return service;
    }

    /** A pending application at A and a pending transfer of one of A's teachers to C. */
    private static Object[] openWork(EntityManager em, SmallTree tree) {
        Viewer officerA = tree.officerA.toViewer();
        AdmissionApplication application = inTransaction(em, () -> AdmissionServices.using(em).record(officerA,
                tree.schoolA.getId(), AdmissionServices.form("Ngô Thị Hạnh", Gender.FEMALE, JUNE_2025, null)));
        MemberTransfer transfer = inTransaction(em, () -> TransferServices.using(em).issue(officerA,
                tree.teachersA.get(2).getId(), tree.schoolC.getId(), JUNE_2025, null));
        return new Object[] {application, transfer};
    }

    @DatabaseTest
    void aMergeHandsPendingApplicationsAndTransfersToTheReceivingUnion(TestDatabase db, EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        Object[] work = openWork(em, tree);
        Viewer admin = DemoProvince.in(db).viewer("admin");
        RestructuringRequest merge = new RestructuringRequest.Merge(List.of(tree.schoolA.getId()),
                tree.schoolB.getId(), new Decision(JULY_2025, null, null));

        RestructuringPlan plan = inTransaction(em, () -> service(em).preview(admin, merge));
        inTransaction(em, () -> service(em).apply(admin, merge));
        em.clear();

        List<String> lines = plan.steps().stream().map(s -> s.text(Locale.forLanguageTag("vi"))).toList();
        assertTrue(lines.contains("1 đơn kết nạp đang chờ của Công đoàn Trường Tiểu học An Bình chuyển sang"
                + " Công đoàn Trường Mầm non Bình Minh xét."), lines.toString());
        AdmissionApplication application = em.find(AdmissionApplication.class,
                ((AdmissionApplication) work[0]).getId());
        assertEquals(tree.schoolB, application.getUnit());
        assertEquals(ApplicationStatus.PENDING, application.getStatus());
        MemberTransfer transfer = em.find(MemberTransfer.class, ((MemberTransfer) work[1]).getId());
        assertEquals(tree.schoolB, transfer.getFromUnit(), "the transfer now leaves from the receiving union");
        assertEquals(TransferStatus.PENDING, transfer.getStatus());
        Member leaving = em.find(Member.class, tree.teachersA.get(2).getId());
        assertEquals(tree.schoolB, leaving.getUnit());
        assertEquals(MemberStatus.TRANSFERRED, leaving.getStatus(), "still waiting to leave for C");
    }

    @DatabaseTest
    void aMergeIntoTheTransfersDestinationCancelsIt(TestDatabase db, EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        Object[] work = openWork(em, tree);
        Viewer admin = DemoProvince.in(db).viewer("admin");

        inTransaction(em, () -> service(em).apply(admin, new RestructuringRequest.Merge(
                List.of(tree.schoolA.getId()), tree.schoolC.getId(), new Decision(JULY_2025, null, null))));
        em.clear();

        assertEquals(TransferStatus.CANCELLED,
                em.find(MemberTransfer.class, ((MemberTransfer) work[1]).getId()).getStatus());
        Member member = em.find(Member.class, tree.teachersA.get(2).getId());
        assertEquals(tree.schoolC, member.getUnit());
        assertEquals(MemberStatus.ACTIVE, member.getStatus());
    }

    @DatabaseTest
    void aDissolutionClosesPendingApplicationsAndTransfers(TestDatabase db, EntityManager em) {
        SmallTree tree = inTransaction(em, () -> new SmallTree(em));
        Object[] work = openWork(em, tree);
        Viewer admin = DemoProvince.in(db).viewer("admin");

        inTransaction(em, () -> service(em).apply(admin, new RestructuringRequest.Dissolve(tree.schoolA.getId(),
                Map.of("Giáo viên", tree.schoolB.getId()), tree.schoolB.getId(), null,
                new Decision(JULY_2025, null, null))));
        em.clear();

        AdmissionApplication application = em.find(AdmissionApplication.class,
                ((AdmissionApplication) work[0]).getId());
        assertEquals(ApplicationStatus.REJECTED, application.getStatus());
        assertEquals(JULY_2025, application.getDecidedOn());
        assertEquals(TransferStatus.CANCELLED,
                em.find(MemberTransfer.class, ((MemberTransfer) work[1]).getId()).getStatus());
        Member member = em.find(Member.class, tree.teachersA.get(2).getId());
        assertEquals(tree.schoolB, member.getUnit());
        assertEquals(MemberStatus.ACTIVE, member.getStatus());
    }
}
