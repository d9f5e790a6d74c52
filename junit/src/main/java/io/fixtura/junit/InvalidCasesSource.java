package io.fixtura.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds a {@code @ParameterizedTest} the invalid cases of an entity: for each constraint of each
 * field an instance that breaks exactly that one, named after the violation
 * ({@code "email breaks @Email: \"not-an-email\""}). The parameter may be the
 * {@link io.fixtura.runtime.Invalid} (field, constraint, value) or the entity itself. Made from the
 * test's seed; applies the {@link FixturaExtension}.
 *
 * <pre>{@code @ParameterizedTest @InvalidCasesSource(User.class) void rejects(Invalid<User> bad) { … bad.value() … }}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(InvalidCasesProvider.class)
@ExtendWith(FixturaExtension.class)
public @interface InvalidCasesSource {

    /** The entity, a class with a generated model. */
    Class<?> value();
}
