package vn.congdoan.intranet.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;
import vn.congdoan.intranet.welfare.ConcernService;
import vn.congdoan.intranet.welfare.ConcernStatus;
import vn.congdoan.intranet.welfare.FundService;
import vn.congdoan.intranet.welfare.MemberConcern;
import vn.congdoan.intranet.welfare.WelfareBoardService;
import vn.congdoan.intranet.welfare.WelfareCase;
import vn.congdoan.intranet.welfare.WelfareStatus;
import vn.congdoan.intranet.welfare.WelfareSummary;

/**
 * The demo's welfare data on the demo province (its own database: DemoProvince itself has no welfare data, so the
 * welfare tests' figures stay exact). Written in one transaction that is rolled back at the end.
 */
class WelfareDemoDataPersistenceTest {

    @DatabaseTest
    void everyUnionHasTwoYearsOfFundsAndCasesInEveryStatus(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        em.getTransaction().begin();
        try {
            long start = System.nanoTime();
            String created = new WelfareDemoData(em, DemoProvince.CLOCK).create(new WelfareDemoData.Units(
                    em.find(OrgUnit.class, demo.provinceId()), em.find(OrgUnit.class, demo.sectorId()),
                    demo.districtIds().stream().map(id -> em.find(OrgUnit.class, id)).toList(),
                    demo.communeIds().stream().map(id -> em.find(OrgUnit.class, id)).toList(),
                    em.find(OrgUnit.class, demo.firstSchoolId()),
                    em.find(vn.congdoan.intranet.membership.Member.class, demo.firstMemberId())));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("Welfare demo data: " + created + " in " + took.toMillis() + " ms");
            assertTrue(took.toMillis() < 3_000, "welfare demo data took " + took);
            em.clear();
            check(demo, em);
        } finally {
            em.getTransaction().rollback();
        }
    }

    private static void check(DemoProvince demo, EntityManager em) {
        long unions = em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.active = TRUE AND u.level.grassroots"
                + " = TRUE", Long.class).getSingleResult();
        for (int year : new int[] {2025, 2026}) {
            long withFund = em.createQuery("SELECT COUNT(f) FROM WelfareFund f WHERE f.fundYear = :y"
                    + " AND f.unit.level.grassroots = TRUE", Long.class).setParameter("y", year).getSingleResult();
            assertEquals(unions, withFund, "grassroots funds of " + year);
        }
        Set<WelfareStatus> statuses = EnumSet.noneOf(WelfareStatus.class);
        em.createQuery("SELECT DISTINCT c.status FROM WelfareCase c", WelfareStatus.class).getResultList()
                .forEach(statuses::add);
        assertEquals(EnumSet.allOf(WelfareStatus.class), statuses);

        WelfareCase housing = em.createQuery("SELECT c FROM WelfareCase c WHERE c.amount > 50000000",
                WelfareCase.class).getSingleResult();
        assertEquals(WelfareStatus.SUBMITTED, housing.getStatus());
        assertEquals(demo.provinceId(), housing.getApproverUnit().getId());
        assertTrue(em.createQuery("SELECT COUNT(c) FROM WelfareCase c WHERE c.status = :paid"
                + " AND c.decidedByUnit.id <> c.unit.id", Long.class).setParameter("paid", WelfareStatus.PAID)
                .getSingleResult() > 0, "some paid cases went above the union's limit");

        FundService funds = new FundService(em, DemoProvince.CLOCK);
        Viewer province = demo.viewer("lanhdao.tinh");
        WelfareSummary summary = new WelfareBoardService(em).summary(province, 2026);
        assertTrue(summary.totalPaid() > 0);
        for (WelfareSummary.FundRow row : summary.funds()) {
            assertEquals(funds.balance(province, row.fundId()), row.balance());
            assertTrue(row.balance() >= 0, row.unitName() + " overdrawn: " + row.balance());
        }

        ConcernService concerns = new ConcernService(em, DemoProvince.CLOCK);
        Viewer member = demo.viewer("doanvien");
        assertTrue(concerns.myCases(member).stream().anyMatch(v -> v.getCase().getStatus() == WelfareStatus.PAID));
        assertTrue(concerns.myConcerns(member).stream().anyMatch(c -> c.getStatus() == ConcernStatus.ANSWERED));
        List<MemberConcern> open = concerns.unionConcerns(demo.viewer("canbo.coso"),
                PageQuery.firstPage(50).withFilter("status", ConcernStatus.OPEN));
        assertTrue(open.stream().anyMatch(c -> c.getMember().getId() != demo.firstMemberId()),
                "a colleague of doanvien has an open concern");
        assertTrue(em.createQuery("SELECT COUNT(c) FROM MemberConcern c WHERE c.status = :t", Long.class)
                .setParameter("t", ConcernStatus.TURNED_INTO_CASE).getSingleResult() > 0);
    }
}
