package io.fixtura.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on any class in test sources to generate factories for {@link TestEntity} classes that
 * come from the class path (the domain's main code), so generated code lives only in test output.
 *
 * <pre>{@code @GenerateFactories(packages = "com.shop.domain") class Fixtures {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GenerateFactories {

    /** Entity classes to generate for. */
    Class<?>[] classes() default {};

    /** Packages whose {@link TestEntity} classes (top-level and nested) are generated for. */
    String[] packages() default {};
}
