package io.fixtura.runtime.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegexTest {

    private static Draw draw(long index) {
        return new GenerationContext(3, 5, Instant.EPOCH, Locale.ROOT, 0).draw(index, 17);
    }

    @Test
    void buildersRefuseBadArguments() {
        assertThatThrownBy(() -> Regex.chars('a')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Regex.chars('z', 'a')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Regex.chars(0x1F600, 0x1F600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Regex.repeat(Regex.literal("a"), 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Regex.repeat(Regex.literal("a"), -1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlappingRangesCountOnce() {
        Regex.Chars chars = (Regex.Chars) Regex.chars('a', 'f', 'd', 'k', 'A', 'A', 'a', 'a');
        assertThat(chars.size).isEqualTo(12);
        Set<Character> seen = new HashSet<>();
        for (int k = 0; k < chars.size; k++) {
            seen.add(chars.charAt(k));
        }
        assertThat(seen).hasSize(12).contains('A', 'a', 'k').doesNotContain('l');
    }

    @Test
    void irregularRepeatsHitExactLengths() {
        Regex regex = Regex.repeat(Regex.alt(Regex.literal("a"), Regex.literal("bbb")), 0, Regex.UNBOUNDED);
        for (int length : new int[] {0, 1, 2, 5, 7, 40}) {
            RegexPlan plan = RegexPlan.of(regex, length, length, "(a|bbb)*");
            for (int i = 0; i < 200; i++) {
                assertThat(plan.generate(draw(i))).matches("(a|bbb)*").hasSize(length);
            }
        }
    }

    @Test
    void planningFindsLengthsBeyondTheNaturalOnes() {
        Regex regex = Regex.repeat(Regex.literal("abcdefghij"), 1, Regex.UNBOUNDED);
        RegexPlan plan = RegexPlan.of(regex, 501, 10_000, "(abcdefghij)+");
        assertThat(plan.targets()[0]).isEqualTo(510);
        assertThat(plan.generate(draw(1))).hasSizeGreaterThanOrEqualTo(510).matches("(abcdefghij)+");
        Regex letters = Regex.repeat(Regex.chars('a', 'z'), 1, Regex.UNBOUNDED);
        assertThat(RegexPlan.of(letters, 5_000, 6_000, "[a-z]+").generate(draw(2))).hasSizeBetween(5_000, 6_000);
    }

    @Test
    void impossiblePatternsSayWhy() {
        assertThatThrownBy(() -> RegexPlan.of(Regex.chars(), 0, 10, "[a&&b]"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("matches no string");
        assertThatThrownBy(() -> RegexPlan.of(Regex.literal("abcd"), 0, 3, "abcd"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs at least 4");
        assertThat(RegexPlan.of(Regex.repeat(Regex.chars(), 0, 3), 0, 10, "[a&&b]*").generate(draw(0))).isEmpty();
    }

    @Test
    void enumerationIsABijectionOntoItsStrings() {
        Regex regex = Regex.seq(Regex.repeat(Regex.chars('a', 'b'), 3, 3),
                Regex.alt(Regex.literal("xy"), Regex.literal("zw"), Regex.literal("xy")));
        RegexEnumeration enumeration = RegexEnumeration.of(regex, 0, 20, "[ab]{3}(xy|zw|xy)");
        assertThat(enumeration.capacity()).isEqualTo(16);
        Set<String> seen = new HashSet<>();
        for (long ordinal = 0; ordinal < 16; ordinal++) {
            seen.add(enumeration.render(ordinal));
        }
        assertThat(seen).hasSize(16).allMatch(s -> s.matches("[ab]{3}(xy|zw)"));
    }

    @Test
    void enumerationPicksTheLargestSkeletonAndSaturates() {
        Regex regex = Regex.alt(Regex.literal("fixed"), Regex.repeat(Regex.chars('0', '9'), 1, 5));
        RegexEnumeration digits = RegexEnumeration.of(regex, 0, 20, "fixed|\\d{1,5}");
        assertThat(digits.capacity()).isEqualTo(100_000);
        RegexEnumeration huge = RegexEnumeration.of(Regex.repeat(Regex.chars('a', 'z'), 20, 20), 0, 30, "[a-z]{20}");
        assertThat(huge.capacity()).isEqualTo(Long.MAX_VALUE);
        assertThat(huge.render(Long.MAX_VALUE - 1)).isNotEqualTo(huge.render(Long.MAX_VALUE - 2)).hasSize(20);
    }
}
