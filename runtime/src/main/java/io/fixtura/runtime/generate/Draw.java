package io.fixtura.runtime.generate;

import io.fixtura.runtime.random.SplitMix64;
import io.fixtura.runtime.values.ValueSpec;

/**
 * The random stream of one field of one record: a SplitMix64 sequence seeded from
 * (seed, entity, index, field), plus what value specs need besides randomness — the record index
 * (unique values are a bijection of it), an index-free field seed (keys those bijections) and the
 * generation context (reference time, locale pools, null rate).
 */
public final class Draw {

    private final GenerationContext context;
    private final long index;
    private final long fieldKey;
    private final long fieldSeed;
    private final long origin;
    private long state;

    Draw(GenerationContext context, long index, long fieldKey, long fieldSeed) {
        this(context, index, fieldKey, fieldSeed, SplitMix64.mix(fieldSeed, index));
    }

    private Draw(GenerationContext context, long index, long fieldKey, long fieldSeed, long origin) {
        this.context = context;
        this.index = index;
        this.fieldKey = fieldKey;
        this.fieldSeed = fieldSeed;
        this.origin = origin;
        this.state = origin;
    }

    /** The stream of a member of a nested value, named by its key. */
    public Draw field(long key) {
        long nestedSeed = SplitMix64.mix(fieldSeed, key);
        return new Draw(context, index, key, nestedSeed, SplitMix64.mix(origin, key));
    }

    /** The stream of element {@code position} of a collection held by this field. */
    public Draw element(int position) {
        long elementSeed = SplitMix64.mix(fieldSeed, 0x454C454DL + position);
        return new Draw(context, index, fieldKey, elementSeed, SplitMix64.mix(origin ^ 0x454C454DL, position));
    }

    /** The value {@code spec} draws from this stream; an error names {@code field}. */
    public <T> T value(ValueSpec<T> spec, String field) {
        try {
            return spec.next(this);
        } catch (RuntimeException e) {
            throw new IllegalStateException("field '" + field + "': " + e.getMessage(), e);
        }
    }

    /** Like {@link #value}, but null at the context's null rate (decided first, from this stream). */
    public <T> T nullableValue(ValueSpec<T> spec, String field) {
        return nullable() ? null : value(spec, field);
    }

    /** The value of nested member {@code field} (keyed {@code key}) from its own stream. */
    public <T> T value(long key, ValueSpec<T> spec, String field) {
        return field(key).value(spec, field);
    }

    /** Like {@link #value(long, ValueSpec, String)}, but null at the null rate. */
    public <T> T nullableValue(long key, ValueSpec<T> spec, String field) {
        return field(key).nullableValue(spec, field);
    }

    /** The index of the record this field belongs to. */
    public long index() {
        return index;
    }

    /** The key of the field (or nested member) this stream belongs to: {@code Keys.of(name)}. */
    public long fieldKey() {
        return fieldKey;
    }

    /** A seed of (seed, entity, field) that does not depend on the index: keys permutations. */
    public long fieldSeed() {
        return fieldSeed;
    }

    /** The context: reference time, locale, pools, null rate. */
    public GenerationContext context() {
        return context;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += SplitMix64.GAMMA;
        return SplitMix64.mix(state);
    }

    /** A uniform value in {@code [0, bound)}; bound must be positive. */
    public int nextInt(int bound) {
        return (int) below(bound);
    }

    /** A uniform value in {@code [0, bound)}, without modulo bias; bound must be positive. */
    public long below(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long mask = bound - 1;
        if ((bound & mask) == 0) {
            return nextLong() & mask;
        }
        long bits;
        long value;
        do {
            bits = nextLong() >>> 1;
            value = bits % bound;
        } while (bits - value + mask < 0);
        return value;
    }

    /** A uniform value in {@code [min, max]}, both inclusive, over the whole long range. */
    public long between(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
        long span = max - min + 1;
        if (span > 0) {
            return min + below(span);
        }
        long value;
        do {
            value = nextLong();
        } while (value < min || value > max);
        return value;
    }

    /** A uniform double in {@code [0, 1)}. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A fair coin. */
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Whether a nullable field is null in this record, at the context's null rate. */
    public boolean nullable() {
        return chance(context.nullRate());
    }
}
