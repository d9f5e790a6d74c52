package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.AnonymizationKey;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed, tweakable pseudo-random permutation of {@code [0, n)} strong enough for anonymization: a
 * Feistel network on binary integers with AES-128 as its round function, in the manner of NIST FF1,
 * and cycle walking down to the domain. Nobody without the key can compute or invert it.
 *
 * <pre>{@code long token = KeyedPermutation.of(key, "TOKENIZE:long").apply(account, 1_000_000_000L, 9);}</pre>
 */
public final class KeyedPermutation {

    /** FF1's round count, enough for domains of a million values or more (NIST's minimum for FF1). */
    private static final int ROUNDS = 10;
    /**
     * Below 2²⁰ values the message-recovery attacks on Feistel FPE (Bellare, Hoang, Tessaro, CCS 2016)
     * need far fewer queries, and more rounds are what push them back; they cost little here.
     */
    private static final int SMALL_DOMAIN_ROUNDS = 16;
    private static final int SMALL_DOMAIN_BITS = 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final String purpose;
    private final SecretKeySpec aesKey;
    /** A Cipher is not thread-safe and costly to obtain, so each thread keeps its own, with its buffers. */
    private final ThreadLocal<Network> networks;

    private KeyedPermutation(String purpose, SecretKeySpec aesKey) {
        this.purpose = purpose;
        this.aesKey = aesKey;
        this.networks = ThreadLocal.withInitial(() -> new Network(this.aesKey));
    }

    /**
     * The permutation family of {@code purpose} under {@code key}: its AES key is the first 16 bytes
     * of {@code key.hmac("KEYED_PERMUTATION:" + purpose, [])}, so purposes never share a permutation.
     */
    public static KeyedPermutation of(AnonymizationKey key, String purpose) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(purpose, "purpose");
        byte[] mac = key.hmac("KEYED_PERMUTATION:" + purpose, new byte[0]);
        SecretKeySpec aesKey = new SecretKeySpec(mac, 0, 16, "AES");   // copies the 16 bytes
        Arrays.fill(mac, (byte) 0);
        return new KeyedPermutation(purpose, aesKey);
    }

    /**
     * The image of {@code x} under the permutation of {@code [0, n)} chosen by {@code tweak}. Distinct
     * {@code (n, tweak)} pairs give independent-looking permutations.
     *
     * @throws IllegalArgumentException if {@code n < 1} or {@code x} is outside {@code [0, n)}
     */
    public long apply(long x, long n, long tweak) {
        check("x", x, n);
        if (n == 1) {
            return 0;
        }
        Network network = networks.get().reset(n, tweak);
        // Cycle walking: the network permutes [0, 2^bits) with 2^bits <= 2n, so following the cycle
        // of x until it re-enters [0, n) keeps a bijection and takes at most two steps on average.
        long y = x;
        do {
            y = network.encrypt(y);
        } while (y >= n);
        return y;
    }

    /**
     * The {@code x} with {@code apply(x, n, tweak) == y}.
     *
     * @throws IllegalArgumentException if {@code n < 1} or {@code y} is outside {@code [0, n)}
     */
    public long invert(long y, long n, long tweak) {
        check("y", y, n);
        if (n == 1) {
            return 0;
        }
        Network network = networks.get().reset(n, tweak);
        long x = y;
        do {
            x = network.decrypt(x);
        } while (x >= n);
        return x;
    }

    private static void check(String name, long value, long n) {
        if (n < 1) {
            throw new IllegalArgumentException("a permutation needs a domain size n of at least 1, was " + n);
        }
        if (value < 0 || value >= n) {
            throw new IllegalArgumentException(name + " = " + value + " is outside the permutation's domain [0, " + n + ")");
        }
    }

    /** Names the purpose only: the key stays hidden. */
    @Override
    public String toString() {
        return "KeyedPermutation[" + purpose + ", key hidden]";
    }

    /**
     * One thread's Feistel network, reset for each call to the domain's shape: {@code bits} split
     * into a left half of {@code u} and a right half of {@code v = bits - u} bits (FF1's split), the
     * halves trading widths each round. The round function is AES-128 as a PRF of (n, tweak, round,
     * half), FF1-style: those 21 bytes do not fit one block, so it is the CBC-MAC of two fixed-length
     * blocks, {@code n ‖ tweak} encrypted once per call, then {@code round ‖ 0⁷ ‖ half} XORed onto
     * that and encrypted once per round.
     */
    private static final class Network {

        private final Cipher cipher;
        private final byte[] header = new byte[16];
        private final byte[] in = new byte[16];
        private final byte[] out = new byte[16];
        private int u;
        private int v;
        private int rounds;

        Network(SecretKeySpec aesKey) {
            try {
                cipher = Cipher.getInstance("AES/ECB/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, aesKey);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this JVM cannot compute AES/ECB/NoPadding", e);
            }
        }

        /** Sets the network up for {@code [0, n)} (wide enough for {@code n - 1}, at least two bits) and the tweak. */
        Network reset(long n, long tweak) {
            int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(n - 1));
            u = bits / 2;
            v = bits - u;
            rounds = bits < SMALL_DOMAIN_BITS ? SMALL_DOMAIN_ROUNDS : ROUNDS;
            LONGS.set(in, 0, n);
            LONGS.set(in, 8, tweak);
            aes(in, header);
            return this;
        }

        long encrypt(long x) {
            long a = x >>> v;
            long b = x & mask(v);
            for (int i = 0; i < rounds; i++) {
                long c = a ^ (roundFunction(i, b) & mask(width(i)));
                a = b;
                b = c;
            }
            // An even number of rounds brings the halves back to u and v bits.
            return (a << v) | b;
        }

        long decrypt(long y) {
            long a = y >>> v;
            long b = y & mask(v);
            for (int i = rounds - 1; i >= 0; i--) {
                long previous = b ^ (roundFunction(i, a) & mask(width(i)));
                b = a;
                a = previous;
            }
            return (a << v) | b;
        }

        /** The width of the half that round {@code i} changes: u on even rounds, v on odd ones. */
        private int width(int i) {
            return (i & 1) == 0 ? u : v;
        }

        private static long mask(int bits) {
            return (1L << bits) - 1;
        }

        private long roundFunction(int round, long half) {
            LONGS.set(in, 0, (long) round << 56);
            LONGS.set(in, 8, half);
            for (int i = 0; i < 16; i++) {
                in[i] ^= header[i];
            }
            aes(in, out);
            return (long) LONGS.get(out, 0);
        }

        private void aes(byte[] block, byte[] result) {
            try {
                cipher.doFinal(block, 0, 16, result, 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES failed on a full block", e);
            }
        }
    }
}
