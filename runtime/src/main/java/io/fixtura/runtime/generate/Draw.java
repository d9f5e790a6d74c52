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

    /** Salts element streams apart from the field's own stream. */
    private static final long ELEMENTS = 0x454C454DL;

    private final GenerationContext context;
    private final long index;
    private final long fieldKey;
    /**
     * The field seed once known, else the seed it is mixed from with {@link #seedSalt}: only
     * unique specs ask for it, so nested members and collection elements mix theirs on demand.
     */
    private long seed;
    private final long seedSalt;
    private boolean seedKnown;
    private final long origin;
    private long state;
    /**
     * The unused low half of the last 64 bits drawn for a 32-bit choice. Kept small: draws that
     * escape are allocated once per field of every record.
     */
    private int spare;
    private boolean hasSpare;

    Draw(GenerationContext context, long index, long fieldKey, long fieldSeed, long origin) {
        this(context, index, fieldKey, fieldSeed, 0, true, origin);
    }

    private Draw(GenerationContext context, long index, long fieldKey, long seed, long seedSalt, boolean seedKnown,
            long origin) {
        this.context = context;
        this.index = index;
        this.fieldKey = fieldKey;
        this.seed = seed;
        this.seedSalt = seedSalt;
        this.seedKnown = seedKnown;
        this.origin = origin;
        this.state = origin;
    }

    /** The stream of a member of a nested value, named by its key. */
    public Draw field(long key) {
        return field(key, members());
    }

    /**
     * What the streams of a nested value's members start from, before their key: generated code
     * works it out once per nested value and passes it to {@link #field(long, long)} for each member.
     */
    public long members() {
        return SplitMix64.mix(origin);
    }

    /** {@link #field(long)} given {@link #members()}: the same stream, one mixing step less. */
    public Draw field(long key, long members) {
        return new Draw(context, index, key, fieldSeed(), key, false, SplitMix64.mixPremixed(members, key));
    }

    /** The stream of element {@code position} of a collection held by this field. */
    public Draw element(int position) {
        return element(position, elements());
    }

    /**
     * What the streams of this field's elements start from, before their position: a collection
     * works it out once and passes it to {@link #element(int, long)} for each element.
     */
    public long elements() {
        return SplitMix64.mix(origin ^ ELEMENTS);
    }

    /** {@link #element(int)} given {@link #elements()}: the same stream, one mixing step less. */
    public Draw element(int position, long elements) {
        return new Draw(context, index, fieldKey, fieldSeed(), ELEMENTS + position, false,
                SplitMix64.mixPremixed(elements, position));
    }

    /** The value {@code spec} draws from this stream; an error names {@code field}. */
    public <T> T value(ValueSpec<T> spec, String field) {
        try {
            return spec.next(this);
        } catch (RuntimeException e) {
            throw failed(field, e);
        }
    }

    /** The error of a field whose spec failed with {@code e}: generated code throws it, naming the field. */
    public static IllegalStateException failed(String field, RuntimeException e) {
        return new IllegalStateException("field '" + field + "': " + e.getMessage(), e);
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

    /**
     * {@link #value(long, ValueSpec, String)} given {@link #members()}. Calls the spec itself (not
     * through {@link #value(ValueSpec, String)}): C2 inlines at most 15 calls deep, and a member's
     * value is already that deep in a list of records.
     */
    public <T> T value(long key, long members, ValueSpec<T> spec, String field) {
        Draw member = field(key, members);
        try {
            return spec.next(member);
        } catch (RuntimeException e) {
            throw failed(field, e);
        }
    }

    /** {@link #nullableValue(long, ValueSpec, String)} given {@link #members()}. */
    public <T> T nullableValue(long key, long members, ValueSpec<T> spec, String field) {
        return field(key, members).nullableValue(spec, field);
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
        if (!seedKnown) {
            seed = SplitMix64.mix(seed, seedSalt);
            seedKnown = true;
        }
        return seed;
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

    /**
     * A uniform value in {@code [0, bound)}; bound must be positive. The same as {@link #below},
     * one call shorter: pool picks and digits sit deep in the calls that make a record.
     */
    public int nextInt(int bound) {
        if (bound <= 1) {
            if (bound == 1) {
                return 0; // a choice of one takes nothing from the stream
            }
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        int mask = bound - 1;
        return (int) ((bound & mask) == 0 ? next32() & mask : below32(bound));
    }

    /** A uniform value in {@code [0, bound)}, without modulo bias; bound must be positive. */
    public long below(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        if (bound == 1) {
            return 0; // a choice of one takes nothing from the stream
        }
        long mask = bound - 1;
        if (bound <= 0x1_0000_0000L) {
            return (bound & mask) == 0 ? next32() & mask : below32(bound);
        }
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

    /**
     * Lemire's multiply-shift for bounds below 2^32: the high half of a 32-bit draw times the bound.
     * It needs a division only to reject the few draws that would bias it, where a modulo would
     * divide on every call, and most draws (list sizes, pool picks, enum constants) take this path.
     */
    private long below32(long bound) {
        long product = next32() * bound;
        long low = product & 0xFFFF_FFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                product = next32() * bound;
                low = product & 0xFFFF_FFFFL;
            }
        }
        return product >>> 32;
    }

    /**
     * The next 32 random bits, unsigned: the two halves of one {@link #nextLong} in turn, so small
     * choices (a digit, a pool index, a list size) cost half a mixing step each.
     */
    private long next32() {
        if (hasSpare) {
            hasSpare = false;
            return spare & 0xFFFF_FFFFL;
        }
        state += SplitMix64.GAMMA;
        long bits = SplitMix64.mix(state); // nextLong, one call shorter
        spare = (int) bits;
        hasSpare = true;
        return bits >>> 32;
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
