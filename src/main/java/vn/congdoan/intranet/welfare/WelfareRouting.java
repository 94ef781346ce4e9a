package vn.congdoan.intranet.welfare;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Which unit must approve a welfare case: the first unit, from the member's own union upward, whose level may approve
 * the amount for that kind. A kind's own limit overrides the level's limit for any kind; a level without a limit
 * approves nothing itself (a union cell passes everything up), and the top of the chain decides what no one below
 * may. Pure logic on plain values, so the rule is tested without a database.
 */
public final class WelfareRouting {

    /** One configured limit: level code, kind (null = any kind), largest amount in đồng the level approves. */
    public record Limit(String levelCode, WelfareKind kind, long maxAmount) {
    }

    /** A unit on the way up: its id and its level's code. */
    public record RouteUnit(long unitId, String levelCode) {
    }

    private final Map<String, Long> byLevelAndKind = new HashMap<>();

    public WelfareRouting(Collection<Limit> limits) {
        for (Limit limit : limits) {
            byLevelAndKind.put(key(limit.levelCode(), limit.kind()), limit.maxAmount());
        }
    }

    /** The limit of a level for a kind: the kind's own when configured, else the level's limit for any kind. */
    public OptionalLong limitOf(String levelCode, WelfareKind kind) {
        Long own = byLevelAndKind.get(key(levelCode, kind));
        if (own == null) {
            own = byLevelAndKind.get(key(levelCode, null));
        }
        return own == null ? OptionalLong.empty() : OptionalLong.of(own);
    }

    /**
     * The unit that must decide.
     *
     * @param chain the member's union first, then its superior, and so on up to the top of the tree
     */
    public RouteUnit approver(long amount, WelfareKind kind, List<RouteUnit> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a case needs its own union");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        for (RouteUnit unit : chain) {
            OptionalLong limit = limitOf(unit.levelCode(), kind);
            if (limit.isPresent() && amount <= limit.getAsLong()) {
                return unit;
            }
        }
        return chain.get(chain.size() - 1);
    }

    private static String key(String levelCode, WelfareKind kind) {
        return levelCode + "|" + (kind == null ? "*" : kind.name());
    }
}
