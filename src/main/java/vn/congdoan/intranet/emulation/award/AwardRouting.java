package vn.congdoan.intranet.emulation.award;

import java.util.List;

/**
 * Who issues an award to a recipient, and where a nomination goes first. Pure logic on ids and level codes, so the
 * rule is tested on any shape of tree (the old one with district federations, the 2025 one with commune and ward
 * unions, a school directly under the province) without a database.
 *
 * <p>The recipient's union is the member's union, or the receiving unit itself (a union cell counts as its grassroots
 * union). GRASSROOTS: that grassroots union (for collectives: only a union cell below it). DIRECT_SUPERIOR: the
 * union's superior. PROVINCE and NATIONAL: the root of the tree, the provincial federation, which decides its own
 * awards and records the national bodies' decisions.
 *
 * <pre>
 * Route route = AwardRouting.route(IssuerTier.PROVINCE, false, recipientChain, nominatorChain);
 * </pre>
 */
public final class AwardRouting {

    /** The level code of a union cell, which awards as part of its grassroots union. */
    public static final String UNION_CELL = "UNION_CELL";

    /** A unit on the way up: its id, its level's code and whether that level holds members (grassroots). */
    public record Step(long unitId, String levelCode, boolean grassroots) {
    }

    /** How a nomination proceeds. */
    public enum Outcome {
        /** The nominating unit issues this kind itself: it decides at once. */
        DECIDE_NOW,
        /** It climbs: the nominating unit's superior is the first to act. */
        NOMINATE,
        /** No unit issues this kind to this recipient (e.g. a grassroots Giấy khen to a whole union). */
        NO_ISSUER,
        /** The issuer is not above the nominating unit: it is not this unit's to ask for. */
        NOT_ABOVE
    }

    /** The result: the outcome, the issuer (null when none) and the first unit it waits at (null unless NOMINATE). */
    public record Route(Outcome outcome, Long issuerId, Long waitingAtId) {
    }

    private AwardRouting() {
    }

    /**
     * The unit that issues an award of this tier to the recipient.
     *
     * @param chain the recipient's unit first (the member's union, or the receiving unit), then each superior up to
     *              the root
     * @return the issuer's id, or null when no unit issues this tier to this recipient
     */
    public static Long issuer(IssuerTier tier, boolean collective, List<Step> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a recipient needs its unit");
        }
        int union = 0;
        while (union < chain.size() - 1 && UNION_CELL.equals(chain.get(union).levelCode())) {
            union++;
        }
        Step root = chain.get(chain.size() - 1);
        return switch (tier) {
            case GRASSROOTS -> {
                Step own = chain.get(union);
                boolean cellOrMember = !collective || union > 0;
                yield cellOrMember && own.grassroots() && !UNION_CELL.equals(own.levelCode()) ? own.unitId() : null;
            }
            case DIRECT_SUPERIOR -> union + 1 < chain.size() ? chain.get(union + 1).unitId() : null;
            case PROVINCE, NATIONAL -> collective && chain.size() == 1 ? null : root.unitId();
        };
    }

    /**
     * The route of a nomination by a unit.
     *
     * @param recipientChain see {@link #issuer}
     * @param nominatorChain the nominating unit's id first, then each superior's up to the root
     */
    public static Route route(IssuerTier tier, boolean collective, List<Step> recipientChain,
                              List<Long> nominatorChain) {
        Long issuer = issuer(tier, collective, recipientChain);
        if (issuer == null) {
            return new Route(Outcome.NO_ISSUER, null, null);
        }
        int at = nominatorChain.indexOf(issuer);
        if (at == 0) {
            return new Route(Outcome.DECIDE_NOW, issuer, null);
        }
        if (at < 0) {
            return new Route(Outcome.NOT_ABOVE, issuer, null);
        }
        return new Route(Outcome.NOMINATE, issuer, nominatorChain.get(1));
    }
}
