package vn.congdoan.intranet.emulation.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Results from points against the thresholds, hand-computed at and around each boundary. */
class MovementResultsTest {

    private final MovementResults defaults = MovementResults.DEFAULTS;

    @Test
    void exactlyAtAThresholdReachesIt() {
        assertEquals(MovementResult.EXCELLENT, defaults.of(90, 100));
        assertEquals(MovementResult.GOOD, defaults.of(70, 100));
        assertEquals(MovementResult.PASS, defaults.of(50, 100));
        assertEquals(MovementResult.EXCELLENT, defaults.of(27, 30)); // 90 % of 30
        assertEquals(MovementResult.EXCELLENT, defaults.of(100, 100));
    }

    @Test
    void justBelowAThresholdFallsToTheNextResult() {
        assertEquals(MovementResult.GOOD, defaults.of(89, 100));
        assertEquals(MovementResult.PASS, defaults.of(69, 100));
        assertEquals(MovementResult.FAIL, defaults.of(49, 100));
        assertEquals(MovementResult.FAIL, defaults.of(0, 100));
        // 26 of 30 is 86.67 %: Tốt, not rounded up to Xuất sắc
        assertEquals(MovementResult.GOOD, defaults.of(26, 30));
        // 2 of 3 is 66.67 %: Đạt
        assertEquals(MovementResult.PASS, defaults.of(2, 3));
    }

    @Test
    void theMovementsOwnThresholdsApply() {
        MovementResults strict = new MovementResults(95, 80, 60);
        assertEquals(MovementResult.GOOD, strict.of(94, 100));
        assertEquals(MovementResult.EXCELLENT, strict.of(19, 20));
        assertEquals(MovementResult.FAIL, strict.of(11, 20));
        assertEquals(MovementResult.PASS, strict.of(12, 20));
    }

    @Test
    void thresholdsMustDescendWithinOneToAHundred() {
        assertTrue(MovementResults.valid(90, 70, 50));
        assertTrue(MovementResults.valid(100, 99, 1));
        assertFalse(MovementResults.valid(70, 90, 50));
        assertFalse(MovementResults.valid(90, 90, 50));
        assertFalse(MovementResults.valid(101, 70, 50));
        assertFalse(MovementResults.valid(90, 70, 0));
        assertThrows(IllegalArgumentException.class, () -> new MovementResults(50, 70, 90));
    }

    @Test
    void pointsOutsideTheMaximumAreNoResult() {
        assertThrows(IllegalArgumentException.class, () -> defaults.of(101, 100));
        assertThrows(IllegalArgumentException.class, () -> defaults.of(-1, 100));
        assertThrows(IllegalArgumentException.class, () -> defaults.of(0, 0));
    }
}
