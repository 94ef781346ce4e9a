package vn.congdoan.intranet.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.intranet.welfare.WelfareRouting.Limit;
import vn.congdoan.intranet.welfare.WelfareRouting.RouteUnit;

/** Which unit approves a case: the seeded limits of V8, amounts at and around each limit, both trees. */
class WelfareRoutingTest {

    private static final WelfareRouting ROUTING = new WelfareRouting(List.of(
            new Limit("GRASSROOTS_UNION", null, 2_000_000),
            new Limit("COMMUNE_UNION", null, 10_000_000),
            new Limit("DISTRICT_FEDERATION", null, 10_000_000),
            new Limit("SECTOR_UNION", null, 10_000_000),
            new Limit("COMMUNE_UNION", WelfareKind.HOUSING_SUPPORT, 50_000_000),
            new Limit("DISTRICT_FEDERATION", WelfareKind.HOUSING_SUPPORT, 50_000_000),
            new Limit("SECTOR_UNION", WelfareKind.HOUSING_SUPPORT, 50_000_000)));

    private static final RouteUnit SCHOOL = new RouteUnit(30, "GRASSROOTS_UNION");
    private static final RouteUnit WARD = new RouteUnit(20, "COMMUNE_UNION");
    private static final RouteUnit DISTRICT = new RouteUnit(21, "DISTRICT_FEDERATION");
    private static final RouteUnit PROVINCE = new RouteUnit(10, "PROVINCE_FEDERATION");
    /** Since 01/07/2025: school → ward union → province. */
    private static final List<RouteUnit> NOW = List.of(SCHOOL, WARD, PROVINCE);
    /** Before: school → district federation → province. */
    private static final List<RouteUnit> BEFORE = List.of(SCHOOL, DISTRICT, PROVINCE);

    @Test
    void theSchoolApprovesUpToItsLimitToTheĐồng() {
        assertEquals(SCHOOL, ROUTING.approver(0, WelfareKind.TET_GIFT, NOW));
        assertEquals(SCHOOL, ROUTING.approver(1_999_999, WelfareKind.SICKNESS_VISIT, NOW));
        assertEquals(SCHOOL, ROUTING.approver(2_000_000, WelfareKind.SICKNESS_VISIT, NOW));
        assertEquals(WARD, ROUTING.approver(2_000_001, WelfareKind.SICKNESS_VISIT, NOW));
    }

    @Test
    void theSuperiorApprovesUpToTenMillionThenTheProvince() {
        assertEquals(WARD, ROUTING.approver(10_000_000, WelfareKind.HARDSHIP, NOW));
        assertEquals(PROVINCE, ROUTING.approver(10_000_001, WelfareKind.HARDSHIP, NOW));
        assertEquals(DISTRICT, ROUTING.approver(10_000_000, WelfareKind.BEREAVEMENT, BEFORE));
        assertEquals(PROVINCE, ROUTING.approver(10_000_001, WelfareKind.BEREAVEMENT, BEFORE));
        assertEquals(PROVINCE, ROUTING.approver(Long.MAX_VALUE, WelfareKind.OTHER, NOW));
    }

    @Test
    void largeHousingSupportGoesToTheProvince() {
        assertEquals(SCHOOL, ROUTING.approver(2_000_000, WelfareKind.HOUSING_SUPPORT, NOW));
        assertEquals(WARD, ROUTING.approver(10_000_001, WelfareKind.HOUSING_SUPPORT, NOW));
        assertEquals(WARD, ROUTING.approver(50_000_000, WelfareKind.HOUSING_SUPPORT, NOW));
        assertEquals(PROVINCE, ROUTING.approver(50_000_001, WelfareKind.HOUSING_SUPPORT, NOW));
        assertEquals(PROVINCE, ROUTING.approver(50_000_001, WelfareKind.HOUSING_SUPPORT, BEFORE));
    }

    @Test
    void aLevelWithoutLimitPassesEverythingUp() {
        RouteUnit cell = new RouteUnit(40, "UNION_CELL");
        assertEquals(SCHOOL, ROUTING.approver(500_000, WelfareKind.SICKNESS_VISIT, List.of(cell, SCHOOL, WARD)));
        assertEquals(PROVINCE, ROUTING.approver(1, WelfareKind.OTHER, List.of(PROVINCE)));
        assertEquals(10_000_000, ROUTING.limitOf("COMMUNE_UNION", WelfareKind.TET_GIFT).getAsLong());
        assertEquals(50_000_000, ROUTING.limitOf("COMMUNE_UNION", WelfareKind.HOUSING_SUPPORT).getAsLong());
    }

    @Test
    void refusesWhatCannotBeRouted() {
        assertThrows(IllegalArgumentException.class, () -> ROUTING.approver(1, WelfareKind.OTHER, List.of()));
        assertThrows(IllegalArgumentException.class, () -> ROUTING.approver(-1, WelfareKind.OTHER, NOW));
    }
}
