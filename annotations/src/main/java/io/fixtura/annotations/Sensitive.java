package io.fixtura.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Personal data. The generated anonymizer rewrites this field by its {@link Strategy}.
 *
 * <pre>{@code @Sensitive(Sensitive.Strategy.MASK) String email;}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Sensitive {

    /** How the anonymizer rewrites the value; default {@link Strategy#FAKE}. */
    Strategy value() default Strategy.FAKE;

    /** The ways a sensitive value is rewritten, all keyed by the anonymization key. */
    enum Strategy {
        /** A realistic fake of the same kind, chosen by a keyed hash of the original. */
        FAKE,
        /** Keeps the first and last characters (an email keeps its domain). */
        MASK,
        /** A keyed hash, in hex, cut to the column length. */
        HASH,
        /** A stable keyed token of the field's type and format. */
        TOKENIZE,
        /** Numbers rounded to buckets, dates to the first of the month. */
        GENERALIZE,
        /** Null where nullable, else a fixed marker. */
        REDACT
    }
}
