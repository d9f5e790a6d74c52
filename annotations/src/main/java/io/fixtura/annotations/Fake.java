package io.fixtura.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Datafaker expression that overrides the kind Fixtura detects from the field's name. Values
 * are drawn once per locale into a pool, then picked per record.
 *
 * <pre>{@code @Fake("#{Address.cityName}") String birthplace;}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Fake {

    /** The expression, in Datafaker's {@code #{Provider.method}} syntax. */
    String value();
}
