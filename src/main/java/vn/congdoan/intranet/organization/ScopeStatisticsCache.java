package vn.congdoan.intranet.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The home page counts of large branches, kept for a few minutes. A province holds about 45,000 members: counting
 * them by gender reads that many index entries (50 ms and more under load) on every leader's home page, for figures
 * that a few minutes of delay do not change in any way a reader would act on. Small branches (an officer's commune
 * or school, every test and demo tree) are counted each time, so what their officers just changed shows at once.
 *
 * <p>Time-bounded only, never invalidated: each node of a cluster keeps its own copy, at most {@link #TTL} old.
 */
@ApplicationScoped
public class ScopeStatisticsCache {

    /** How long a branch's counts are reused. */
    public static final Duration TTL = Duration.ofMinutes(5);

    /** Branches with fewer members than this are not kept. */
    public static final long MIN_MEMBERS = 10_000;

    /** Upper bound on kept branches (a province, its districts and communes: a few thousand at national scale). */
    static final int MAX_ENTRIES = 2_000;

    private record Entry(ScopeStatistics statistics, long expiresAt) {
    }

    private final Map<Long, Entry> byUnit = new ConcurrentHashMap<>();

    /** The counts of the unit's branch: kept ones younger than {@link #TTL}, else freshly computed. */
    public ScopeStatistics get(long unitId, Supplier<ScopeStatistics> compute) {
        long now = System.nanoTime();
        Entry entry = byUnit.get(unitId);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.statistics();
        }
        ScopeStatistics fresh = compute.get();
        if (fresh.members() >= MIN_MEMBERS) {
            if (byUnit.size() >= MAX_ENTRIES) {
                evictExpired(now);
            }
            if (byUnit.size() < MAX_ENTRIES) {
                byUnit.put(unitId, new Entry(fresh, now + TTL.toNanos()));
            }
        }
        return fresh;
    }

    private void evictExpired(long now) {
        for (Iterator<Entry> it = byUnit.values().iterator(); it.hasNext();) {
            if (now - it.next().expiresAt() >= 0) {
                it.remove();
            }
        }
    }
}
