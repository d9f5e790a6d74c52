package io.fixtura.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fixes the seed of a test method, or of every test in a class (and its nested classes), instead
 * of deriving one per test. {@code -Dfixtura.seed} still wins, so a reported rerun command
 * reproduces any test. Applies the {@link FixturaExtension} itself.
 *
 * <pre>{@code @Test @FixturaSeed(42) void sameUsersEveryRun(User user) { … }}</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(FixturaExtension.class)
public @interface FixturaSeed {

    /** The seed. */
    long value();
}
