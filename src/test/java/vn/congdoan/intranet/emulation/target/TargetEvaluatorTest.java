package vn.congdoan.intranet.emulation.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The target arithmetic against hand-computed cases. */
class TargetEvaluatorTest {

    private static final BigDecimal P95 = new BigDecimal("95");

    @Test
    void exactlyNinetyFivePercentMeetsANinetyFivePercentFloor() {
        TargetEvaluator.Evaluation e = TargetEvaluator.percentFloor(19, 20, P95);
        assertEquals(TargetOutcome.MET, e.outcome());
        assertEquals(new BigDecimal("95.00"), e.actual());
        assertTrue(e.outcome().reached());
    }

    @Test
    void justBelowTheFloorIsNotMetEvenWhenItWouldRoundUp() {
        // 189 / 199 = 94.974…%: rounded to one decimal it would read 95.0 and wrongly pass
        TargetEvaluator.Evaluation e = TargetEvaluator.percentFloor(189, 199, P95);
        assertEquals(TargetOutcome.NOT_MET, e.outcome());
        assertEquals(new BigDecimal("94.97"), e.actual());
    }

    @Test
    void aboveTheFloorExceedsIt() {
        TargetEvaluator.Evaluation e = TargetEvaluator.percentFloor(39, 40, P95);
        assertEquals(TargetOutcome.EXCEEDED, e.outcome());
        assertEquals(new BigDecimal("97.50"), e.actual());
    }

    @Test
    void aFloorWithDecimalsIsComparedExactly() {
        // 97.5 % of 40 is 39 exactly
        assertEquals(TargetOutcome.MET, TargetEvaluator.percentFloor(39, 40, new BigDecimal("97.5")).outcome());
        assertEquals(TargetOutcome.NOT_MET, TargetEvaluator.percentFloor(38, 40, new BigDecimal("97.5")).outcome());
        // 2 of 3 is 66.666…%: a floor of 66.67 is not met, 66.66 is exceeded
        assertEquals(TargetOutcome.NOT_MET, TargetEvaluator.percentFloor(2, 3, new BigDecimal("66.67")).outcome());
        assertEquals(TargetOutcome.EXCEEDED, TargetEvaluator.percentFloor(2, 3, new BigDecimal("66.66")).outcome());
        assertEquals(new BigDecimal("66.66"), TargetEvaluator.percentFloor(2, 3, P95).actual());
    }

    @Test
    void noSubordinateUnitsIsNoShareAndNotMet() {
        TargetEvaluator.Evaluation e = TargetEvaluator.percentFloor(0, 0, P95);
        assertEquals(TargetOutcome.NO_SUBJECTS, e.outcome());
        assertNull(e.actual());
        assertFalse(e.outcome().reached());
    }

    @Test
    void aZeroFloorIsMetByNothingReached() {
        assertEquals(TargetOutcome.MET, TargetEvaluator.percentFloor(0, 12, BigDecimal.ZERO).outcome());
    }

    @Test
    void moreReachedThanSubjectsIsABug() {
        assertThrows(IllegalArgumentException.class, () -> TargetEvaluator.percentFloor(5, 4, P95));
    }

    @Test
    void countsAreFloors() {
        assertEquals(TargetOutcome.NOT_MET, TargetEvaluator.count(13, BigDecimal.valueOf(14)).outcome());
        assertEquals(TargetOutcome.MET, TargetEvaluator.count(14, BigDecimal.valueOf(14)).outcome());
        assertEquals(TargetOutcome.EXCEEDED, TargetEvaluator.count(15, BigDecimal.valueOf(14)).outcome());
        assertEquals(BigDecimal.valueOf(15), TargetEvaluator.count(15, BigDecimal.valueOf(14)).actual());
    }

    @Test
    void rangesIncludeBothEnds() {
        BigDecimal low = BigDecimal.valueOf(34);
        BigDecimal high = BigDecimal.valueOf(44);
        assertEquals(TargetOutcome.NOT_MET, TargetEvaluator.range(33, low, high).outcome());
        assertEquals(TargetOutcome.MET, TargetEvaluator.range(34, low, high).outcome());
        assertEquals(TargetOutcome.MET, TargetEvaluator.range(40, low, high).outcome());
        assertEquals(TargetOutcome.MET, TargetEvaluator.range(44, low, high).outcome());
        assertEquals(TargetOutcome.EXCEEDED, TargetEvaluator.range(45, low, high).outcome());
        assertTrue(TargetEvaluator.range(45, low, high).outcome().reached(), "above the range is \"vượt\"");
    }

    @Test
    void titlesCompareByRank() {
        assertEquals(TargetOutcome.EXCEEDED, TargetEvaluator.title(1, 2).outcome());
        assertEquals(TargetOutcome.MET, TargetEvaluator.title(2, 2).outcome());
        assertEquals(TargetOutcome.NOT_MET, TargetEvaluator.title(3, 2).outcome());
        assertEquals(TargetOutcome.NOT_MET, TargetEvaluator.title(null, 2).outcome(), "not classified yet");
    }
}
