package io.fixtura.runtime.anonymize;

import static io.fixtura.runtime.anonymize.StrategyFakeTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unique fields stay unique: a million distinct originals, a million distinct outputs. */
class StrategyUniquenessTest {

    private static final int COUNT = 1_000_000;

    @Test
    void uniqueFakeEmailsNeverCollide() {
        Set<String> outputs = new HashSet<>(2 * COUNT);
        for (int i = 0; i < COUNT; i++) {
            outputs.add(FakeUnique.email(KEY, "user" + i + "@corp.example", 0, 254));
        }
        assertThat(outputs).hasSize(COUNT);
    }

    @Test
    void tokenizedDigitStringsNeverCollide() {
        Set<String> outputs = new HashSet<>(2 * COUNT);
        for (int i = 0; i < COUNT; i++) {
            // nine-digit ids sharing long prefixes: the hard case for a chunked permutation
            outputs.add(Tokenize.text(KEY, Integer.toString(100_000_000 + i)));
        }
        assertThat(outputs).hasSize(COUNT);
    }

    @Test
    void tokenizedNumbersNeverCollide() {
        Set<Long> outputs = new HashSet<>(2 * COUNT);
        for (long i = 0; i < COUNT; i++) {
            outputs.add(Tokenize.number(KEY, 4_000_000_000L + i * 7919));
        }
        assertThat(outputs).hasSize(COUNT);
    }
}
