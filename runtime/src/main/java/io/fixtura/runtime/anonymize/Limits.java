package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.values.TimeBound;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What a field's declared constraints allow, read once so strategies can fit their output to it:
 * text length, pattern and email syntax, number bounds and digits, time bounds.
 */
record Limits(int minLength, int maxLength, boolean notBlank, Pattern pattern, boolean email,
        BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, int fractionDigits,
        TimeBound earliest, TimeBound latest) {

    static Limits of(FieldModel<?> field) {
        int minLength = 0;
        int maxLength = Integer.MAX_VALUE;
        boolean notBlank = false;
        Pattern pattern = null;
        boolean email = false;
        BigDecimal min = null;
        boolean minInclusive = true;
        BigDecimal max = null;
        boolean maxInclusive = true;
        int fraction = Integer.MAX_VALUE;
        TimeBound earliest = null;
        TimeBound latest = null;
        if (field.sqlType() != null && field.sqlType().length() > 0 && field.javaType() == String.class) {
            maxLength = field.sqlType().length();
        }
        for (Constraint constraint : field.constraints()) {
            if (constraint instanceof Constraint.Size size) {
                minLength = Math.max(minLength, size.min());
                maxLength = Math.min(maxLength, size.max());
            } else if (constraint instanceof Constraint.Presence presence) {
                notBlank |= !presence.name().equals("NotNull");
            } else if (constraint instanceof Constraint.Pattern p) {
                pattern = p.compiled();
            } else if (constraint instanceof Constraint.Email) {
                email = true;
            } else if (constraint instanceof Constraint.NumberRange range) {
                if (range.min() != null && (min == null || range.min().compareTo(min) > 0)) {
                    min = range.min();
                    minInclusive = range.minInclusive();
                }
                if (range.max() != null && (max == null || range.max().compareTo(max) < 0)) {
                    max = range.max();
                    maxInclusive = range.maxInclusive();
                }
            } else if (constraint instanceof Constraint.Digits digits) {
                BigDecimal limit = BigDecimal.TEN.pow(digits.integer()).subtract(BigDecimal.ONE.movePointLeft(
                        digits.fraction()));
                max = max == null || limit.compareTo(max) < 0 ? limit : max;
                min = min == null || limit.negate().compareTo(min) > 0 ? limit.negate() : min;
                fraction = Math.min(fraction, digits.fraction());
            } else if (constraint instanceof Constraint.TimeRange range) {
                earliest = range.min() != null ? range.min() : earliest;
                latest = range.max() != null ? range.max() : latest;
            }
        }
        if (notBlank) {
            minLength = Math.max(minLength, 1);
        }
        return new Limits(minLength, maxLength, notBlank, pattern, email, min, minInclusive, max, maxInclusive,
                fraction, earliest, latest);
    }

    /** The smallest whole number allowed, or {@code fallback} when there is no lower bound. */
    long wholeMin(long fallback) {
        if (min == null) {
            return fallback;
        }
        BigDecimal ceiling = min.setScale(0, java.math.RoundingMode.CEILING);
        long value = ceiling.max(BigDecimal.valueOf(fallback)).longValue();
        return !minInclusive && ceiling.compareTo(min) == 0 ? value + 1 : value;
    }

    /** The largest whole number allowed, or {@code fallback} when there is no upper bound. */
    long wholeMax(long fallback) {
        if (max == null) {
            return fallback;
        }
        BigDecimal floor = max.setScale(0, java.math.RoundingMode.FLOOR);
        long value = floor.min(BigDecimal.valueOf(fallback)).longValue();
        return !maxInclusive && floor.compareTo(max) == 0 ? value - 1 : value;
    }

    /** Whether any numeric bound is declared. */
    boolean bounded() {
        return min != null || max != null;
    }

    /** The earliest allowed time of {@code type} at {@code referenceTime}, or null. */
    Object earliest(Class<?> type, Instant referenceTime) {
        return earliest == null ? null : earliest.resolve(type, referenceTime);
    }

    /** The latest allowed time of {@code type} at {@code referenceTime}, or null. */
    Object latest(Class<?> type, Instant referenceTime) {
        return latest == null ? null : latest.resolve(type, referenceTime);
    }
}
