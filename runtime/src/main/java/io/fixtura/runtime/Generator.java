package io.fixtura.runtime;

import io.fixtura.runtime.generate.Capacity;
import io.fixtura.runtime.generate.Defaults;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.generate.Links;
import io.fixtura.runtime.generate.RecordMaker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Reproducible records of one entity: record {@code i} is a pure function of the seed, the
 * entity, {@code i}, the locale and the reference time. Immutable; the {@code with…} methods
 * return a new generator.
 *
 * <pre>{@code List<User> users = UserFactory.withSeed(42).list(100);   // same users on every run}</pre>
 */
public final class Generator<T> {

    private final RecordMaker<T> maker;
    private final long seed;
    private final Locale locale;
    private final Instant referenceTime;
    private final double nullRate;
    private final Links links;
    private final GenerationContext context;
    /** Unique fields' limits: fixed for a maker and reference time, yet checked on every {@link #at}. */
    private volatile Capacity capacity;

    private Generator(RecordMaker<T> maker, long seed, Locale locale, Instant referenceTime, double nullRate,
            Links links) {
        this.maker = Objects.requireNonNull(maker, "maker");
        this.seed = seed;
        this.locale = Objects.requireNonNull(locale, "locale");
        this.referenceTime = Objects.requireNonNull(referenceTime, "referenceTime");
        this.nullRate = nullRate;
        this.links = links;
        this.context = new GenerationContext(seed, maker.entityKey(), referenceTime, locale, nullRate, 0, links);
    }

    /** A generator with the default settings ({@code -Dfixtura.seed}, today UTC, English). */
    public static <T> Generator<T> of(RecordMaker<T> maker) {
        return of(maker, Defaults.seed(), Defaults.locale());
    }

    /** A generator with this seed and locale, and the default reference time and null rate. */
    public static <T> Generator<T> of(RecordMaker<T> maker, long seed, Locale locale) {
        return new Generator<>(maker, seed, locale, Defaults.referenceTime(), Defaults.NULL_RATE, Links.NONE);
    }

    /** The same generator with another seed. */
    public Generator<T> withSeed(long newSeed) {
        return new Generator<>(maker, newSeed, locale, referenceTime, nullRate, links);
    }

    /** The same generator drawing realistic values (names, cities, …) in another locale. */
    public Generator<T> withLocale(Locale newLocale) {
        return new Generator<>(maker, seed, newLocale, referenceTime, nullRate, links);
    }

    /** The same generator with another "now" for relative ranges, past and future values. */
    public Generator<T> withReferenceTime(Instant newReferenceTime) {
        return new Generator<>(maker, seed, locale, newReferenceTime, nullRate, links);
    }

    /** The same generator with nullable fields null at this rate, within {@code [0, 1]}. */
    public Generator<T> withNullRate(double newNullRate) {
        return new Generator<>(maker, seed, locale, referenceTime, newNullRate, links);
    }

    /** The same generator with references choosing their parents as a dataset's links say. */
    Generator<T> withLinks(Links newLinks) {
        return new Generator<>(maker, seed, locale, referenceTime, nullRate, newLinks);
    }

    public long seed() {
        return seed;
    }

    public Locale locale() {
        return locale;
    }

    public Instant referenceTime() {
        return referenceTime;
    }

    public double nullRate() {
        return nullRate;
    }

    /** Record {@code index} alone, equal to {@code list(index + 1).get(index)}. */
    public T at(long index) {
        checkRange(index, 1);
        return make(index);
    }

    /** Records {@code 0 .. count-1}. */
    public List<T> list(int count) {
        return list(0, count);
    }

    /** Records {@code from .. from+count-1}: any range can be generated on its own. */
    public List<T> list(long from, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        checkRange(from, count);
        List<T> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(make(from + i));
        }
        return Collections.unmodifiableList(records);
    }

    /** Records {@code 0, 1, 2, …}, lazily, up to the capacity that unique fields allow. */
    public Stream<T> stream() {
        long limit = capacity().count();
        return LongStream.range(0, limit).mapToObj(this::make);
    }

    /** Records {@code from .. to-1}, lazily: a shard, equal to the same indexes of the full stream. */
    public Stream<T> stream(long from, long to) {
        if (to < from) {
            throw new IllegalArgumentException("shard end " + to + " is before its start " + from);
        }
        checkRange(from, to - from);
        return LongStream.range(from, to).mapToObj(this::make);
    }

    /** Records {@code from .. to-1} without the capacity check: a dataset checked it, knowing which fields it numbers. */
    Stream<T> streamChecked(long from, long to) {
        return LongStream.range(from, to).mapToObj(this::make);
    }

    /** How many distinct records unique fields allow, and the field that limits it. */
    public Capacity capacity() {
        Capacity c = capacity;
        if (c == null) {
            c = maker.capacity(referenceTime);
            capacity = c;
        }
        return c;
    }

    private T make(long index) {
        try {
            return maker.make(context, index);
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not generate " + maker.type().getSimpleName() + " record " + index
                    + " (seed " + seed + ", reference time " + referenceTime + "): " + e.getMessage(), e);
        }
    }

    void checkRange(long from, long count) {
        if (from < 0) {
            throw new IllegalArgumentException("record index must not be negative, was " + from);
        }
        Capacity capacity = capacity();
        if (count > capacity.count() || from > capacity.count() - count) {
            throw new IllegalArgumentException(maker.type().getSimpleName() + ": asked for " + count + " record"
                    + (count == 1 ? "" : "s") + " (indexes " + from + " to " + (from + count - 1)
                    + "), but unique field '" + capacity.field() + "' has only " + capacity.count()
                    + " distinct values (seed " + seed + ")");
        }
    }
}
