package io.fixtura.runtime.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrategyRedactTest {

    @Test
    void nullableFieldsBecomeNull() {
        assertThat(Redact.of("secret notes", true, 0, 500)).isNull();
    }

    @Test
    void requiredFieldsGetAMarkerThatFitsTheirLength() {
        assertThat(Redact.of("secret notes", false, 0, 500)).isEqualTo("[REDACTED]");
        assertThat(Redact.of("secret", false, 0, 5)).isEqualTo("X");
        assertThat(Redact.of("secret", false, 3, 5)).isEqualTo("XXX");
        assertThat(Redact.of("secret", false, 12, 20)).isEqualTo("[REDACTED]XX");
        for (int max = 1; max <= 30; max++) {
            for (int min = 0; min <= max; min++) {
                assertThat(Redact.of("x", false, min, max).length()).isBetween(Math.max(1, min), max);
            }
        }
    }

    @Test
    void anEmptyLengthRangeIsAnError() {
        assertThatThrownBy(() -> Redact.of("x", false, 5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
