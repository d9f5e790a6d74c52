package io.fixtura.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds (inclusive) of a numeric or {@code java.time} field, parsed at compile time for the
 * field's type. Either bound may be left empty.
 *
 * <ul>
 *   <li>integral: {@code @Range(min = "18", max = "99")}</li>
 *   <li>decimal: {@code @Range(min = "0.01", max = "9999.99")}</li>
 *   <li>dates and instants: {@code "2020-01-01"}, {@code "2020-01-01T00:00:00Z"}</li>
 *   <li>relative to the reference time: {@code "now"}, {@code "now-30d"}, {@code "now+1y"}
 *       (units {@code s m h d w M y}: seconds, minutes, hours, days, weeks, months, years)</li>
 * </ul>
 *
 * A value that does not parse, or min above max, is a compile error on this annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Range {

    /** The smallest allowed value, inclusive; empty for the type's own minimum. */
    String min() default "";

    /** The largest allowed value, inclusive; empty for the type's own maximum. */
    String max() default "";
}
