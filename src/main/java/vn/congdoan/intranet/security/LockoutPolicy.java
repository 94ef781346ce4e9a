package vn.congdoan.intranet.security;

import java.time.Duration;

/** How many wrong passwords in a row lock an account, and for how long. */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("a lockout needs at least one failure and a positive duration");
        }
    }
}
