package vn.congdoan.intranet.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScopeStatisticsCacheTest {

    private final ScopeStatisticsCache cache = new ScopeStatisticsCache();

    @Test
    void aLargeBranchIsCountedOnceWithinItsMinutes() {
        AtomicInteger counted = new AtomicInteger();
        ScopeStatistics province = statistics(45_000);

        ScopeStatistics first = cache.get(1L, () -> { counted.incrementAndGet(); return province; });
        ScopeStatistics again = cache.get(1L, () -> { counted.incrementAndGet(); return statistics(45_001); });

        assertSame(first, again);
        assertEquals(1, counted.get());
    }

    @Test
    void aSmallBranchIsCountedEveryTimeSoItsOfficersSeeTheirChangeAtOnce() {
        AtomicInteger counted = new AtomicInteger();

        cache.get(2L, () -> { counted.incrementAndGet(); return statistics(40); });
        ScopeStatistics after = cache.get(2L, () -> { counted.incrementAndGet(); return statistics(41); });

        assertEquals(41, after.members());
        assertEquals(2, counted.get());
    }

    @Test
    void eachBranchKeepsItsOwnCounts() {
        cache.get(3L, () -> statistics(20_000));
        assertEquals(30_000, cache.get(4L, () -> statistics(30_000)).members());
        assertEquals(20_000, cache.get(3L, () -> statistics(99_999)).members());
    }

    private static ScopeStatistics statistics(long members) {
        return new ScopeStatistics(Map.of("GRASSROOTS", 10L), members, members / 2);
    }
}
