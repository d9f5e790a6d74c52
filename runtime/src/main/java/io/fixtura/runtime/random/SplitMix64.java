package io.fixtura.runtime.random;

/**
 * The SplitMix64 mixing function and step, the one source of randomness in Fixtura. Every field
 * stream is seeded by mixing (seed, entity, index, field), so streams are independent and
 * reproducible without any shared state.
 */
public final class SplitMix64 {

    /** The golden-ratio increment of SplitMix64. */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;

    private SplitMix64() {
    }

    /** The SplitMix64 finalizer: a bijection on 64-bit values with good avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Mixes two values into one, order-sensitively. */
    public static long mix(long a, long b) {
        return mixPremixed(mix(a), b);
    }

    /**
     * {@code mix(a, b)} given {@code mix(a)}: a caller that mixes one {@code a} with many
     * {@code b} (a field's seed with every record index) mixes {@code a} once.
     */
    public static long mixPremixed(long mixedA, long b) {
        return mix(mixedA + GAMMA * (b | 1) + b);
    }
}
