package io.fixtura.runtime.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The settings a generator starts from: the seed ({@code -Dfixtura.seed}, else one chosen per
 * JVM), the reference time ({@code -Dfixtura.referenceTime}, else the start of the current UTC
 * day), the locale (English) and the null rate. Nothing else reads the wall clock.
 */
public final class Defaults {

    /** How often a nullable field is null unless set otherwise. */
    public static final double NULL_RATE = 0.1;

    /**
     * How many records of a referenced entity a standalone factory's references point into:
     * record {@code i} of a child references one of the parent's records {@code 0 .. PARENT_POOL-1}.
     */
    public static final long PARENT_POOL = 1_000;

    private static final long JVM_SEED = new SplittableRandom().nextLong();
    private static final ThreadLocal<Long> TEST_SEED = new ThreadLocal<>();
    private static final ThreadLocal<java.util.Map<Long, long[]>> TEST_COUNTERS = new ThreadLocal<>();

    private Defaults() {
    }

    /**
     * Makes {@link #seed()} return {@code seed} on this thread until cleared with null: how a test
     * framework gives each test its own seed ({@code fixtura.seed} still wins when set).
     */
    public static void useSeedOnThisThread(Long seed) {
        if (seed == null) {
            TEST_SEED.remove();
            TEST_COUNTERS.remove();
        } else {
            TEST_SEED.set(seed);
            TEST_COUNTERS.set(new java.util.HashMap<>());
        }
    }

    /**
     * The first of {@code count} record indexes for a factory's {@code create()}/{@code list(n)}:
     * from {@code shared}, the factory's own counter, or — while a test seed is set on this thread —
     * from a counter of that test, so a rerun of one test gives the same records.
     */
    public static long nextIndex(long entityKey, java.util.concurrent.atomic.AtomicLong shared, int count) {
        java.util.Map<Long, long[]> perTest = TEST_COUNTERS.get();
        if (perTest == null) {
            return shared.getAndAdd(count);
        }
        long[] next = perTest.computeIfAbsent(entityKey, k -> new long[1]);
        long first = next[0];
        next[0] += count;
        return first;
    }

    /** Whether {@code -Dfixtura.seed} fixes the seed for the whole run. */
    public static boolean seedIsFixed() {
        String text = System.getProperty("fixtura.seed");
        return text != null && !text.isBlank();
    }

    /**
     * The seed: {@code fixtura.seed} when set, else the seed set for this thread (a test's), else a
     * seed fixed for this JVM's lifetime.
     */
    public static long seed() {
        if (!seedIsFixed() && TEST_SEED.get() != null) {
            return TEST_SEED.get();
        }
        String text = System.getProperty("fixtura.seed");
        if (text == null || text.isBlank()) {
            return JVM_SEED;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "system property fixtura.seed must be a whole number (a long), was '" + text + "'", e);
        }
    }

    /** The reference time: {@code fixtura.referenceTime} when set, else the start of today, UTC. */
    public static Instant referenceTime() {
        String text = System.getProperty("fixtura.referenceTime");
        if (text == null || text.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("system property fixtura.referenceTime must be an ISO-8601 instant"
                    + " such as 2026-01-01T00:00:00Z, was '" + text + "'", e);
        }
    }

    /** The locale values are drawn in unless an entity or generator says otherwise. */
    public static Locale locale() {
        return Locale.ENGLISH;
    }
}
