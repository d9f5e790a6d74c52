package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Permutation;
import java.util.List;
import java.util.UUID;

/**
 * Version-4 (random) UUIDs. Unique ones carry a keyed permutation of the record index in 62 of
 * their bits, so they are distinct by construction, not by luck.
 *
 * <pre>{@code ValueSpec<UUID> id = UuidSpec.unique();}</pre>
 */
public final class UuidSpec implements ValueSpec<UUID> {

    private static final long INDEX_BITS = (1L << 62) - 1;
    private static final UuidSpec RANDOM = new UuidSpec(false);

    private final boolean unique;
    private volatile Permutation permutation;

    private UuidSpec(boolean unique) {
        this.unique = unique;
    }

    /** Random version-4 UUIDs (122 random bits). */
    public static UuidSpec random() {
        return RANDOM;
    }

    /** Version-4 UUIDs distinct for distinct record indexes below 2^62. */
    public static UuidSpec unique() {
        return new UuidSpec(true);
    }

    @Override
    public UUID next(Draw draw) {
        long high = withVersion(draw.nextLong());
        if (!unique) {
            return new UUID(high, withVariant(draw.nextLong()));
        }
        long index = draw.index();
        if (index < 0 || index > INDEX_BITS) {
            throw new IllegalArgumentException("unique UUIDs take record indexes in [0, 2^62), was " + index);
        }
        // The low 62 bits (all of the low word but the variant) are a bijection of the index.
        Permutation p = permutation;
        if (p == null || p.key() != draw.fieldSeed()) {
            p = Permutation.of(INDEX_BITS + 1, draw.fieldSeed());
            permutation = p;
        }
        return new UUID(high, withVariant(p.apply(index)));
    }

    /**
     * The lowest and highest version-4 UUIDs (every random bit 0, every random bit 1), which sort
     * first and last; random (non-unique) fields also get the nil and the max UUID, the sentinels
     * code most often mistakes for "no value". Unique fields, usually keys, keep to version 4.
     */
    @Override
    public List<Edge<UUID>> edges(GenerationContext context) {
        Edge<UUID> lowest = Edge.of("lowest version 4", new UUID(withVersion(0), withVariant(0)));
        Edge<UUID> highest = Edge.of("highest version 4", new UUID(withVersion(-1), withVariant(-1)));
        if (unique) {
            return List.of(lowest, highest);
        }
        return List.of(lowest, highest, Edge.of("nil", new UUID(0, 0)), Edge.of("max", new UUID(-1, -1)));
    }

    private static long withVersion(long bits) {
        return (bits & ~0xF000L) | 0x4000L;
    }

    private static long withVariant(long bits) {
        return (bits & INDEX_BITS) | Long.MIN_VALUE;
    }

    @Override
    public String toString() {
        return unique ? "UuidSpec[unique]" : "UuidSpec[random]";
    }
}
