package io.fixtura.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This field holds the key (or the named field) of another entity: a foreign key. Its type must
 * match the referenced field's type. The builder gains a method taking the referenced entity.
 *
 * <pre>{@code @References(User.class) UUID userId;   // OrderBuilder.user(User)}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface References {

    /** The referenced entity; it must be a {@link TestEntity}. */
    Class<?> value();

    /** The referenced field; empty for the referenced entity's (single-field) key. */
    String field() default "";
}
