package vn.congdoan.intranet.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeStatisticsTest {

    @Test
    void womenShareIsAPercentRoundedToOneDecimal() {
        assertEquals(66.7, new ScopeStatistics(Map.of(), 3, 2).femalePercent());
        assertEquals(12.5, new ScopeStatistics(Map.of(), 8, 1).femalePercent());
    }

    @Test
    void womenShareOfNoMembersIsZero() {
        assertEquals(0.0, new ScopeStatistics(Map.of(), 0, 0).femalePercent());
    }

    @Test
    void countsUnitsPerLevelAndInTotal() {
        ScopeStatistics statistics = new ScopeStatistics(
                Map.of(UnitLevel.DISTRICT_FEDERATION, 1L, UnitLevel.GRASSROOTS_UNION, 11L), 500, 400);

        assertEquals(11, statistics.units(UnitLevel.GRASSROOTS_UNION));
        assertEquals(0, statistics.units(UnitLevel.SECTOR_UNION));
        assertEquals(12, statistics.totalUnits());
    }
}
