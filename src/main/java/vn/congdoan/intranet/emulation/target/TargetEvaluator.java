package vn.congdoan.intranet.emulation.target;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of targets, free of the database: given the counted facts, what the actual value is and whether
 * the target is met. Decisions are exact (BigDecimal, percentages compared by cross-multiplication, never after
 * rounding), so 19 of 20 units meets "at least 95 %" and 189 of 199 (94.97 %) does not.
 */
public final class TargetEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Shown percentages keep two decimals and are cut, not rounded: a shown 95 % is never 94.996 %. */
    public static final int PERCENT_SCALE = 2;

    private TargetEvaluator() {
    }

    /** A value and its outcome; for shares also the counts it came from. */
    public record Evaluation(TargetOutcome outcome, BigDecimal actual, long reached, long total) {

        public static Evaluation of(TargetOutcome outcome, BigDecimal actual) {
            return new Evaluation(outcome, actual, 0, 0);
        }
    }

    /**
     * "At least {@code floor} % of the subjects reach the title": {@code reached} of {@code total}. With no subject
     * at all there is no share to speak of: {@link TargetOutcome#NO_SUBJECTS}, which does not count as met (a floor
     * over nothing proves nothing, and the leader should see that the target cannot be measured).
     */
    public static Evaluation percentFloor(long reached, long total, BigDecimal floor) {
        if (reached < 0 || total < 0 || reached > total) {
            throw new IllegalArgumentException(reached + " of " + total);
        }
        if (total == 0) {
            return new Evaluation(TargetOutcome.NO_SUBJECTS, null, 0, 0);
        }
        BigDecimal share = BigDecimal.valueOf(reached).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total), PERCENT_SCALE, RoundingMode.DOWN);
        // reached / total >= floor / 100  ⇔  reached * 100 >= floor * total: exact, whatever floor's decimals
        int comparison = BigDecimal.valueOf(reached).multiply(HUNDRED)
                .compareTo(floor.multiply(BigDecimal.valueOf(total)));
        return new Evaluation(outcome(comparison), share, reached, total);
    }

    /** "At least {@code low}". */
    public static Evaluation count(long actual, BigDecimal low) {
        return Evaluation.of(outcome(BigDecimal.valueOf(actual).compareTo(low)), BigDecimal.valueOf(actual));
    }

    /** "From {@code low} to {@code high}", both included; above the range is exceeded, still "đạt và vượt". */
    public static Evaluation range(long actual, BigDecimal low, BigDecimal high) {
        BigDecimal value = BigDecimal.valueOf(actual);
        TargetOutcome outcome = value.compareTo(low) < 0 ? TargetOutcome.NOT_MET
                : value.compareTo(high) > 0 ? TargetOutcome.EXCEEDED : TargetOutcome.MET;
        return Evaluation.of(outcome, value);
    }

    /**
     * "The unit reaches the title ranked {@code requiredRank}": met when its decided title has that rank, exceeded
     * with a better (lower) rank, not met with a worse one or none decided ({@code heldRank} null).
     */
    public static Evaluation title(Integer heldRank, int requiredRank) {
        if (heldRank == null) {
            return Evaluation.of(TargetOutcome.NOT_MET, null);
        }
        return Evaluation.of(outcome(Integer.compare(requiredRank, heldRank)), BigDecimal.valueOf(heldRank));
    }

    private static TargetOutcome outcome(int comparison) {
        return comparison > 0 ? TargetOutcome.EXCEEDED : comparison == 0 ? TargetOutcome.MET : TargetOutcome.NOT_MET;
    }
}
