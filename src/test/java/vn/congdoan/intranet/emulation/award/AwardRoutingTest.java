package vn.congdoan.intranet.emulation.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.intranet.emulation.award.AwardRouting.Outcome;
import vn.congdoan.intranet.emulation.award.AwardRouting.Route;
import vn.congdoan.intranet.emulation.award.AwardRouting.Step;

/**
 * Who issues which tier and where a nomination waits first, on the 2025 tree (province → ward → school → cell), the
 * old tree (province → district federation → school, province → sector union → its union) and a union directly under
 * the province.
 */
class AwardRoutingTest {

    private static final Step PROVINCE = new Step(1, "PROVINCE_FEDERATION", false);
    private static final Step WARD = new Step(2, "COMMUNE_UNION", false);
    private static final Step SCHOOL = new Step(3, "GRASSROOTS_UNION", true);
    private static final Step CELL = new Step(4, "UNION_CELL", true);
    private static final Step DISTRICT = new Step(5, "DISTRICT_FEDERATION", false);
    private static final Step OLD_SCHOOL = new Step(6, "GRASSROOTS_UNION", true);
    private static final Step DEPARTMENT = new Step(7, "GRASSROOTS_UNION", true);
    private static final Step SECTOR = new Step(8, "SECTOR_UNION", false);

    private static final List<Step> SCHOOL_2025 = List.of(SCHOOL, WARD, PROVINCE);
    private static final List<Long> FROM_SCHOOL = List.of(3L, 2L, 1L);
    private static final List<Long> FROM_WARD = List.of(2L, 1L);
    private static final List<Long> FROM_PROVINCE = List.of(1L);

    @Test
    void eachTierHasItsIssuerForAMemberOfASchoolUnderAWard() {
        assertEquals(3L, AwardRouting.issuer(IssuerTier.GRASSROOTS, false, SCHOOL_2025));
        assertEquals(2L, AwardRouting.issuer(IssuerTier.DIRECT_SUPERIOR, false, SCHOOL_2025));
        assertEquals(1L, AwardRouting.issuer(IssuerTier.PROVINCE, false, SCHOOL_2025));
        assertEquals(1L, AwardRouting.issuer(IssuerTier.NATIONAL, false, SCHOOL_2025));
    }

    @Test
    void theOldTreeSendsTheSuperiorsGiayKhenToTheDistrictFederationOrTheSectorUnion() {
        assertEquals(5L, AwardRouting.issuer(IssuerTier.DIRECT_SUPERIOR, false, List.of(OLD_SCHOOL, DISTRICT,
                PROVINCE)));
        assertEquals(8L, AwardRouting.issuer(IssuerTier.DIRECT_SUPERIOR, true, List.of(DEPARTMENT, SECTOR,
                PROVINCE)));
        assertEquals(1L, AwardRouting.issuer(IssuerTier.PROVINCE, true, List.of(OLD_SCHOOL, DISTRICT, PROVINCE)));
    }

    @Test
    void aUnionDirectlyUnderTheProvinceHasTheProvinceAsItsDirectSuperior() {
        List<Step> chain = List.of(DEPARTMENT, PROVINCE);
        assertEquals(7L, AwardRouting.issuer(IssuerTier.GRASSROOTS, false, chain));
        assertEquals(1L, AwardRouting.issuer(IssuerTier.DIRECT_SUPERIOR, false, chain));
        assertEquals(1L, AwardRouting.issuer(IssuerTier.DIRECT_SUPERIOR, true, chain));
        assertEquals(new Route(Outcome.NOMINATE, 1L, 1L),
                AwardRouting.route(IssuerTier.DIRECT_SUPERIOR, false, chain, List.of(7L, 1L)));
    }

    @Test
    void collectivesGetAGrassrootsGiayKhenOnlyAsAUnionCell() {
        assertEquals(3L, AwardRouting.issuer(IssuerTier.GRASSROOTS, true, List.of(CELL, SCHOOL, WARD, PROVINCE)));
        assertNull(AwardRouting.issuer(IssuerTier.GRASSROOTS, true, SCHOOL_2025));
        assertNull(AwardRouting.issuer(IssuerTier.GRASSROOTS, false, List.of(WARD, PROVINCE)),
                "a member attached to a ward has no grassroots union to award them");
        assertEquals(2L, AwardRouting.issuer(IssuerTier.DIRECT_SUPERIOR, true, List.of(CELL, SCHOOL, WARD,
                PROVINCE)), "a cell's superior award is its school's superior's");
        assertEquals(1L, AwardRouting.issuer(IssuerTier.DIRECT_SUPERIOR, true, List.of(WARD, PROVINCE)));
        assertNull(AwardRouting.issuer(IssuerTier.DIRECT_SUPERIOR, true, List.of(PROVINCE)));
        assertNull(AwardRouting.issuer(IssuerTier.PROVINCE, true, List.of(PROVINCE)),
                "the province does not award itself");
    }

    @Test
    void aUnitDecidesItsOwnKindAtOnce() {
        assertEquals(new Route(Outcome.DECIDE_NOW, 3L, null),
                AwardRouting.route(IssuerTier.GRASSROOTS, false, SCHOOL_2025, FROM_SCHOOL));
        assertEquals(new Route(Outcome.DECIDE_NOW, 2L, null),
                AwardRouting.route(IssuerTier.DIRECT_SUPERIOR, true, SCHOOL_2025, FROM_WARD));
        assertEquals(new Route(Outcome.DECIDE_NOW, 1L, null),
                AwardRouting.route(IssuerTier.PROVINCE, false, SCHOOL_2025, FROM_PROVINCE));
        assertEquals(new Route(Outcome.DECIDE_NOW, 1L, null),
                AwardRouting.route(IssuerTier.NATIONAL, false, SCHOOL_2025, FROM_PROVINCE),
                "the province records a national decision at once");
    }

    @Test
    void aHigherKindWaitsFirstAtTheNominatingUnitsSuperior() {
        assertEquals(new Route(Outcome.NOMINATE, 2L, 2L),
                AwardRouting.route(IssuerTier.DIRECT_SUPERIOR, false, SCHOOL_2025, FROM_SCHOOL));
        assertEquals(new Route(Outcome.NOMINATE, 1L, 2L),
                AwardRouting.route(IssuerTier.PROVINCE, false, SCHOOL_2025, FROM_SCHOOL));
        assertEquals(new Route(Outcome.NOMINATE, 1L, 2L),
                AwardRouting.route(IssuerTier.NATIONAL, false, SCHOOL_2025, FROM_SCHOOL),
                "a school nominates for a national award too; it climbs to the province");
        assertEquals(new Route(Outcome.NOMINATE, 1L, 1L),
                AwardRouting.route(IssuerTier.PROVINCE, true, SCHOOL_2025, FROM_WARD));
        assertEquals(new Route(Outcome.NOMINATE, 1L, 5L),
                AwardRouting.route(IssuerTier.PROVINCE, false, List.of(OLD_SCHOOL, DISTRICT, PROVINCE),
                        List.of(6L, 5L, 1L)));
    }

    @Test
    void aUnitAboveTheIssuerOrANonIssuingTierIsRefused() {
        assertEquals(new Route(Outcome.NOT_ABOVE, 3L, null),
                AwardRouting.route(IssuerTier.GRASSROOTS, false, SCHOOL_2025, FROM_WARD),
                "the ward cannot ask for the school's own Giấy khen");
        assertEquals(new Route(Outcome.NOT_ABOVE, 2L, null),
                AwardRouting.route(IssuerTier.DIRECT_SUPERIOR, false, SCHOOL_2025, FROM_PROVINCE));
        assertEquals(new Route(Outcome.NO_ISSUER, null, null),
                AwardRouting.route(IssuerTier.GRASSROOTS, true, SCHOOL_2025, FROM_SCHOOL));
    }
}
