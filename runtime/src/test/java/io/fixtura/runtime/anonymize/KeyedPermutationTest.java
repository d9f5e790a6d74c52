package io.fixtura.runtime.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.AnonymizationKey;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The permutation is a bijection on every domain, inverts exactly, and keys it by everything it claims. */
class KeyedPermutationTest {

    private static final AnonymizationKey KEY = AnonymizationKey.of("first test secret, long enough");
    private static final AnonymizationKey OTHER = AnonymizationKey.of("second test secret, long enough");
    private static final KeyedPermutation PERMUTATION = KeyedPermutation.of(KEY, "TEST");
    private static final long[] TWEAKS = {0, 1, -1, 0x0123_4567_89AB_CDEFL};

    @Test
    void isABijectionOnEverySmallDomain() {
        for (long n = 1; n <= 300; n++) {
            for (long tweak : TWEAKS) {
                assertBijection(PERMUTATION, n, tweak);
            }
        }
    }

    @Test
    void isABijectionOnLargerDomainsOfOddAndEvenWidths() {
        // Widths 10, 12 (a power of two), 13 (odd: unbalanced halves) and 14 (a prime); 2^20 + 1 is
        // 21 bits, odd again and among the first domains with FF1's ten rounds.
        for (long n : new long[] {1000, 4096, 4097, 10_007}) {
            for (long tweak : TWEAKS) {
                assertBijection(PERMUTATION, n, tweak);
            }
        }
        assertBijection(PERMUTATION, (1 << 20) + 1, 77);
    }

    @Test
    void invertUndoesApplyOnHugeDomains() {
        long[] domains = {(1L << 40) + 3, 1_000_000_000_000_000_000L, Long.MAX_VALUE, 1L << 62, (1L << 41) - 1};
        SplittableRandom random = new SplittableRandom(1);
        for (long n : domains) {
            long[] inputs = new long[20_000];
            long[] outputs = new long[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                long x = i < 100 ? i : i < 200 ? n - 1 - (i - 100) : random.nextLong(n);
                long y = PERMUTATION.apply(x, n, 5);
                assertThat(y).as("image of %d in [0, %d)", x, n).isBetween(0L, n - 1);
                assertThat(PERMUTATION.invert(y, n, 5)).as("invert(apply(%d)) in [0, %d)", x, n).isEqualTo(x);
                inputs[i] = x;
                outputs[i] = y;
            }
            assertThat(Arrays.stream(outputs).distinct().count()).as("distinct images in [0, %d)", n)
                    .isEqualTo(Arrays.stream(inputs).distinct().count());
        }
    }

    @Test
    void keysPurposesTweaksAndDomainSizesChooseUnrelatedPermutations() {
        int n = 1_000_000;
        long[] base = images(PERMUTATION, n, 3);
        // Two independent random permutations agree on one point on average (Poisson(1)), and a
        // random permutation has one fixed point on average: 20 would be a one-in-10^19 event.
        assertThat(agreements(base, identity(n))).as("fixed points").isLessThan(20);
        assertThat(agreements(base, images(KeyedPermutation.of(OTHER, "TEST"), n, 3))).as("other key").isLessThan(20);
        assertThat(agreements(base, images(KeyedPermutation.of(KEY, "TEST2"), n, 3))).as("other purpose").isLessThan(20);
        assertThat(agreements(base, images(PERMUTATION, n, 4))).as("other tweak").isLessThan(20);
        long[] wider = new long[n];
        for (int x = 0; x < n; x++) {
            wider[x] = PERMUTATION.apply(x, n + 1, 3);
        }
        assertThat(agreements(base, wider)).as("other domain size").isLessThan(20);
    }

    @Test
    void isDeterministicAcrossInstancesAndThreads() throws Exception {
        int n = 200_000;
        long[] expected = images(KeyedPermutation.of(KEY, "TEST"), n, 9);
        KeyedPermutation shared = KeyedPermutation.of(KEY, "TEST");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> images(shared, n, 9)));
            }
            for (Future<long[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void followsTheDocumentedConstruction() throws Exception {
        // An independent, unoptimized reading of the Javadoc: if the class drifts from it, tokens
        // written by earlier releases would silently stop matching.
        byte[] mac = KEY.hmac("KEYED_PERMUTATION:TEST", new byte[0]);
        Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Arrays.copyOf(mac, 16), "AES"));
        SplittableRandom random = new SplittableRandom(2);
        long[] domains = {2, 3, 1000, 1 << 19, (1 << 20) + 1, 1_000_000_007L, Long.MAX_VALUE};
        for (long n : domains) {
            for (int i = 0; i < 50; i++) {
                long x = random.nextLong(n);
                long tweak = random.nextLong();
                assertThat(PERMUTATION.apply(x, n, tweak)).as("x=%d n=%d", x, n).isEqualTo(reference(aes, x, n, tweak));
            }
        }
    }

    @Test
    void rejectsValuesOutsideTheDomain() {
        assertThatThrownBy(() -> PERMUTATION.apply(10, 10, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x = 10").hasMessageContaining("[0, 10)");
        assertThatThrownBy(() -> PERMUTATION.apply(-1, 10, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x = -1");
        assertThatThrownBy(() -> PERMUTATION.invert(12, 10, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("y = 12");
        assertThatThrownBy(() -> PERMUTATION.apply(0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1, was 0");
        assertThatThrownBy(() -> PERMUTATION.invert(0, -5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1, was -5");
        assertThat(PERMUTATION.apply(0, 1, 42)).isZero();
        assertThat(PERMUTATION.invert(0, 1, 42)).isZero();
        assertThat(PERMUTATION.toString()).contains("TEST").doesNotContain("first test secret");
    }

    private static void assertBijection(KeyedPermutation p, long n, long tweak) {
        boolean[] seen = new boolean[(int) n];
        for (long x = 0; x < n; x++) {
            long y = p.apply(x, n, tweak);
            assertThat(y).as("image of %d in [0, %d), tweak %d", x, n, tweak).isBetween(0L, n - 1);
            assertThat(seen[(int) y]).as("%d hit twice in [0, %d), tweak %d", y, n, tweak).isFalse();
            seen[(int) y] = true;
            assertThat(p.invert(y, n, tweak)).isEqualTo(x);
        }
    }

    private static long[] images(KeyedPermutation p, int n, long tweak) {
        long[] images = new long[n];
        for (int x = 0; x < n; x++) {
            images[x] = p.apply(x, n, tweak);
        }
        return images;
    }

    private static long[] identity(int n) {
        long[] identity = new long[n];
        Arrays.setAll(identity, x -> x);
        return identity;
    }

    private static int agreements(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return same;
    }

    /** The construction spelled out step by step, a fresh block per AES call. */
    private static long reference(Cipher aes, long x, long n, long tweak) throws Exception {
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(n - 1));
        int u = bits / 2;
        int v = bits - u;
        int rounds = bits < 20 ? 16 : 10;
        byte[] header = aes.doFinal(ByteBuffer.allocate(16).putLong(n).putLong(tweak).array());
        long value = x;
        do {
            long a = value >>> v;
            long b = value & ((1L << v) - 1);
            for (int i = 0; i < rounds; i++) {
                byte[] block = ByteBuffer.allocate(16).put((byte) i).putLong(8, b).array();
                for (int k = 0; k < 16; k++) {
                    block[k] ^= header[k];
                }
                long f = ByteBuffer.wrap(aes.doFinal(block)).getLong();
                int m = i % 2 == 0 ? u : v;
                long c = a ^ (f & ((1L << m) - 1));
                a = b;
                b = c;
            }
            value = (a << v) | b;
        } while (value >= n);
        return value;
    }
}
