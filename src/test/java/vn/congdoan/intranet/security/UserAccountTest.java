package vn.congdoan.intranet.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.Entities.withId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.congdoan.intranet.organization.OrgUnit;

class UserAccountTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

    private final UserAccount account = new UserAccount("canbo.coso", "Đặng Thị Kim Loan", Role.GRASSROOTS_OFFICER,
            null, "pbkdf2-sha256$1000$c2FsdA$aGFzaA");

    @Test
    void staysOpenBelowTheLimit() {
        failTimes(4, NOW);

        assertFalse(account.isLockedAt(NOW));
        assertEquals(4, account.getFailedLogins());
        assertNull(account.getLockedUntil());
    }

    @Test
    void locksAtTheLimitForTheLockDuration() {
        failTimes(5, NOW);

        assertTrue(account.isLockedAt(NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), account.getLockedUntil());
    }

    @Test
    void staysLockedUntilTheLockExpires() {
        failTimes(5, NOW);

        assertTrue(account.isLockedAt(NOW.plus(Duration.ofMinutes(14)).plusSeconds(59)));
        assertFalse(account.isLockedAt(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aFailureAfterTheLockExpiredStartsCountingAgain() {
        failTimes(5, NOW);
        Instant later = NOW.plus(Duration.ofMinutes(16));

        account.recordFailedLogin(later, POLICY);

        assertEquals(1, account.getFailedLogins());
        assertFalse(account.isLockedAt(later));
        assertNull(account.getLockedUntil());
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        failTimes(3, NOW);
        Instant later = NOW.plusSeconds(30);

        account.recordSuccessfulLogin(later);

        assertEquals(0, account.getFailedLogins());
        assertEquals(later, account.getLastLoginAt());
        failTimes(4, later);
        assertFalse(account.isLockedAt(later), "the earlier failures must not count any more");
    }

    @Test
    void unlockLiftsALockBeforeItExpires() {
        failTimes(5, NOW);

        account.unlock();

        assertFalse(account.isLockedAt(NOW));
        assertEquals(0, account.getFailedLogins());
    }

    @Test
    void usernamesAreTrimmedAndLowerCase() {
        assertEquals("canbo.coso", UserAccount.normalizeUsername("  CanBo.CoSo "));
        assertEquals("canbo.coso", new UserAccount(" CANBO.COSO", "x", Role.MEMBER, null, "h").getUsername());
        assertNull(UserAccount.normalizeUsername(null));
    }

    @Test
    void theViewerCarriesRoleUnitAndScope() {
        OrgUnit province = withId(new OrgUnit("P", "Liên đoàn Lao động tỉnh", null, null, LocalDate.of(2018, 1, 1)), 1);
        province.placeUnder(null);
        OrgUnit school = withId(new OrgUnit("S", "Công đoàn Trường THCS", null, null, LocalDate.of(2018, 1, 1)), 42);
        school.placeUnder(province);
        UserAccount officer = withId(new UserAccount("canbo.coso", "Đặng Thị Kim Loan", Role.GRASSROOTS_OFFICER,
                school, "h"), 9);

        Viewer viewer = officer.toViewer();

        assertEquals(9, viewer.accountId());
        assertEquals(Role.GRASSROOTS_OFFICER, viewer.role());
        assertEquals(42, viewer.unitId());
        assertTrue(viewer.scope().covers(school));
        assertFalse(viewer.scope().covers(province));
        assertNull(viewer.memberId());
    }

    private void failTimes(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at, POLICY);
        }
    }
}
