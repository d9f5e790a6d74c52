package io.fixtura.runtime.anonymize;

import static io.fixtura.runtime.anonymize.StrategyFakeTest.KEY;
import static io.fixtura.runtime.anonymize.StrategyFakeTest.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrategyTokenizeTest {

    @Test
    void uuidsBecomeStableVersion4Uuids() {
        UUID original = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        UUID token = Tokenize.uuid(KEY, original);
        assertThat(token.version()).isEqualTo(4);
        assertThat(token.variant()).isEqualTo(2);
        assertThat(Tokenize.uuid(KEY, original)).isEqualTo(token);
        assertThat(Tokenize.uuid(OTHER, original)).isNotEqualTo(token);
        assertThat(token).isNotEqualTo(original);
        assertThat(Tokenize.uuid(KEY, null)).isNull();
    }

    @Test
    void textsKeepTheirFormat() {
        String card = Tokenize.text(KEY, "4111-1111-1111-1111");
        assertThat(card).matches("\\d{4}-\\d{4}-\\d{4}-\\d{4}").isNotEqualTo("4111-1111-1111-1111");
        String mixed = Tokenize.text(KEY, "AbC-123 xyz");
        assertThat(mixed).matches("[A-Z][a-z][A-Z]-\\d{3} [a-z]{3}");
        String longDigits = Tokenize.text(KEY, "0".repeat(50));
        assertThat(longDigits).matches("\\d{50}");
        String longLetters = Tokenize.text(KEY, "Abcdefghijklmnopqrstuvwxyz".repeat(3));
        assertThat(longLetters).hasSize(78).matches("([A-Z][a-z]{25}){3}");
        assertThat(Tokenize.text(KEY, "Zoë & co")).matches("[A-Z][a-z]ë & [a-z]{2}");
        assertThat(Tokenize.text(KEY, "")).isEmpty();
        assertThat(Tokenize.text(KEY, null)).isNull();
    }

    @Test
    void textsAreDeterministicAndKeySensitive() {
        assertThat(Tokenize.text(KEY, "DE89370400440532013000")).isEqualTo(Tokenize.text(KEY, "DE89370400440532013000"))
                .isNotEqualTo(Tokenize.text(OTHER, "DE89370400440532013000"));
    }

    @Test
    void numbersKeepTheirSignAndDigitCount() {
        long[] samples = {0, 7, 42, 999, 1000, 123456789, -5, -1234, 1_000_000_000_000_000_000L,
            Long.MAX_VALUE, Long.MIN_VALUE, -1_000_000_000_000_000_000L};
        for (long value : samples) {
            long token = Tokenize.number(KEY, value);
            assertThat(token < 0).as("sign of %d -> %d", value, token).isEqualTo(value < 0);
            assertThat(digits(token)).as("digits of %d -> %d", value, token).isEqualTo(digits(value));
            assertThat(Tokenize.number(KEY, value)).isEqualTo(token);
        }
        int[] ints = {0, 9, 12345, Integer.MAX_VALUE, Integer.MIN_VALUE, -1_000_000_000, 1_000_000_000};
        for (int value : ints) {
            int token = Tokenize.number(KEY, value);
            assertThat(digits(token)).as("digits of %d -> %d", value, token).isEqualTo(digits(value));
            assertThat(token < 0).isEqualTo(value < 0);
        }
        assertThat(Tokenize.number(KEY, (Long) null)).isNull();
        assertThat(Tokenize.number(KEY, 123456789L)).isNotEqualTo(Tokenize.number(OTHER, 123456789L));
    }

    @Test
    void threeDigitNumbersArePermuted() {
        Set<Long> tokens = new HashSet<>();
        for (long value = 100; value <= 999; value++) {
            tokens.add(Tokenize.number(KEY, value));
        }
        assertThat(tokens).hasSize(900).allSatisfy(t -> assertThat(t).isBetween(100L, 999L));
    }

    private static int digits(long value) {
        return value == Long.MIN_VALUE ? 19 : Long.toString(Math.abs(value)).length();
    }
}
