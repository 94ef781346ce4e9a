package vn.congdoan.intranet.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A persistence test, run once per database engine: on H2 always, on MySQL/MariaDB when {@code test.mysql.url} is
 * set (otherwise that run is reported as skipped). The method may take a {@link TestDatabase}, created and migrated
 * once per test class and engine, and an {@link jakarta.persistence.EntityManager}, fresh for each run and closed
 * (its open transaction rolled back) afterwards.
 *
 * <pre>
 * &#64;DatabaseTest
 * void findsTheUnitByCode(TestDatabase db, EntityManager em) { ... }
 * </pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseTestExtension.class)
public @interface DatabaseTest {
}
