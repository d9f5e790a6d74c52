package io.fixtura.runtime.check;

import io.fixtura.runtime.random.SplitMix64;
import java.util.HashMap;
import java.util.Map;

/**
 * The values one column (or column tuple) took so far, each with the index of the first record that
 * had it. Integral values, the common case for keys, go into an open-addressing table of primitive
 * longs (16 bytes a value, against some 70 for a boxed map entry), so checking the keys of millions
 * of records stays affordable; other values go into a map.
 */
final class SeenValues {

    private static final double LOAD = 0.6;

    private long[] keys = new long[16];
    /** First index + 1 of the record holding {@code keys[i]}; 0 marks an empty slot. */
    private long[] firsts = new long[16];
    private int size;
    private final Map<Object, Long> others = new HashMap<>();

    /**
     * Records that record {@code index} has {@code value} (normalized, non-null): -1 if it is new,
     * else the index of the first record that had it (which keeps it).
     */
    long add(Object value, long index) {
        if (value instanceof Long l) {
            return addLong(l, index);
        }
        Long first = others.putIfAbsent(value, index);
        return first == null ? -1 : first;
    }

    /** Whether some record had {@code value} (normalized, non-null). */
    boolean contains(Object value) {
        if (value instanceof Long l) {
            return firsts[slot(l)] != 0;
        }
        return others.containsKey(value);
    }

    private long addLong(long value, long index) {
        int slot = slot(value);
        if (firsts[slot] != 0) {
            return firsts[slot] - 1;
        }
        keys[slot] = value;
        firsts[slot] = index + 1;
        if (++size > keys.length * LOAD) {
            grow();
        }
        return -1;
    }

    /** The slot holding {@code value}, or the empty slot where it would go. */
    private int slot(long value) {
        int mask = keys.length - 1;
        // sequential keys would cluster in one run of slots: spread them
        int slot = (int) SplitMix64.mix(value) & mask;
        while (firsts[slot] != 0 && keys[slot] != value) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        if (keys.length >= 1 << 30) {
            throw new IllegalStateException("too many distinct values to check: " + size);
        }
        long[] oldKeys = keys;
        long[] oldFirsts = firsts;
        keys = new long[oldKeys.length * 2];
        firsts = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldFirsts[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                firsts[slot] = oldFirsts[i];
            }
        }
    }
}
