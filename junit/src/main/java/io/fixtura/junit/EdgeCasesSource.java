package io.fixtura.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds a {@code @ParameterizedTest} the edge cases of an entity, one valid instance per
 * invocation, each named after the edge values it carries
 * ({@code "edge case 3: age: max = 99, email: max length 120"}). Made from the test's seed; applies
 * the {@link FixturaExtension}, so a failing case reports how to rerun it.
 *
 * <pre>{@code @ParameterizedTest @EdgeCasesSource(User.class) void saves(User user) { repository.save(user); }}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(EdgeCasesProvider.class)
@ExtendWith(FixturaExtension.class)
public @interface EdgeCasesSource {

    /** The entity, a class with a generated model. */
    Class<?> value();
}
