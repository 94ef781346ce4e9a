package vn.congdoan.intranet.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the security settings from MicroProfile Config, so an operator can tune them with environment variables
 * (e.g. {@code SECURITY_LOCKOUT_MAX_FAILURES=5}) without a rebuild.
 */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "security.password.iterations", defaultValue = "600000")
    int passwordIterations;

    @Inject
    @ConfigProperty(name = "security.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "security.lockout.minutes", defaultValue = "15")
    int lockMinutes;

    // Dependent scope: the products are immutable values (final classes cannot be proxied for a normal scope).
    @Produces
    PasswordHasher passwordHasher() {
        return new PasswordHasher(passwordIterations);
    }

    @Produces
    LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
