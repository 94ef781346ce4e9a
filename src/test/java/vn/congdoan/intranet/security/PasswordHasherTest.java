package vn.congdoan.intranet.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Uses 1,000 iterations: the same code path as production's 600,000, without the wait. */
class PasswordHasherTest {

    private static final char[] PASSWORD = "Matkhau@2026".toCharArray();

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void theDefaultFollowsOwasp() {
        assertEquals(600_000, PasswordHasher.DEFAULT_ITERATIONS);
    }

    @Test
    void aHashVerifiesItsPassword() {
        String hash = hasher.hash(PASSWORD);

        assertTrue(hash.startsWith("pbkdf2-sha256$1000$"), hash);
        assertTrue(hasher.verify(PASSWORD, hash));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String hash = hasher.hash(PASSWORD);

        assertFalse(hasher.verify("Matkhau@2025".toCharArray(), hash));
        assertFalse(hasher.verify("matkhau@2026".toCharArray(), hash));
        assertFalse(hasher.verify(new char[0], hash));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);

        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
        assertTrue(hasher.verify(PASSWORD, second));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Demo@2026", "pbkdf2-sha256$1000$c2FsdA", "md5$1000$c2FsdA$aGFzaA",
        "pbkdf2-sha256$many$c2FsdA$aGFzaA", "pbkdf2-sha256$1000$not base64!$aGFzaA",
        "pbkdf2-sha256$0$c2FsdA$aGFzaA"})
    void aMalformedStoredHashNeverMatches(String stored) {
        assertFalse(hasher.verify(PASSWORD, stored));
    }

    @Test
    void aHashKeepsVerifyingAfterTheIterationsAreRaised() {
        String old = hasher.hash(PASSWORD);

        assertTrue(new PasswordHasher(2000).verify(PASSWORD, old));
    }

    @Test
    void needsRehashWhenMadeWithFewerIterationsThanNow() {
        String old = hasher.hash(PASSWORD);

        assertTrue(new PasswordHasher(2000).needsRehash(old));
        assertFalse(new PasswordHasher(1000).needsRehash(old));
        assertFalse(new PasswordHasher(500).needsRehash(old));
    }

    @Test
    void aMalformedStoredHashNeedsRehash() {
        assertTrue(hasher.needsRehash(null));
        assertTrue(hasher.needsRehash("plain-text"));
        assertTrue(hasher.needsRehash("pbkdf2-sha256$many$c2FsdA$aGFzaA"));
    }

    @Test
    void refusesANonPositiveIterationCount() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
    }
}
