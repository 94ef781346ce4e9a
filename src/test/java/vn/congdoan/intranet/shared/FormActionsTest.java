package vn.congdoan.intranet.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.Test;

/** A lost race is recognised however the transaction wraps it, so the page says "changed by someone else". */
class FormActionsTest {

    @Test
    void anOptimisticLockFailureIsALostRaceEvenWhenWrapped() {
        OptimisticLockException lock = new OptimisticLockException("version 3 expected");

        assertTrue(FormActions.isLostRace(lock));
        assertTrue(FormActions.isLostRace(new RuntimeException("commit failed", new RollbackException(lock))));
        assertFalse(FormActions.isLostRace(new IllegalStateException("connection lost")));
        assertFalse(FormActions.isLostRace(null));
    }
}
