package io.fixtura.runtime.random;

/**
 * Stable 64-bit keys for names (entities, fields). Derived from the UTF-16 code units only, so a
 * key is the same in every JVM, locale and run; generated code computes its keys once.
 */
public final class Keys {

    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private Keys() {
    }

    /** The key of a name: FNV-1a over its characters, then mixed. */
    public static long of(String name) {
        long h = FNV_OFFSET;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            h = (h ^ (c & 0xFF)) * FNV_PRIME;
            h = (h ^ (c >>> 8)) * FNV_PRIME;
        }
        return SplitMix64.mix(h);
    }
}
