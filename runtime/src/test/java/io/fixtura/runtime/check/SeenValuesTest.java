package io.fixtura.runtime.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeenValuesTest {

    @Test
    void longsAreFoundAgainWithTheirFirstIndexAcrossGrowth() {
        SeenValues seen = new SeenValues();
        Map<Long, Long> oracle = new HashMap<>();
        SplittableRandom random = new SplittableRandom(1);
        for (long i = 0; i < 200_000; i++) {
            long value = i % 3 == 0 ? random.nextLong() : random.nextLong(50_000) - 25_000;
            Long first = oracle.putIfAbsent(value, i);
            assertThat(seen.add(value, i)).isEqualTo(first == null ? -1 : first);
        }
        assertThat(oracle.keySet()).allMatch(seen::contains);
        assertThat(seen.contains(Long.MIN_VALUE)).isEqualTo(oracle.containsKey(Long.MIN_VALUE));
    }

    @Test
    void zeroAndExtremeLongsAreOrdinaryValues() {
        SeenValues seen = new SeenValues();

        assertThat(seen.contains(0L)).isFalse();
        assertThat(seen.add(0L, 0)).isEqualTo(-1);
        assertThat(seen.add(Long.MIN_VALUE, 1)).isEqualTo(-1);
        assertThat(seen.add(Long.MAX_VALUE, 2)).isEqualTo(-1);
        assertThat(seen.add(0L, 3)).isZero();
        assertThat(seen.add(Long.MIN_VALUE, 4)).isEqualTo(1);
        assertThat(seen.add(Long.MAX_VALUE, 5)).isEqualTo(2);
    }

    @Test
    void otherValuesAreComparedByEquals() {
        SeenValues seen = new SeenValues();

        assertThat(seen.add("a", 0)).isEqualTo(-1);
        assertThat(seen.add(List.of(1L, "x"), 1)).isEqualTo(-1);
        assertThat(seen.add(new String("a"), 2)).isZero();
        assertThat(seen.add(List.of(1L, "x"), 3)).isEqualTo(1);
        assertThat(seen.contains("b")).isFalse();
        assertThat(seen.contains(1L)).as("a long is not a string").isFalse();
    }
}
