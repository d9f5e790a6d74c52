package io.fixtura.runtime.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.AnonymizationKey;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** TOKENIZE over a million values at a time: the uniqueness it promises is a bijection, not luck. */
class TokenizeTest {

    private static final AnonymizationKey KEY = AnonymizationKey.of("first test secret, long enough");
    private static final AnonymizationKey OTHER = AnonymizationKey.of("second test secret, long enough");
    private static final int MILLION = 1_000_000;

    @Test
    void aMillionNumbersGiveAMillionTokensOfTheSameSignAndDigitCount() {
        long[] tokens = new long[MILLION];
        for (int i = 0; i < MILLION; i++) {
            long value = i - MILLION / 2;            // crosses zero and several digit counts
            long token = Tokenize.number(KEY, value);
            assertThat(token < 0).isEqualTo(value < 0);
            assertThat(digits(token)).isEqualTo(digits(value));
            tokens[i] = token;
        }
        assertThat(distinct(tokens)).isEqualTo(MILLION);
    }

    @Test
    void aMillionPhoneNumbersGiveAMillionPhoneNumbers() {
        long[] tokens = new long[MILLION];
        for (int i = 0; i < MILLION; i++) {
            // ten-digit numbers sharing a long prefix: the hard case for a chunked permutation
            String token = Tokenize.text(KEY, Long.toString(6_120_000_000L + i));
            assertThat(token).hasSize(10);
            tokens[i] = Long.parseLong(token);   // throws unless all ten are digits
        }
        assertThat(distinct(tokens)).isEqualTo(MILLION);
    }

    @Test
    void aMillionEmailAddressesGiveAMillionAddressesOfTheSameShape() {
        // "user" and six digits, then "@example.com": two chunks, the second keyed by the first
        String[] tokens = new String[MILLION];
        for (int i = 0; i < MILLION; i++) {
            String token = Tokenize.text(KEY, "user" + (100_000 + i % 900_000) + (i < 900_000 ? "" : "x")
                    + "@example.com");
            assertThat(token.length()).isEqualTo(i < 900_000 ? 22 : 23);
            tokens[i] = token;
        }
        assertThat(tokens[0]).matches("[a-z]{4}\\d{6}@[a-z]{7}\\.[a-z]{3}");
        assertThat(tokens[MILLION - 1]).matches("[a-z]{4}\\d{6}[a-z]@[a-z]{7}\\.[a-z]{3}");
        assertThat(Arrays.stream(tokens).distinct().count()).isEqualTo(MILLION);
    }

    @Test
    void textsKeepLengthAndCharacterClasses() {
        SplittableRandom random = new SplittableRandom(3);
        String alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.@ é€";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder original = new StringBuilder();
            int length = random.nextInt(60);
            for (int k = 0; k < length; k++) {
                original.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = original.toString();
            String token = Tokenize.text(KEY, value);
            assertThat(token).hasSameSizeAs(value);
            for (int k = 0; k < value.length(); k++) {
                assertThat(classOf(token.charAt(k))).as("%s -> %s at %d", value, token, k).isEqualTo(classOf(value.charAt(k)));
                if (classOf(value.charAt(k)) == '_') {
                    assertThat(token.charAt(k)).isEqualTo(value.charAt(k));
                }
            }
            assertThat(Tokenize.text(KEY, value)).isEqualTo(token);
        }
        assertThat(Tokenize.text(KEY, "4111-1111-1111-1111")).isNotEqualTo(Tokenize.text(OTHER, "4111-1111-1111-1111"));
    }

    @Test
    void numbersKeepSignAndDigitCountAtTheEdgesOfEachWidth() {
        Set<Long> samples = new HashSet<>();
        for (int digits = 1; digits <= 18; digits++) {
            long low = digits == 1 ? 0 : pow10(digits - 1);
            long high = pow10(digits) - 1;
            for (long v : new long[] {low, low + 1, high - 1, high}) {
                samples.add(v);
                samples.add(-v);
            }
        }
        samples.addAll(Set.of(Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE, Long.MIN_VALUE + 1));
        for (long value : samples) {
            long token = Tokenize.number(KEY, value);
            assertThat(token < 0).as("sign of %d -> %d", value, token).isEqualTo(value < 0);
            assertThat(digits(token)).as("digits of %d -> %d", value, token).isEqualTo(digits(value));
        }
        for (int value : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 1_000_000_000, -1_000_000_000, -1, 0}) {
            int token = Tokenize.number(KEY, value);
            assertThat(token < 0).isEqualTo(value < 0);
            assertThat(digits(token)).isEqualTo(digits(value));
        }
        // Every single-digit value: each sign class is a permutation of itself.
        Set<Long> singles = new HashSet<>();
        for (long v = -9; v <= 9; v++) {
            singles.add(Tokenize.number(KEY, v));
        }
        assertThat(singles).hasSize(19).allSatisfy(t -> assertThat(t).isBetween(-9L, 9L));
    }

    @Test
    void inRangePermutesAMillionValuesOntoTheRange() {
        boolean[] seen = new boolean[MILLION];
        for (long value = 0; value < MILLION; value++) {
            long token = Tokenize.inRange(KEY, "Order.quantity", value, 0, MILLION - 1);
            assertThat(token).isBetween(0L, MILLION - 1L);
            assertThat(seen[(int) token]).as("token %d twice", token).isFalse();
            seen[(int) token] = true;
        }
        long fixed = 0;
        for (long value = 0; value < 10_000; value++) {
            fixed += Tokenize.inRange(KEY, "Order.quantity", value, 0, MILLION - 1) == value ? 1 : 0;
        }
        assertThat(fixed).as("values left in place").isLessThan(10);
    }

    @Test
    void inRangeStaysInRangeAtTheEdgesOfLong() {
        assertPermutes(-5, 5);
        assertPermutes(7, 7);
        assertPermutes(Long.MAX_VALUE - 2, Long.MAX_VALUE);
        assertPermutes(Long.MIN_VALUE, Long.MIN_VALUE + 2);
        // wider than one permutation takes: [0, 2^63 - 1] has 2^63 values, the full range 2^64
        long[][] ranges = {{0, Long.MAX_VALUE}, {Long.MIN_VALUE, Long.MAX_VALUE}, {Long.MIN_VALUE, -1},
            {-1, Long.MAX_VALUE}, {Long.MIN_VALUE, Long.MAX_VALUE - 1}};
        SplittableRandom random = new SplittableRandom(4);
        for (long[] range : ranges) {
            long[] tokens = new long[20_000];
            long[] values = new long[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                values[i] = i < 10 ? range[0] + i : i < 20 ? range[1] - (i - 10) : random.nextLong(range[0], range[1]);
                tokens[i] = Tokenize.inRange(KEY, "wide", values[i], range[0], range[1]);
                assertThat(tokens[i]).as("%d in %s", values[i], Arrays.toString(range)).isBetween(range[0], range[1]);
            }
            assertThat(distinct(tokens)).isEqualTo(distinct(values));
        }
    }

    @Test
    void inRangeDependsOnKeyAndDomain() {
        int same = 0;
        int sameKey = 0;
        for (long value = 0; value < 10_000; value++) {
            long token = Tokenize.inRange(KEY, "a", value, 0, 9_999);
            same += token == Tokenize.inRange(KEY, "b", value, 0, 9_999) ? 1 : 0;
            sameKey += token == Tokenize.inRange(OTHER, "a", value, 0, 9_999) ? 1 : 0;
            assertThat(Tokenize.inRange(KEY, "a", value, 0, 9_999)).isEqualTo(token);
        }
        assertThat(same).as("agreements across domains").isLessThan(10);
        assertThat(sameKey).as("agreements across keys").isLessThan(10);
    }

    @Test
    void inRangeRejectsValuesOutsideTheRange() {
        assertThatThrownBy(() -> Tokenize.inRange(KEY, "d", 11, 0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11").hasMessageContaining("[0, 10]").hasMessageContaining("outside");
        assertThatThrownBy(() -> Tokenize.inRange(KEY, "d", -1, 0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1").hasMessageContaining("[0, 10]");
        assertThatThrownBy(() -> Tokenize.inRange(KEY, "d", 5, 10, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[10, 0]").hasMessageContaining("empty");
    }

    private static void assertPermutes(long min, long max) {
        Set<Long> tokens = new HashSet<>();
        for (long value = min; ; value++) {
            tokens.add(Tokenize.inRange(KEY, "edge", value, min, max));
            if (value == max) {
                break;
            }
        }
        assertThat(tokens).hasSize((int) (max - min + 1)).allSatisfy(t -> assertThat(t).isBetween(min, max));
    }

    private static long distinct(long[] values) {
        return Arrays.stream(values).distinct().count();
    }

    private static char classOf(char c) {
        return c >= '0' && c <= '9' ? '9' : c >= 'a' && c <= 'z' ? 'a' : c >= 'A' && c <= 'Z' ? 'A' : '_';
    }

    private static long pow10(int exponent) {
        long power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= 10;
        }
        return power;
    }

    private static int digits(long value) {
        return value == Long.MIN_VALUE ? 19 : Long.toString(Math.abs(value)).length();
    }
}
