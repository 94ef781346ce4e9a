package vn.congdoan.intranet.reporting;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The periods a unit follows through its reports, for the length of one request: the period table counts and then
 * lists, and the default period asks again, each with the same answer (three or four queries each time).
 */
@RequestScoped
public class FollowedPeriodsMemo {

    private final Map<String, Set<Long>> byUnit = new HashMap<>();

    Set<Long> get(long unitId, String unitPath, Supplier<Set<Long>> compute) {
        return byUnit.computeIfAbsent(unitId + unitPath, key -> compute.get());
    }
}
