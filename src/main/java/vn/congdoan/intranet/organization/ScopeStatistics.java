package vn.congdoan.intranet.organization;

import java.io.Serializable;
import java.util.Map;

/**
 * Counts for one unit's subtree: active units per level, and active members with how many are women.
 */
public record ScopeStatistics(Map<String, Long> unitsByLevel, long members, long femaleMembers) implements Serializable {

    public ScopeStatistics {
        unitsByLevel = Map.copyOf(unitsByLevel);
    }

    public long units(String levelCode) {
        return unitsByLevel.getOrDefault(levelCode, 0L);
    }

    public long totalUnits() {
        return unitsByLevel.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of women among members, in percent rounded to one decimal; 0 when there are no members. */
    public double femalePercent() {
        return members == 0 ? 0 : Math.round(femaleMembers * 1000.0 / members) / 10.0;
    }
}
