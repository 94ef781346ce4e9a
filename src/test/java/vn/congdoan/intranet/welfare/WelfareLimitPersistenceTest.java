package vn.congdoan.intranet.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;
import static vn.congdoan.intranet.welfare.WelfareFixture.refused;
import static vn.congdoan.intranet.welfare.WelfareFixture.submitted;
import static vn.congdoan.intranet.welfare.WelfareFixture.find;

import jakarta.persistence.EntityManager;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;
import vn.congdoan.intranet.welfare.limit.WelfareLimit;
import vn.congdoan.intranet.welfare.limit.WelfareLimitService;

/** The seeded limits of V8 and the province changing one: later cases route by the new limit. */
class WelfareLimitPersistenceTest {

    @DatabaseTest
    void theProvinceRaisesTheSchoolsLimitForTetGifts(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareLimitService limits = new WelfareLimitService(em);
        assertEquals(7, limits.limits(demo.viewer("canbo.coso")).size());
        WelfareLimit first = limits.limits(demo.viewer("canbo.coso")).get(0);
        assertEquals("SECTOR_UNION", first.getUnitLevelCode(), "levels top down");
        assertEquals(null, first.getCaseKind(), "any kind before a kind of its own");

        long before = submitted(em, demo.viewer("canbo.coso"), demo.firstMemberId(), WelfareKind.TET_GIFT, 3_000_000);
        assertEquals(demo.communeIds().get(0), find(em, before).getApproverUnit().getId());

        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> {
            limits.setLimit(demo.viewer("canbo.huyen"), "GRASSROOTS_UNION", WelfareKind.TET_GIFT, 3_000_000L);
            return null;
        }), "a ward configured the province's limits");
        refused("level", "welfare.limit.levelRequired", () -> inTransaction(em, () -> {
            limits.setLimit(demo.viewer("lanhdao.tinh"), "NO_SUCH_LEVEL", null, 1L);
            return null;
        }));
        inTransaction(em, () -> {
            limits.setLimit(demo.viewer("lanhdao.tinh"), "GRASSROOTS_UNION", WelfareKind.TET_GIFT, 3_000_000L);
            return null;
        });
        long after = submitted(em, demo.viewer("canbo.coso"), demo.firstMemberId(), WelfareKind.TET_GIFT, 3_000_000);
        assertEquals(demo.firstSchoolId(), find(em, after).getApproverUnit().getId());
        assertEquals(demo.communeIds().get(0), find(em, before).getApproverUnit().getId(), "re-routed");

        inTransaction(em, () -> {
            limits.setLimit(demo.viewer("lanhdao.tinh"), "GRASSROOTS_UNION", WelfareKind.TET_GIFT, null);
            return null;
        });
        assertEquals(7, limits.limits(demo.viewer("lanhdao.tinh")).size());
        assertThrows(AccessDeniedException.class, () -> limits.limits(demo.viewer("doanvien")));
    }
}
