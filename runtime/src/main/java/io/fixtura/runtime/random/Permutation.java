package io.fixtura.runtime.random;

/**
 * A keyed bijection on {@code [0, domain)}: unique values are the record index sent through one,
 * so they are distinct by construction and still look random. A balanced Feistel network on the
 * smallest even bit width that covers the domain, with cycle walking for the values beyond it.
 *
 * <pre>{@code long shuffled = Permutation.of(1_000, fieldSeed).apply(index);}</pre>
 */
public final class Permutation {

    /**
     * Luby-Rackoff: four rounds with a random round function make a strong pseudo-random
     * permutation. More only cost time, and unique keys and emails go through one per record
     * (twice on average where cycle walking steps).
     */
    private static final int ROUNDS = 4;

    private final long domain;
    private final long key;
    private final int halfBits;
    private final long halfMask;
    private final long[] roundKeys = new long[ROUNDS];

    private Permutation(long domain, long key) {
        this.domain = domain;
        this.key = key;
        // Width of the largest index (domain - 1, unsigned); domain 0 stands for 2^64.
        int bits = domain == 1 ? 0 : 64 - Long.numberOfLeadingZeros(domain - 1);
        int width = Math.max(2, bits + (bits & 1));
        this.halfBits = width / 2;
        this.halfMask = (1L << halfBits) - 1;
        for (int round = 0; round < ROUNDS; round++) {
            roundKeys[round] = SplitMix64.mix(key, round);
        }
    }

    /** A bijection on {@code [0, domain)} chosen by {@code key}; domain must be at least 1. */
    public static Permutation of(long domain, long key) {
        if (domain < 1) {
            throw new IllegalArgumentException("a permutation needs a domain of at least 1, was " + domain);
        }
        return new Permutation(domain, key);
    }

    /**
     * A bijection on {@code [0, domain)} with the domain read as an unsigned number, where 0 stands
     * for 2<sup>64</sup>: for spans of the whole {@code long} range, such as {@code [Long.MIN_VALUE,
     * Long.MAX_VALUE]}. Results are unsigned offsets.
     */
    public static Permutation ofUnsigned(long domain, long key) {
        return new Permutation(domain, key);
    }

    /** The size of the domain (unsigned; 0 stands for 2<sup>64</sup>). */
    public long domain() {
        return domain;
    }

    /** The key this permutation was chosen by. */
    public long key() {
        return key;
    }

    /** The image of {@code index}, which must lie in {@code [0, domain)} (unsigned). */
    public long apply(long index) {
        if (domain != 0 && Long.compareUnsigned(index, domain) >= 0) {
            throw new IllegalArgumentException("index " + Long.toUnsignedString(index)
                    + " is outside the permutation's domain [0, " + Long.toUnsignedString(domain) + ")");
        }
        if (domain == 1) {
            return 0;
        }
        long value = index;
        // Cycle walking: the network permutes [0, 2^width); following the cycle from an index in
        // the domain until it lands in the domain again keeps the map a bijection on the domain.
        // The width is below 4 * domain, so this takes fewer than four steps on average.
        do {
            value = encrypt(value);
        } while (domain != 0 && Long.compareUnsigned(value, domain) >= 0);
        return value;
    }

    private long encrypt(long value) {
        long left = value >>> halfBits;
        long right = value & halfMask;
        for (int round = 0; round < ROUNDS; round++) {
            long next = left ^ round(right, roundKeys[round]);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    /**
     * The round function: the top half-width bits of a multiplicative hash of the keyed half. One
     * multiplication instead of SplitMix64's two and its shifts; the keyed rounds supply the rest.
     */
    private long round(long right, long roundKey) {
        long h = ((right ^ roundKey) + roundKey) * SplitMix64.GAMMA;
        return (h ^ (h >>> 29)) >>> (64 - halfBits);
    }

    @Override
    public String toString() {
        return "Permutation[domain=" + Long.toUnsignedString(domain) + "]";
    }
}
