package vn.congdoan.intranet.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import vn.congdoan.intranet.emulation.award.AwardStatus;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * The demo's awards on the demo province (written in one transaction rolled back at the end, so the award tests'
 * figures stay exact): the yearly counts of the province's awards, past years under the district federations,
 * doanvien's granted award and canbo.coso's nomination waiting at canbo.huyen's ward.
 */
class AwardDemoDataPersistenceTest {

    @DatabaseTest
    void threeSchoolYearsOfAwardsAndNominationsInFlight(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        em.getTransaction().begin();
        try {
            long start = System.nanoTime();
            String created = new AwardDemoData(em, DemoProvince.CLOCK).create(new AwardDemoData.Units(
                    em.find(OrgUnit.class, demo.provinceId()),
                    demo.communeIds().stream().map(id -> em.find(OrgUnit.class, id)).toList(),
                    em.find(OrgUnit.class, demo.firstSchoolId()), em.find(Member.class, demo.firstMemberId())));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("Award demo data: " + created + " in " + took.toMillis() + " ms");
            assertTrue(took.toMillis() < 5_000, "award demo data took " + took);
            em.clear();
            check(demo, em);
        } finally {
            em.getTransaction().rollback();
        }
    }

    private static void check(DemoProvince demo, EntityManager em) {
        for (int year = 2023; year <= 2025; year++) {
            assertEquals(List.of(2L, 4L), List.of(
                    granted(em, "BK_PROVINCE", year, true), granted(em, "BK_PROVINCE", year, false)), "year " + year);
            assertEquals(5L, granted(em, "GK_SUPERIOR_OVERALL", year, true));
            assertTrue(granted(em, "GK_SUPERIOR_OVERALL", year, false) >= 15);
            assertTrue(granted(em, "GK_GRASSROOTS", year, false) > 50);
        }
        long medals = em.createQuery("SELECT COUNT(a) FROM Award a WHERE a.type.code = 'MEDAL_UNION_BUILDING'",
                Long.class).getSingleResult();
        long medalled = em.createQuery("SELECT COUNT(DISTINCT a.recipientMember.id) FROM Award a"
                + " WHERE a.type.code = 'MEDAL_UNION_BUILDING'", Long.class).getSingleResult();
        assertEquals(medals, medalled, "the medal goes once per person");

        String district = em.find(OrgUnit.class, demo.districtIds().get(0)).getPath();
        assertTrue(em.createQuery("SELECT COUNT(a) FROM Award a WHERE a.schoolYear = 2023"
                + " AND a.recipientPath LIKE :d", Long.class).setParameter("d", district + "%").getSingleResult() > 0,
                "2023–2024 awards count under the district federation of then");

        assertTrue(em.createQuery("SELECT COUNT(a) FROM Award a WHERE a.recipientMember.id = :me"
                + " AND a.status = :granted", Long.class).setParameter("me", demo.firstMemberId())
                .setParameter("granted", AwardStatus.GRANTED).getSingleResult() > 0, "doanvien's award");
        assertTrue(em.createQuery("SELECT COUNT(a) FROM Award a WHERE a.nominatingUnit.id = :school"
                        + " AND a.currentUnit.id = :ward AND a.status = :pending", Long.class)
                .setParameter("school", demo.firstSchoolId()).setParameter("ward", demo.communeIds().get(0))
                .setParameter("pending", AwardStatus.PENDING).getSingleResult() > 0, "canbo.coso's nomination");
        assertTrue(em.createQuery("SELECT COUNT(a) FROM Award a WHERE a.status = :pending AND a.currentUnit.id"
                        + " = :province", Long.class).setParameter("pending", AwardStatus.PENDING)
                .setParameter("province", demo.provinceId()).getSingleResult() > 0, "nominations at the province");
        long withoutSteps = em.createQuery("SELECT COUNT(a) FROM Award a WHERE NOT EXISTS (SELECT e FROM AwardEvent e"
                + " WHERE e.award = a)", Long.class).getSingleResult();
        assertEquals(0, withoutSteps, "every award has its steps");
    }

    private static long granted(EntityManager em, String code, int year, boolean collective) {
        return em.createQuery("SELECT COUNT(a) FROM Award a WHERE a.type.code = :code AND a.schoolYear = :year"
                        + " AND a.status = :granted AND a.recipientUnit IS " + (collective ? "NOT NULL" : "NULL"),
                        Long.class).setParameter("code", code).setParameter("year", year)
                .setParameter("granted", AwardStatus.GRANTED).getSingleResult();
    }
}
