package io.fixtura.runtime.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.Constraint;
import org.junit.jupiter.api.Test;

class StrategyMaskTest {

    @Test
    void keepsFirstAndLastCharacterAndLength() {
        assertThat(Mask.of("Johnson")).isEqualTo("J*****n");
        assertThat(Mask.of("abc")).isEqualTo("a*c");
        assertThat(Mask.of("Anna Berg")).hasSameSizeAs("Anna Berg");
    }

    @Test
    void shortValuesAreMaskedWhole() {
        assertThat(Mask.of("ab")).isEqualTo("**");
        assertThat(Mask.of("a")).isEqualTo("*");
        assertThat(Mask.of("")).isEmpty();
        assertThat(Mask.of(null)).isNull();
    }

    @Test
    void surrogatePairsAtTheEndsStayWhole() {
        String value = "😀abc😀";
        assertThat(Mask.of(value)).isEqualTo("😀***😀").hasSameSizeAs(value);
    }

    @Test
    void anEmailKeepsItsDomainAndTheEndsOfItsLocalPart() {
        String masked = Mask.email("alice.smith@example.com");
        assertThat(masked).isEqualTo("a*********h@example.com");
        assertThat(masked).endsWith("@example.com").hasSameSizeAs("alice.smith@example.com");
        assertThat(Constraint.email().check(masked, null)).isNull();
        assertThat(Mask.email("al@example.com")).isEqualTo("**@example.com");
        assertThat(Mask.email("no-at-sign")).isEqualTo("n********n");
    }

    @Test
    void aPhoneKeepsItsLastFourDigitsAndItsLayout() {
        assertThat(Mask.phone("+1 (555) 123-4567")).isEqualTo("+* (***) ***-4567");
        assertThat(Mask.phone("0612345678")).isEqualTo("******5678");
        assertThat(Mask.phone("123")).isEqualTo("123");
        assertThat(Mask.phone("555-1234 ext 9")).hasSameSizeAs("555-1234 ext 9").endsWith("*** 9");
    }
}
