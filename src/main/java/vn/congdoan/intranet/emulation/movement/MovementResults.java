package vn.congdoan.intranet.emulation.movement;

/**
 * The result of a scored registration from its points, the movement's maximum and its thresholds (shares of the
 * maximum in whole per cent). Integer arithmetic only, so "exactly 90 %" is Xuất sắc and 89.99 % is not: the points
 * reach a threshold when {@code points × 100 ≥ threshold × max}.
 *
 * <pre>
 * new MovementResults(90, 70, 50).of(45, 50) // EXCELLENT (90 %)
 * </pre>
 */
public record MovementResults(int excellentFromPct, int goodFromPct, int passFromPct) {

    /** The usual shares: Xuất sắc from 90 %, Tốt from 70 %, Đạt from 50 %. */
    public static final MovementResults DEFAULTS = new MovementResults(90, 70, 50);

    public MovementResults {
        if (!valid(excellentFromPct, goodFromPct, passFromPct)) {
            throw new IllegalArgumentException("thresholds must descend within 1..100: "
                    + excellentFromPct + "/" + goodFromPct + "/" + passFromPct);
        }
    }

    /** Thresholds a movement may have: each within 1..100 and strictly descending. */
    public static boolean valid(int excellent, int good, int pass) {
        return excellent <= 100 && excellent > good && good > pass && pass >= 1;
    }

    /** The result of {@code points} out of {@code max} (max > 0, 0 ≤ points ≤ max). */
    public MovementResult of(int points, int max) {
        if (max <= 0 || points < 0 || points > max) {
            throw new IllegalArgumentException(points + " out of " + max);
        }
        long scaled = points * 100L;
        if (scaled >= (long) excellentFromPct * max) {
            return MovementResult.EXCELLENT;
        }
        if (scaled >= (long) goodFromPct * max) {
            return MovementResult.GOOD;
        }
        if (scaled >= (long) passFromPct * max) {
            return MovementResult.PASS;
        }
        return MovementResult.FAIL;
    }
}
