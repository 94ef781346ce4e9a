package vn.congdoan.intranet.organization;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link UnitHistoryService#pastRoots} for the length of one request: the report pages ask for the viewer's past
 * roots in every count, list and check they make (over twenty times on the status board), and the answer changes only
 * with a restructuring, which a request that applies one does not read back.
 */
@RequestScoped
public class PastRootsMemo {

    private final Map<Long, Set<Long>> byUnit = new HashMap<>();

    Set<Long> get(long unitId, Function<Long, Set<Long>> compute) {
        return byUnit.computeIfAbsent(unitId, compute);
    }
}
