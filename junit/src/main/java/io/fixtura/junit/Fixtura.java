package io.fixtura.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class or method with the {@link FixturaExtension}: a seed per test, generated
 * entities as parameters, and the rerun command of a failing test.
 *
 * <pre>{@code @Fixtura class CheckoutTest { @Test void pays(User buyer, Order order) { … } }}</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(FixturaExtension.class)
public @interface Fixtura {
}
