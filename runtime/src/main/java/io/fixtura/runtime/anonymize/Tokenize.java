package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.AnonymizationKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.WeakHashMap;

/**
 * TOKENIZE: a stable token of the original's type and format. Numbers and texts go through a
 * {@link KeyedPermutation} (AES-based, so the mapping cannot be rebuilt or inverted without the key)
 * of the values of their shape, so distinct originals always give distinct tokens (safe for unique
 * fields): a number keeps its sign and digit count, or with {@link #inRange} stays within its
 * field's declared range; a text keeps its length, every digit stays a digit, every ASCII letter a
 * letter of the same case, and every other character in place.
 * UUIDs become version-4 UUIDs drawn from the keyed hash (a collision needs 2⁶¹ of them).
 *
 * <pre>{@code String card = Tokenize.text(key, "4111-1111-1111-1111");  // e.g. "7302-9916-0485-2273"}</pre>
 */
public final class Tokenize {

    /** Characters of a text permuted together: 13 letters (26¹³ < 2⁶²) or 18 digits fit a long. */
    private static final long MAX_CHUNK_DOMAIN = 1L << 62;
    /** Ranges with more values than one permutation takes (2⁶³ − 1) are permuted in pieces this big. */
    private static final long RANGE_PIECE = 1L << 62;
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /**
     * Permutations by key and purpose, per thread: deriving one costs an HMAC and a cipher lookup,
     * finding it here a few nanoseconds. Weak keys: a key nobody holds takes its permutations along.
     */
    private static final ThreadLocal<Map<AnonymizationKey, Map<String, KeyedPermutation>>> PERMUTATIONS =
            ThreadLocal.withInitial(WeakHashMap::new);

    private Tokenize() {
    }

    /** A long with the same sign and number of digits as {@code value}, distinct for distinct values. */
    public static long number(AnonymizationKey key, long value) {
        return permuteWithin(key, "TOKENIZE:long", value, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** An int with the same sign and number of digits as {@code value}, distinct for distinct values. */
    public static int number(AnonymizationKey key, int value) {
        return (int) permuteWithin(key, "TOKENIZE:int", value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A boxed number tokenized as {@link #number(AnonymizationKey, long)}; null stays null. */
    public static Long number(AnonymizationKey key, Long value) {
        return value == null ? null : number(key, value.longValue());
    }

    /** A boxed number tokenized as {@link #number(AnonymizationKey, int)}; null stays null. */
    public static Integer number(AnonymizationKey key, Integer value) {
        return value == null ? null : number(key, value.intValue());
    }

    /**
     * A whole number of a field with a declared range, sent through a keyed bijection of
     * {@code [min, max]} onto itself: the token stays in range and distinct values give distinct
     * tokens. {@code domain} names the field (say {@code "Order.quantity"}), so fields are permuted
     * independently. A range of more than 2⁶³ − 1 values is permuted in pieces of 2⁶² values, which
     * keep the top two bits of {@code value - min}.
     *
     * @throws IllegalArgumentException if {@code min > max} or {@code value} is outside {@code [min, max]}
     */
    public static long inRange(AnonymizationKey key, String domain, long value, long min, long max) {
        Objects.requireNonNull(domain, "domain");
        if (min > max || value < min || value > max) {
            throw new IllegalArgumentException("cannot tokenize " + value + " within [" + min + ", " + max + "]: "
                    + (min > max ? "the range is empty" : "the value is outside the range"));
        }
        // Offsets from min, unsigned: the span of [Long.MIN_VALUE, Long.MAX_VALUE] is 2^64 values.
        long last = max - min;
        long offset = value - min;
        long start = 0;
        if (last < 0 || last == Long.MAX_VALUE) {
            start = offset & -RANGE_PIECE;
            long rest = last - start;
            last = Long.compareUnsigned(rest, RANGE_PIECE - 1) < 0 ? rest : RANGE_PIECE - 1;
            offset -= start;
        }
        // The tweak is the piece's lowest value: ranges that share a piece of values and its size
        // share its permutation, and the pieces of one range never do.
        long tweak = min + start;
        return tweak + permutation(key, "TOKENIZE:range:" + domain).apply(offset, last + 1, tweak);
    }

    /**
     * A version-4 (random) UUID from the keyed hash of {@code value}; null stays null. Not a
     * permutation: two originals collide only if 122 hashed bits do.
     */
    public static UUID uuid(AnonymizationKey key, UUID value) {
        if (value == null) {
            return null;
        }
        byte[] mac = key.hmac("TOKENIZE:uuid", value.toString());
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (mac[i] & 0xFF);
            low = (low << 8) | (mac[i + 8] & 0xFF);
        }
        high = (high & ~0xF000L) | 0x4000L;                          // version 4
        low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;    // IETF variant
        return new UUID(high, low);
    }

    /**
     * A text of the same format: same length, digits for digits, ASCII letters for letters with the
     * case pattern kept, every other character unchanged. Distinct texts give distinct tokens. Texts
     * longer than one chunk (13 letters or 18 digits) are permuted chunk by chunk, each chunk keyed
     * by the originals before it, so equal prefixes give equal token prefixes and nothing more.
     * Null stays null.
     */
    public static String text(AnonymizationKey key, String value) {
        if (value == null) {
            return null;
        }
        char[] chars = value.toCharArray();
        StringBuilder shape = new StringBuilder();
        int start = 0;
        long domain = 1;
        for (int i = 0; i < chars.length; i++) {
            int radix = radix(chars[i]);
            if (radix == 0) {
                continue;
            }
            if (domain > MAX_CHUNK_DOMAIN / radix) {
                permuteChunk(key, chars, start, i, shape, value.substring(0, start));
                start = i;
                domain = 1;
            }
            domain *= radix;
        }
        permuteChunk(key, chars, start, chars.length, shape, value.substring(0, start));
        return new String(chars);
    }

    /**
     * Permutes the digits and letters of {@code chars[from, to)} in place, as one mixed-radix number;
     * the permutation is keyed by the chunk's shape (which positions are digits, upper, lower) and
     * by the original text before it.
     */
    private static void permuteChunk(AnonymizationKey key, char[] chars, int from, int to,
            StringBuilder shape, String before) {
        shape.setLength(0);
        long number = 0;
        long domain = 1;
        for (int i = from; i < to; i++) {
            int radix = radix(chars[i]);
            if (radix == 0) {
                shape.append('_');
                continue;
            }
            shape.append(radix == 10 ? '9' : Character.isUpperCase(chars[i]) ? 'A' : 'a');
            number = number * radix + ordinal(chars[i]);
            domain *= radix;
        }
        if (domain == 1) {
            return;
        }
        long tweak = key.hash64("TOKENIZE:text:" + shape, before);
        long permuted = permutation(key, "TOKENIZE:text").apply(number, domain, tweak);
        for (int i = to - 1; i >= from; i--) {
            int radix = radix(chars[i]);
            if (radix == 0) {
                continue;
            }
            int digit = (int) (permuted % radix);
            permuted /= radix;
            chars[i] = radix == 10 ? (char) ('0' + digit)
                    : Character.isUpperCase(chars[i]) ? (char) ('A' + digit) : (char) ('a' + digit);
        }
    }

    private static int radix(char c) {
        if (c >= '0' && c <= '9') {
            return 10;
        }
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 26 : 0;
    }

    private static int ordinal(char c) {
        return c <= '9' ? c - '0' : c <= 'Z' ? c - 'A' : c - 'a';
    }

    /**
     * {@code value} sent through a keyed permutation of the numbers with its sign and digit count
     * that lie within {@code [min, max]} (the type's range); sign and digit count are the tweak.
     */
    private static long permuteWithin(AnonymizationKey key, String purpose, long value, long min, long max) {
        int digits = digits(value);
        long lo;
        long hi;
        if (value >= 0) {
            lo = digits == 1 ? 0 : POWERS_OF_TEN[digits - 1];
            hi = digits == 19 ? max : Math.min(max, POWERS_OF_TEN[digits] - 1);
        } else {
            hi = -POWERS_OF_TEN[digits - 1];
            lo = digits == 19 ? min : Math.max(min, -(POWERS_OF_TEN[digits] - 1));
        }
        long size = hi - lo + 1;   // at most 2⁶³ - 10¹⁸ + 1: never overflows
        long tweak = value < 0 ? -digits : digits;
        return lo + permutation(key, purpose).apply(value - lo, size, tweak);
    }

    private static KeyedPermutation permutation(AnonymizationKey key, String purpose) {
        Map<String, KeyedPermutation> byPurpose = PERMUTATIONS.get().computeIfAbsent(key, k -> new HashMap<>());
        KeyedPermutation permutation = byPurpose.get(purpose);
        if (permutation == null) {   // not computeIfAbsent: its lambda would capture key on every call
            permutation = KeyedPermutation.of(key, purpose);
            byPurpose.put(purpose, permutation);
        }
        return permutation;
    }

    /** Decimal digits of {@code |value|}; 19 for Long.MIN_VALUE. */
    private static int digits(long value) {
        if (value == Long.MIN_VALUE) {
            return 19;
        }
        long magnitude = Math.abs(value);
        int digits = 1;
        while (digits < 19 && magnitude >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        return digits;
    }
}
