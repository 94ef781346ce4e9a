package vn.congdoan.intranet.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.Test;

/** A lost race is recognised however the transaction wraps it, so the page says "changed by someone else". */
class ReportServiceTest {

    @Test
    void anOptimisticLockFailureIsALostRaceEvenWhenWrapped() {
        OptimisticLockException lock = new OptimisticLockException("version 3 expected");

        assertTrue(ReportService.isLostRace(lock));
        assertTrue(ReportService.isLostRace(new RuntimeException("commit failed", new RollbackException(lock))));
        assertFalse(ReportService.isLostRace(new IllegalStateException("connection lost")));
        assertFalse(ReportService.isLostRace(null));
    }
}
