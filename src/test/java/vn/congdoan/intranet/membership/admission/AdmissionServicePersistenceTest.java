package vn.congdoan.intranet.membership.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.membership.admission.AdmissionServices.form;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.membership.MembershipPeriod;
import vn.congdoan.intranet.membership.MovementKind;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/** Recording and deciding applications for admission, card numbers under concurrency, and the officers' scope. */
class AdmissionServicePersistenceTest {

    private static final LocalDate APPLIED = LocalDate.of(2026, 9, 5);
    private static final LocalDate DECIDED = LocalDate.of(2026, 10, 2);

    @DatabaseTest
    void anAdmittedPersonBecomesAMemberWithACardAndAnAdmissionPeriod(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();

        AdmissionApplication application = inTransaction(em, () -> service(em).record(officer, school,
                form("Lê Thị Hồng Nhung", Gender.FEMALE, APPLIED, null)));
        List<Member> admitted = inTransaction(em, () -> service(em).admit(officer, List.of(application.getId()),
                DECIDED, "Quyết định số 12/QĐ-CĐCS"));

        em.clear();
        Member member = em.find(Member.class, admitted.get(0).getId());
        assertEquals("Lê Thị Hồng Nhung", member.getFullName());
        assertEquals(school, member.getUnit().getId());
        assertEquals(MemberStatus.ACTIVE, member.getStatus());
        assertEquals(DECIDED, member.getJoinedOn());
        assertEquals(DECIDED, member.getCardIssuedOn());
        assertTrue(member.getCardNumber().matches("\\d{12}"), member.getCardNumber());
        List<MembershipPeriod> history = inTransaction(em, () -> new MemberLifecycle(em).history(member));
        assertEquals(1, history.size());
        assertEquals(MovementKind.ADMISSION, history.get(0).getStartKind());
        assertEquals(DECIDED, history.get(0).getValidFrom());
        assertNull(history.get(0).getValidTo());
        AdmissionApplication decided = em.find(AdmissionApplication.class, application.getId());
        assertEquals(ApplicationStatus.ADMITTED, decided.getStatus());
        assertEquals("Quyết định số 12/QĐ-CĐCS", decided.getDecisionRef());
        assertEquals(member.getId(), decided.getMember().getId());
    }

    @DatabaseTest
    void aGroupIsAdmittedWithConsecutiveNumbersInTheOrderRecorded(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();
        String group = "Đợt kết nạp tháng 10/2026";
        List<Long> ids = new ArrayList<>();
        for (String name : List.of("Phạm Văn An", "Trần Thị Bình", "Võ Minh Châu")) {
            ids.add(inTransaction(em, () -> service(em).record(officer, school,
                    form(name, Gender.FEMALE, APPLIED, group))).getId());
        }
        long singleId = inTransaction(em, () -> service(em).record(officer, school,
                form("Đỗ Văn Dũng", Gender.MALE, APPLIED, null))).getId();
        Member single = inTransaction(em, () -> service(em).admit(officer, List.of(singleId), DECIDED, "QĐ 13"))
                .get(0);

        List<Member> admitted = inTransaction(em, () -> service(em).admit(officer, List.of(ids.get(2), ids.get(0), ids.get(1)), DECIDED, "QĐ 14"));

        assertEquals(List.of("Phạm Văn An", "Trần Thị Bình", "Võ Minh Châu"),
                admitted.stream().map(Member::getFullName).toList());
        long first = Long.parseLong(admitted.get(0).getCardNumber());
        assertEquals(Long.parseLong(single.getCardNumber()) + 1, first, "the group follows the last number");
        for (int i = 0; i < admitted.size(); i++) {
            assertEquals(String.format("%012d", first + i), admitted.get(i).getCardNumber());
        }
        PageQuery ofGroup = new PageQuery(0, 50, null, true, Map.of("groupLabel", group));
        assertEquals(3, inTransaction(em, () -> service(em).countApplications(officer, school, ofGroup)));
        assertTrue(inTransaction(em, () -> service(em).groupLabels(officer, school)).contains(group));
        assertEquals(0, inTransaction(em, () -> service(em).countApplications(officer, school,
                ofGroup.withFilter("status", ApplicationStatus.PENDING))));
    }

    @DatabaseTest
    void aRejectedApplicationKeepsItsReasonAndMakesNoMember(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();
        long members = countMembers(em);
        AdmissionApplication application = inTransaction(em, () -> service(em).record(officer, school,
                form("Ngô Thị Lan", Gender.FEMALE, APPLIED, null)));

        BusinessException noReason = assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> { service(em).reject(officer, List.of(application.getId()), DECIDED, " "); return null; }));
        assertEquals("rejectReason", noReason.getField());
        inTransaction(em, () -> { service(em).reject(officer, List.of(application.getId()), DECIDED,
                "Chưa đủ thời gian công tác"); return null; });

        em.clear();
        AdmissionApplication rejected = em.find(AdmissionApplication.class, application.getId());
        assertEquals(ApplicationStatus.REJECTED, rejected.getStatus());
        assertEquals("Chưa đủ thời gian công tác", rejected.getRejectReason());
        assertNull(rejected.getMember());
        assertEquals(members, countMembers(em));
        BusinessException twice = assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).admit(officer, List.of(application.getId()), DECIDED, "QĐ 15")));
        assertEquals("admission.alreadyDecided", twice.getMessageKey());
        assertEquals(members, countMembers(em));
    }

    @DatabaseTest
    void badInputIsRefusedAtTheField(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();

        assertEquals("fullName", assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).record(officer, school, form("  ", Gender.MALE, APPLIED, null)))).getField());
        assertEquals("appliedOn", assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).record(officer, school, form("Hà Văn Tú", Gender.MALE,
                        LocalDate.now().plusYears(1), null)))).getField());
        AdmissionApplication application = inTransaction(em, () -> service(em).record(officer, school,
                form("Hà Văn Tú", Gender.MALE, APPLIED, null)));
        assertEquals("decidedOn", assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).admit(officer, List.of(application.getId()), APPLIED.minusDays(1), "QĐ 1")))
                .getField());
        assertEquals("decisionRef", assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).admit(officer, List.of(application.getId()), DECIDED, "")))
                .getField());
        assertEquals(ApplicationStatus.PENDING, inTransaction(em,
                () -> service(em).getApplication(officer, application.getId())).getStatus());
    }

    @DatabaseTest
    void anOfficerCannotTouchAnotherSchoolsApplicationsEvenById(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        Viewer other = demo.viewer("canbo.coso2");
        AdmissionApplication theirs = inTransaction(em, () -> service(em).record(other, demo.secondSchoolId(),
                form("Lý Thị Mai", Gender.FEMALE, APPLIED, null)));
        List<Long> forged = List.of(theirs.getId());

        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> service(em).record(officer, demo.secondSchoolId(), form("Lý Văn Nam", Gender.MALE, APPLIED, null))));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> service(em).getApplication(officer, theirs.getId())));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> service(em).admit(officer, forged, DECIDED, "QĐ giả")));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> { service(em).reject(officer, forged, DECIDED, "giả"); return null; }));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> service(em).findApplications(officer, demo.secondSchoolId(), PageQuery.firstPage(10))));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> service(em).record(demo.viewer("canbo.huyen"), demo.secondSchoolId(),
                        form("Lý Văn Nam", Gender.MALE, APPLIED, null))), "a district officer only reads");
        BusinessException notGrassroots = assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).record(demo.viewer("admin"), demo.districtIds().get(0),
                        form("Lý Văn Nam", Gender.MALE, APPLIED, null))));
        assertEquals("admission.notGrassroots", notGrassroots.getMessageKey());
        assertEquals(ApplicationStatus.PENDING, inTransaction(em,
                () -> service(em).getApplication(other, theirs.getId())).getStatus());
    }

    @DatabaseTest
    void concurrentAdmissionsInTwoSchoolsNeverShareANumber(TestDatabase db, EntityManager em) throws Exception {
        DemoProvince demo = DemoProvince.in(db);
        Viewer first = demo.viewer("canbo.coso");
        Viewer second = demo.viewer("canbo.coso2");
        Set<String> numbers = new HashSet<>();
        int admittedCount = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                List<Long> firstIds = recordGroup(em, first, demo.firstSchoolId(), "A" + round, 3);
                List<Long> secondIds = recordGroup(em, second, demo.secondSchoolId(), "B" + round, 3);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<List<String>> a = pool.submit(() -> admitApart(db, first, firstIds, together));
                Future<List<String>> b = pool.submit(() -> admitApart(db, second, secondIds, together));
                for (List<String> batch : List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS))) {
                    numbers.addAll(batch);
                    admittedCount += batch.size();
                    for (int i = 1; i < batch.size(); i++) {
                        assertEquals(Long.parseLong(batch.get(i - 1)) + 1, Long.parseLong(batch.get(i)),
                                "a batch is numbered consecutively: " + batch);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(24, admittedCount);
        assertEquals(admittedCount, numbers.size(), "two admissions shared a number: " + numbers);
        long stored = em.createQuery("SELECT COUNT(DISTINCT m.cardNumber) FROM Member m WHERE m.cardNumber IN :n",
                Long.class).setParameter("n", numbers).getSingleResult();
        assertEquals(24, stored);
    }

    private static List<Long> recordGroup(EntityManager em, Viewer officer, long school, String label, int size) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add(inTransaction(em, () -> service(em).record(officer, school,
                    form("Nguyễn Văn Thử", Gender.MALE, APPLIED, label))).getId());
        }
        return ids;
    }

    /** Admits in a transaction of its own EntityManager, starting together with the other thread. */
    private static List<String> admitApart(TestDatabase db, Viewer officer, List<Long> ids, CyclicBarrier together)
            throws Exception {
        try (EntityManager own = db.createEntityManager()) {
            own.getTransaction().begin();
            try {
                AdmissionService service = service(own);
                own.find(AdmissionApplication.class, ids.get(0)); // warm up outside the race
                together.await(30, TimeUnit.SECONDS);
                List<String> numbers = service.admit(officer, ids, DECIDED, "QĐ đồng thời").stream()
                        .map(Member::getCardNumber).toList();
                own.getTransaction().commit();
                numbers.forEach(n -> assertNotNull(n));
                return numbers;
            } finally {
                if (own.getTransaction().isActive()) {
                    own.getTransaction().rollback();
                }
            }
        }
    }

    private static long countMembers(EntityManager em) {
        return em.createQuery("SELECT COUNT(m) FROM Member m", Long.class).getSingleResult();
    }

    private static AdmissionService service(EntityManager em) {
        return AdmissionServices.using(em);
    }
}
