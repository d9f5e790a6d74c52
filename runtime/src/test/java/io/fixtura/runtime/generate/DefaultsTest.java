package io.fixtura.runtime.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A test's seed and record counter on its thread make create()/list() repeat on a rerun. */
class DefaultsTest {

    @AfterEach
    void clear() {
        Defaults.useSeedOnThisThread(null);
    }

    @Test
    void aTestSeedGivesItsOwnSeedAndCounter() {
        AtomicLong shared = new AtomicLong(500);
        Defaults.useSeedOnThisThread(77L);
        long first = Defaults.nextIndex(1L, shared, 3);
        long second = Defaults.nextIndex(1L, shared, 1);
        long otherEntity = Defaults.nextIndex(2L, shared, 1);

        Defaults.useSeedOnThisThread(77L);
        long rerun = Defaults.nextIndex(1L, shared, 3);

        assertThat(Defaults.seedIsFixed() || Defaults.seed() == 77L).isTrue();
        assertThat(first).isZero();
        assertThat(second).isEqualTo(3);
        assertThat(otherEntity).isZero();
        assertThat(rerun).isZero();
        assertThat(shared.get()).isEqualTo(500);
    }

    @Test
    void withoutATestSeedTheSharedCounterCounts() {
        AtomicLong shared = new AtomicLong(10);

        assertThat(Defaults.nextIndex(1L, shared, 2)).isEqualTo(10);
        assertThat(Defaults.nextIndex(1L, shared, 1)).isEqualTo(12);
    }
}
