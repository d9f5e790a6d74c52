package io.fixtura.runtime.anonymize;

import static io.fixtura.runtime.anonymize.StrategyFakeTest.KEY;
import static io.fixtura.runtime.anonymize.StrategyFakeTest.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrategyHashTest {

    @Test
    void keyedHexDeterministicAndKeySensitive() {
        String hash = Hash.of(KEY, "123-45-6789", 64);
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(Hash.of(KEY, "123-45-6789", 64)).isEqualTo(hash);
        assertThat(Hash.of(OTHER, "123-45-6789", 64)).isNotEqualTo(hash);
        assertThat(Hash.of(KEY, "123-45-6780", 64)).isNotEqualTo(hash);
    }

    @Test
    void truncatedToTheColumnLength() {
        String full = Hash.of(KEY, "value", 100);
        assertThat(full).hasSize(64);
        assertThat(Hash.of(KEY, "value", 12)).hasSize(12).isEqualTo(full.substring(0, 12));
        assertThat(Hash.of(KEY, "value", 1)).hasSize(1);
        assertThatThrownBy(() -> Hash.of(KEY, "value", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Hash.of(KEY, null, 10)).isNull();
    }
}
