package vn.congdoan.intranet.membership.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.LeaveReason;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.admission.AdmissionService;
import vn.congdoan.intranet.membership.admission.AdmissionServices;
import vn.congdoan.intranet.membership.transfer.TransferService;
import vn.congdoan.intranet.membership.transfer.TransferServices;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.organization.OrgUnitServices;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * Quarterly movements of two new schools under a new district federation, with admissions, a transfer and leavings
 * on the quarters' edges, per school and summed over the district and the province.
 */
class MovementServicePersistenceTest {

    @DatabaseTest
    void quarterlyMovementsPerUnitAndSummedOverTheBranch(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer admin = demo.viewer("admin");
        OrgUnitService units = OrgUnitServices.using(em);
        OrgUnit district = inTransaction(em, () -> units.create(admin, new OrgUnit("MV-D", "LĐLĐ huyện Thử nghiệm",
                null, units.getLevel("DISTRICT_FEDERATION"), LocalDate.of(2020, 1, 1)), demo.provinceId()));
        OrgUnit schoolA = inTransaction(em, () -> units.create(admin, new OrgUnit("MV-A", "Công đoàn Trường A",
                null, units.getLevel("GRASSROOTS_UNION"), LocalDate.of(2020, 1, 1)), district.getId()));
        OrgUnit schoolB = inTransaction(em, () -> units.create(admin, new OrgUnit("MV-B", "Công đoàn Trường B",
                null, units.getLevel("GRASSROOTS_UNION"), LocalDate.of(2020, 1, 1)), district.getId()));
        Viewer officerA = new Viewer(-1, "canbo.a", "Cán bộ A", Role.GRASSROOTS_OFFICER, schoolA.getId(),
                schoolA.getPath(), null);
        Viewer officerB = new Viewer(-2, "canbo.b", "Cán bộ B", Role.GRASSROOTS_OFFICER, schoolB.getId(),
                schoolB.getPath(), null);
        Viewer districtOfficer = new Viewer(-3, "canbo.d", "Cán bộ D", Role.SUPERIOR_OFFICER, district.getId(),
                district.getPath(), null);

        // First quarter of 2025: three admitted into A, one into B.
        List<Member> a = admit(em, officerA, schoolA.getId(), LocalDate.of(2025, 1, 15), 3);
        admit(em, officerB, schoolB.getId(), LocalDate.of(2025, 2, 1), 1);
        // Second quarter: two admitted into A on its first day, one moves from A to B, one leaves A on its last day.
        admit(em, officerA, schoolA.getId(), LocalDate.of(2025, 4, 1), 2);
        TransferService transfers = TransferServices.using(em);
        long transfer = inTransaction(em, () -> transfers.issue(officerA, a.get(0).getId(), schoolB.getId(),
                LocalDate.of(2025, 5, 2), null)).getId();
        inTransaction(em, () -> transfers.accept(officerB, transfer, LocalDate.of(2025, 5, 10)));
        LeavingService leaving = MovementServices.leaving(em);
        inTransaction(em, () -> leaving.leave(officerA, a.get(1).getId(), LocalDate.of(2025, 6, 30),
                LeaveReason.RETIRED));
        // Third quarter: one leaves A on its first day.
        inTransaction(em, () -> leaving.leave(officerA, a.get(2).getId(), LocalDate.of(2025, 7, 1),
                LeaveReason.JOB_ENDED));

        MovementService movements = MovementServices.movements(em);
        QuarterMovements q2 = inTransaction(em, () -> movements.quarter(districtOfficer, district.getId(), 2025, 2));
        assertEquals(LocalDate.of(2025, 4, 1), q2.getFrom());
        assertEquals(LocalDate.of(2025, 6, 30), q2.getTo());
        assertEquals(2, q2.getLines().size());
        assertCounts(q2.line(schoolA.getId()), 3, 2, 0, 0, 1, 1, 3);
        assertCounts(q2.line(schoolB.getId()), 1, 0, 1, 0, 0, 0, 2);
        assertCounts(q2.getTotal(), 4, 2, 1, 0, 1, 1, 5);

        QuarterMovements q1 = inTransaction(em, () -> movements.quarter(officerA, schoolA.getId(), 2025, 1));
        assertEquals(1, q1.getLines().size(), "a school has a line of its own");
        assertCounts(q1.line(schoolA.getId()), 0, 3, 0, 0, 0, 0, 3);
        QuarterMovements q3 = inTransaction(em, () -> movements.quarter(districtOfficer, district.getId(), 2025, 3));
        assertCounts(q3.line(schoolA.getId()), 3, 0, 0, 0, 0, 1, 2);
        assertCounts(q3.getTotal(), 5, 0, 0, 0, 0, 1, 4);

        QuarterMovements province = inTransaction(em, () -> movements.quarter(admin, demo.provinceId(), 2025, 2));
        assertCounts(province.line(district.getId()), 4, 2, 1, 0, 1, 1, 5);
        long provinceEnd = province.getLines().stream().mapToLong(l -> l.getAtEnd()).sum();
        assertEquals(provinceEnd, province.getTotal().getAtEnd(), "the total is the sum of the lines");

        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> movements.quarter(officerA, schoolB.getId(), 2025, 2)));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> movements.quarter(officerA, district.getId(), 2025, 2)));
        assertEquals("quarter", assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> movements.quarter(officerA, schoolA.getId(), 2025, 5))).getField());
    }

    @DatabaseTest
    void theDemoMembersAreCountedAsRecorded(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long active = em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.unit.id = :u AND m.status = "
                + "vn.congdoan.intranet.membership.MemberStatus.ACTIVE", Long.class)
                .setParameter("u", demo.firstSchoolId()).getSingleResult();

        QuarterMovements q = inTransaction(em, () -> MovementServices.movements(em).quarter(officer,
                demo.firstSchoolId(), 2026, 4));

        assertEquals(active, q.getTotal().getAtEnd(), "members at the end of this quarter are the active members");
        assertEquals(q.getTotal().getAtStart() + q.getTotal().getRecorded() + q.getTotal().getAdmitted(),
                q.getTotal().getAtEnd());
    }

    @DatabaseTest
    void aPastQuarterIsCountedOnTheTreeOfItsDay(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer leader = demo.viewer("lanhdao.tinh");
        MovementService movements = MovementServices.movements(em);

        QuarterMovements spring = inTransaction(em, () -> movements.quarter(leader, demo.provinceId(), 2025, 2));
        QuarterMovements summer = inTransaction(em, () -> movements.quarter(leader, demo.provinceId(), 2025, 3));

        List<Long> springLines = spring.getLines().stream().map(UnitMovements::getUnitId).toList();
        assertTrue(springLines.containsAll(demo.districtIds()), "the district federations of spring 2025");
        assertTrue(springLines.contains(demo.sectorId()));
        assertTrue(demo.communeIds().stream().noneMatch(springLines::contains), "communes founded in July");
        assertTrue(spring.line(demo.districtIds().get(0)).getAtEnd() > 0);

        List<Long> summerLines = summer.getLines().stream().map(UnitMovements::getUnitId).toList();
        assertTrue(summerLines.containsAll(demo.communeIds()), summerLines.toString());
        UnitMovements endedDistrict = summer.line(demo.districtIds().get(0));
        assertTrue(endedDistrict.getLeft() > 0, "its Education Office union was dissolved in July: " + endedDistrict);
        assertTrue(endedDistrict.getTransferredOut() > 0, "its specialists moved to the Department's union");
        assertEquals(spring.getTotal().getAtEnd(), summer.getTotal().getAtStart(), "the quarters join up");
        assertEquals(summer.getTotal().getAtStart() + summer.getTotal().getAdmitted()
                        + summer.getTotal().getTransferredIn() + summer.getTotal().getRecorded()
                        - summer.getTotal().getTransferredOut() - summer.getTotal().getLeft(),
                summer.getTotal().getAtEnd());
    }

    private static void assertCounts(UnitMovements line, long atStart, long admitted, long in, long recorded,
                                     long out, long left, long atEnd) {
        assertEquals(List.of(atStart, admitted, in, recorded, out, left, atEnd),
                List.of(line.getAtStart(), line.getAdmitted(), line.getTransferredIn(), line.getRecorded(),
                        line.getTransferredOut(), line.getLeft(), line.getAtEnd()), line.toString());
    }

    private static List<Member> admit(EntityManager em, Viewer officer, long school, LocalDate on, int count) {
        AdmissionService admissions = AdmissionServices.using(em);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(inTransaction(em, () -> admissions.record(officer, school,
                    AdmissionServices.form("Người thử " + on, Gender.MALE, on.minusDays(5), null))).getId());
        }
        return inTransaction(em, () -> admissions.admit(officer, ids, on, "QĐ"));
    }
}
