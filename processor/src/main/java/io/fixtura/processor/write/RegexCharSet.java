package io.fixtura.processor.write;

import java.util.BitSet;

/**
 * A set of BMP characters for the regex translator, with the operations character classes need:
 * union, intersection, complement within the generation universe, and ASCII case folding.
 */
final class RegexCharSet {

    private static final int SIZE = 0x10000;

    /**
     * What negations and {@code .} generate from: printable ASCII plus the Latin-1 letters. Always a
     * subset of what they match, so every generated string matches.
     */
    static final RegexCharSet UNIVERSE = of(0x20, 0x7E, 0xC0, 0xD6, 0xD8, 0xF6, 0xF8, 0xFF);

    private final BitSet bits;

    private RegexCharSet(BitSet bits) {
        this.bits = bits;
    }

    static RegexCharSet empty() {
        return new RegexCharSet(new BitSet(SIZE));
    }

    /** The characters of inclusive ranges given as pairs. */
    static RegexCharSet of(int... ranges) {
        BitSet bits = new BitSet(SIZE);
        for (int i = 0; i < ranges.length; i += 2) {
            bits.set(ranges[i], ranges[i + 1] + 1);
        }
        return new RegexCharSet(bits);
    }

    static RegexCharSet single(int c) {
        return of(c, c);
    }

    RegexCharSet union(RegexCharSet other) {
        BitSet out = (BitSet) bits.clone();
        out.or(other.bits);
        return new RegexCharSet(out);
    }

    RegexCharSet intersect(RegexCharSet other) {
        BitSet out = (BitSet) bits.clone();
        out.and(other.bits);
        return new RegexCharSet(out);
    }

    /** The universe without these characters. */
    RegexCharSet complement() {
        BitSet out = (BitSet) UNIVERSE.bits.clone();
        out.andNot(bits);
        return new RegexCharSet(out);
    }

    /** With the other case of every ASCII letter added, as Java's {@code (?i)} matches (ASCII only). */
    RegexCharSet folded() {
        BitSet out = (BitSet) bits.clone();
        for (int c = 'a'; c <= 'z'; c++) {
            int upper = c - 'a' + 'A';
            if (bits.get(c) || bits.get(upper)) {
                out.set(c);
                out.set(upper);
            }
        }
        return new RegexCharSet(out);
    }

    boolean isEmpty() {
        return bits.isEmpty();
    }

    /** The only character, or -1 if there are none or several. */
    int single() {
        return bits.cardinality() == 1 ? bits.nextSetBit(0) : -1;
    }

    /** Inclusive ranges as pairs, ascending. */
    int[] ranges() {
        int[] out = new int[0];
        int n = 0;
        for (int lo = bits.nextSetBit(0); lo >= 0; lo = bits.nextSetBit(lo + 1)) {
            int hi = bits.nextClearBit(lo) - 1;
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(8, 2 * n));
            }
            out[n++] = lo;
            out[n++] = hi;
            lo = hi;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
