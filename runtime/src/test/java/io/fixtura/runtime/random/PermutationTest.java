package io.fixtura.runtime.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PermutationTest {

    @Test
    void isABijectionOnEverySmallDomain() {
        for (long domain = 1; domain <= 2000; domain++) {
            assertBijection(domain, SplitMix64.mix(domain));
        }
    }

    @Test
    void isABijectionOnOddSizesAndPowersOfTwo() {
        long[] domains = {4095, 4096, 4097, 65_535, 65_536, 65_537, 100_003, (1 << 20) - 1, 1 << 20, (1 << 20) + 1};
        for (long domain : domains) {
            for (long key = -2; key <= 2; key++) {
                assertBijection(domain, key);
            }
        }
    }

    @Test
    void isInjectiveAndInRangeOnHugeDomains() {
        long[] domains = {Long.MAX_VALUE, Long.MAX_VALUE - 1, 1L << 62, (1L << 62) + 1, 1_000_000_000_000_000_000L,
                (1L << 33) + 7, 3L << 40};
        SplittableRandom random = new SplittableRandom(1);
        for (long domain : domains) {
            Permutation p = Permutation.of(domain, 42);
            Set<Long> inputs = new HashSet<>();
            Set<Long> outputs = new HashSet<>();
            for (long i = 0; i < 50_000; i++) {
                inputs.add(i);
                inputs.add(domain - 1 - i);
                inputs.add(random.nextLong(domain));
            }
            for (long input : inputs) {
                long output = p.apply(input);
                assertThat(output).isBetween(0L, domain - 1);
                outputs.add(output);
            }
            assertThat(outputs).as("domain %d", domain).hasSameSizeAs(inputs);
        }
    }

    @Test
    void coversTheWholeUnsignedRangeWhenTheDomainIsTwoToTheSixtyFour() {
        Permutation p = Permutation.ofUnsigned(0, 7);
        Set<Long> outputs = new HashSet<>();
        int negative = 0;
        for (long i = 0; i < 100_000; i++) {
            long output = p.apply(i);
            outputs.add(output);
            if (output < 0) {
                negative++;
            }
        }
        assertThat(outputs).hasSize(100_000);
        // Half the outputs have the top bit set: the image spreads over all 2^64 values.
        assertThat(negative).isBetween(48_000, 52_000);
    }

    @Test
    void staysBelowAnUnsignedDomainAboveTwoToTheSixtyThree() {
        long domain = -1_000_000L; // 2^64 - 10^6, read as unsigned
        Permutation p = Permutation.ofUnsigned(domain, 3);
        for (long i = 0; i < 100_000; i++) {
            assertThat(Long.compareUnsigned(p.apply(i), domain)).isNegative();
        }
    }

    @Test
    void differentKeysGiveDifferentOrders() {
        Set<List<Long>> orders = new HashSet<>();
        for (long key = 0; key < 100; key++) {
            orders.add(order(1000, key));
        }
        assertThat(orders).hasSize(100);

        Set<List<Long>> small = new HashSet<>();
        for (long key = 0; key < 100; key++) {
            small.add(order(10, key));
        }
        assertThat(small.size()).isGreaterThan(50);
    }

    @Test
    void looksShuffledRatherThanNearlyTheIdentity() {
        List<Long> order = order(10_000, 99);
        int fixedPoints = 0;
        int ascendingSteps = 0;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == i) {
                fixedPoints++;
            }
            if (i > 0 && order.get(i) > order.get(i - 1)) {
                ascendingSteps++;
            }
        }
        assertThat(fixedPoints).isLessThan(20);
        assertThat(ascendingSteps).isBetween(4_500, 5_500);
    }

    @Test
    void isReproducible() {
        assertThat(order(5000, 11)).isEqualTo(order(5000, 11));
        assertThat(Permutation.of(Long.MAX_VALUE, 5).apply(123_456_789)).isEqualTo(Permutation.of(Long.MAX_VALUE, 5).apply(123_456_789));
    }

    @Test
    void rejectsAnEmptyDomainAndIndexesOutsideIt() {
        assertThatThrownBy(() -> Permutation.of(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        Permutation p = Permutation.of(10, 1);
        assertThatThrownBy(() -> p.apply(10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 10)");
        assertThatThrownBy(() -> p.apply(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(p.domain()).isEqualTo(10);
        assertThat(p.key()).isEqualTo(1);
    }

    private static void assertBijection(long domain, long key) {
        Permutation p = Permutation.of(domain, key);
        boolean[] seen = new boolean[(int) domain];
        int distinct = 0;
        for (long i = 0; i < domain; i++) {
            long output = p.apply(i);
            if (output < 0 || output >= domain) {
                fail("domain %d, key %d: index %d maps outside, to %d", domain, key, i, output);
            }
            if (!seen[(int) output]) {
                seen[(int) output] = true;
                distinct++;
            }
        }
        assertThat(distinct).as("distinct images in domain %d, key %d", domain, key).isEqualTo(domain);
    }

    private static List<Long> order(long domain, long key) {
        Permutation p = Permutation.of(domain, key);
        List<Long> order = new ArrayList<>();
        for (long i = 0; i < domain; i++) {
            order.add(p.apply(i));
        }
        return order;
    }
}
