package io.fixtura.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as an entity Fixtura generates test data for: a factory, a builder and
 * a model (and an anonymizer when a field is {@link Sensitive}).
 *
 * <pre>{@code @TestEntity(table = "users") public record User(@Id UUID id, @Email String email) {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TestEntity {

    /** The table name; defaults to JPA {@code @Table(name)}, else the snake_case simple name. */
    String table() default "";

    /**
     * The key field, or several for a composite key; defaults to the JPA {@code @Id} field(s),
     * else a field named {@code id}, else none.
     */
    String[] key() default {};

    /** The locale realistic values are drawn in, as a language tag ({@code "de-DE"}); default English. */
    String locale() default "";
}
