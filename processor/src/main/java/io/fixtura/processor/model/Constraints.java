package io.fixtura.processor.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every constraint declared on one slot, read from our annotations, Bean Validation and JPA, kept
 * per annotation (the model names violations after them) and normalized enough to generate from.
 */
public record Constraints(
        boolean notNull,
        boolean notBlank,
        boolean notEmpty,
        Size size,
        List<NumberBound> numbers,
        TimeRange time,
        String pattern,
        boolean email,
        Digits digits,
        String temporal,
        Integer columnLength,
        Integer columnPrecision,
        Integer columnScale,
        boolean columnNotNull,
        boolean columnUnique) {

    public static final Constraints NONE =
            new Constraints(false, false, false, null, List.of(), null, null, false, null, null, null, null, null,
                    false, false);

    /** A length or size bound, from {@code @Size} (or {@code @Column(length)}). */
    public record Size(String annotation, int min, int max) {
    }

    /** A numeric bound from one annotation; an open side is null. */
    public record NumberBound(String annotation, BigDecimal min, boolean minInclusive, BigDecimal max,
            boolean maxInclusive) {
    }

    /** {@code @Digits(integer, fraction)}. */
    public record Digits(int integer, int fraction) {
    }

    /** {@code @Range} on a date-time or duration; an open side is null. */
    public record TimeRange(TimeValue min, TimeValue max) {
    }

    /**
     * One end of a time range as parsed at compile time: either {@code absoluteType} parsed from
     * {@code text}, or the reference time moved by {@code amount} {@code unit}s (a ChronoUnit name).
     */
    public record TimeValue(String text, String absoluteType, long amount, String unit) {

        public boolean isRelative() {
            return absoluteType == null;
        }
    }

    /** Whether nothing may be null here. */
    public boolean forbidsNull() {
        return notNull || notBlank || notEmpty || columnNotNull;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
