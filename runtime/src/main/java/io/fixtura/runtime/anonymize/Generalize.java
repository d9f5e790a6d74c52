package io.fixtura.runtime.anonymize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * GENERALIZE: coarser values that still sort and group the same way: numbers floored to a bucket,
 * dates to the first of their month, postcodes to their first two characters. Not keyed, and not
 * anonymity on its own: a rare bucket or month can still single a person out.
 *
 * <pre>{@code Generalize.bucket(37, 10)  // 30}</pre>
 */
public final class Generalize {

    /** How many leading characters of a postcode stay readable. */
    public static final int POSTCODE_PREFIX = 2;

    private Generalize() {
    }

    /** {@code value} floored to a multiple of {@code size} ({@code -3} in buckets of 10 is {@code -10}). */
    public static long bucket(long value, long size) {
        requirePositive(size);
        return Math.floorDiv(value, size) * size;
    }

    /** {@code value} floored to a multiple of {@code size}. */
    public static int bucket(int value, int size) {
        requirePositive(size);
        return Math.floorDiv(value, size) * size;
    }

    /** {@code value} floored to a multiple of {@code size}, at the scale of {@code size}; null stays null. */
    public static BigDecimal bucket(BigDecimal value, BigDecimal size) {
        if (size.signum() <= 0) {
            throw new IllegalArgumentException("a bucket size must be positive, was " + size);
        }
        if (value == null) {
            return null;
        }
        return value.divide(size, 0, RoundingMode.FLOOR).multiply(size);
    }

    /** The first day of {@code date}'s month; null stays null. */
    public static LocalDate month(LocalDate date) {
        return date == null ? null : date.withDayOfMonth(1);
    }

    /** Midnight on the first day of {@code dateTime}'s month; null stays null. */
    public static LocalDateTime month(LocalDateTime dateTime) {
        return dateTime == null ? null : dateTime.toLocalDate().withDayOfMonth(1).atStartOfDay();
    }

    /** Midnight UTC on the first day of {@code instant}'s month in UTC; null stays null. */
    public static Instant month(Instant instant) {
        if (instant == null) {
            return null;
        }
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The first {@value #POSTCODE_PREFIX} characters kept, every later letter or digit masked and
     * spaces and dashes kept, so the length and layout stay: {@code "SW1A 1AA"} gives
     * {@code "SW** ***"}. Null stays null.
     */
    public static String postcode(String postcode) {
        if (postcode == null) {
            return null;
        }
        char[] chars = postcode.toCharArray();
        for (int i = POSTCODE_PREFIX; i < chars.length; i++) {
            if (Character.isLetterOrDigit(chars[i])) {
                chars[i] = Mask.MASK;
            }
        }
        return new String(chars);
    }

    private static void requirePositive(long size) {
        if (size <= 0) {
            throw new IllegalArgumentException("a bucket size must be positive, was " + size);
        }
    }
}
