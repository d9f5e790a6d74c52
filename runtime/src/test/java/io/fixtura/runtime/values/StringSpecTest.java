package io.fixtura.runtime.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StringSpecTest {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMANY, Locale.FRANCE);
    private static final int[][] LENGTHS = {
        {0, 3}, {1, 1}, {2, 2}, {3, 3}, {1, 5}, {5, 8}, {10, 12}, {20, 20}, {40, 50}, {100, 120}, {0, Integer.MAX_VALUE},
    };
    private static final Regex SKU = Regex.seq(Regex.repeat(Regex.chars('A', 'Z'), 3, 3), Regex.literal("-"),
            Regex.repeat(Regex.chars('0', '9'), 4, 4));

    private static Draw draw(Locale locale, long index, long field) {
        return new GenerationContext(7, 11, Instant.EPOCH, locale, 0).draw(index, field);
    }

    /** Every variant the spec offers, before lengths. */
    private static List<StringSpec> variants() {
        List<StringSpec> specs = new ArrayList<>();
        specs.add(StringSpec.text());
        for (Kind kind : Kind.values()) {
            specs.add(StringSpec.kind(kind));
        }
        specs.add(StringSpec.fake("#{Address.city}"));
        specs.add(StringSpec.email());
        return specs;
    }

    @Test
    void everyVariantRespectsEveryLengthRange() {
        for (Locale locale : LOCALES) {
            for (StringSpec base : variants()) {
                for (int[] range : LENGTHS) {
                    if (base.toString().contains("email") && range[1] < 3) {
                        continue; // no email is that short: see emailsThatCannotFitAreRefused
                    }
                    for (boolean unique : new boolean[] {false, true}) {
                        StringSpec spec = base.length(range[0], range[1]);
                        spec = unique ? spec.unique() : spec;
                        long count = Math.min(300, spec.capacity());
                        for (long i = 0; i < count; i++) {
                            String value = spec.next(draw(locale, i, 5));
                            assertThat(value.length()).as("%s in %s: \"%s\"", spec, locale, value)
                                    .isBetween(range[0], range[1]);
                        }
                    }
                }
            }
        }
    }

    @Test
    void notBlankValuesHaveTextEvenWhenTiny() {
        for (StringSpec base : variants()) {
            for (int max : new int[] {1, 2, 3, 50}) {
                if (base.toString().contains("email") && max < 3) {
                    continue;
                }
                StringSpec spec = base.length(0, max).notBlank();
                for (int i = 0; i < 300; i++) {
                    String value = spec.next(draw(Locale.ENGLISH, i, 9));
                    assertThat(value).as("%s", spec).isNotBlank().hasSizeLessThanOrEqualTo(max);
                }
            }
        }
        Regex spaces = Regex.repeat(Regex.chars(' ', ' ', 'a', 'a'), 0, 3);
        StringSpec spec = StringSpec.pattern(spaces, "[ a]{0,3}").notBlank();
        for (int i = 0; i < 1_000; i++) {
            assertThat(spec.next(draw(Locale.ENGLISH, i, 1))).isNotBlank().matches("[ a]{1,3}");
        }
    }

    @Test
    void kindsGiveTheirPoolValuesWhenTheyFit() {
        Set<String> cities = Set.of(Pools.of(Locale.GERMANY).values(Kind.CITY));
        StringSpec spec = StringSpec.kind(Kind.CITY);
        for (int i = 0; i < 1_000; i++) {
            assertThat(cities).contains(spec.next(draw(Locale.GERMANY, i, 2)));
        }
    }

    @Test
    void textIsWordsOfThePool() {
        Set<String> words = Set.of(Pools.of(Locale.ENGLISH).values(Kind.WORD));
        for (int i = 0; i < 500; i++) {
            String text = StringSpec.text().length(0, 60).next(draw(Locale.ENGLISH, i, 3));
            assertThat(text).matches("[A-Z][a-z]*( [a-z]+)*");
            assertThat(words).contains(text.split(" ")[0].toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void emailsAreValidForHundredThousandDraws() {
        Constraint email = Constraint.email();
        for (Locale locale : LOCALES) {
            StringSpec spec = StringSpec.email();
            for (int i = 0; i < (locale == Locale.ENGLISH ? 100_000 : 10_000); i++) {
                String value = spec.next(draw(locale, i, 4));
                assertThat(email.check(value, null)).as(value).isNull();
            }
        }
    }

    @Test
    void emailsStayValidUnderTightAndLongLengths() {
        Constraint email = Constraint.email();
        int[][] ranges = {{3, 3}, {3, 4}, {0, 5}, {6, 6}, {8, 10}, {12, 12}, {60, 70}, {100, 120}, {300, 320}};
        for (int[] range : ranges) {
            for (boolean unique : new boolean[] {false, true}) {
                StringSpec spec = StringSpec.email().length(range[0], range[1]);
                spec = unique ? spec.unique() : spec;
                for (int i = 0; i < Math.min(2_000, spec.capacity()); i++) {
                    String value = spec.next(draw(Locale.FRANCE, i, 6));
                    assertThat(email.check(value, null)).as("%s: %s", spec, value).isNull();
                    assertThat(value.length()).as(value).isBetween(range[0], range[1]);
                    assertThat(value).matches("[a-z0-9.]+@[a-z0-9.-]+");
                }
            }
        }
    }

    @Test
    void emailsThatCannotFitAreRefused() {
        assertThatThrownBy(() -> StringSpec.email().length(0, 2).next(draw(Locale.ENGLISH, 0, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("0..2");
        assertThatThrownBy(() -> StringSpec.email().length(400, 500).unique().capacity())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("400..500");
    }

    @Test
    void uniqueValuesAreDistinctForHundredThousandRecords() {
        List<StringSpec> specs = List.of(StringSpec.email().unique(), StringSpec.text().unique(),
                StringSpec.kind(Kind.FULL_NAME).unique(), StringSpec.kind(Kind.PHONE).unique(),
                StringSpec.kind(Kind.ZIP).unique(), StringSpec.kind(Kind.IP).unique(),
                StringSpec.kind(Kind.IPV6).unique(), StringSpec.kind(Kind.MAC).unique(),
                StringSpec.kind(Kind.DOMAIN).unique(), StringSpec.kind(Kind.USERNAME).length(0, 12).unique(),
                StringSpec.fake("#{Address.city}").unique(), StringSpec.pattern(SKU, "[A-Z]{3}-[0-9]{4}").unique());
        for (StringSpec spec : specs) {
            assertThat(spec.capacity()).as("%s", spec).isGreaterThanOrEqualTo(100_000);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 100_000; i++) {
                seen.add(spec.next(draw(Locale.GERMANY, i, 8)));
            }
            assertThat(seen).as("%s", spec).hasSize(100_000);
        }
    }

    @Test
    void uniqueTightSpecsUseTheirWholeCapacity() {
        StringSpec spec = StringSpec.text().length(1, 2).unique();
        assertThat(spec.capacity()).isEqualTo(36 * 36);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spec.capacity(); i++) {
            seen.add(spec.next(draw(Locale.ENGLISH, i, 8)));
        }
        assertThat(seen).hasSize(36 * 36);
        assertThatThrownBy(() -> spec.next(draw(Locale.ENGLISH, 36 * 36, 8)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1296").hasMessageContaining("index 1296");
    }

    @Test
    void uniqueKindsKeepTheirShape() {
        for (int i = 0; i < 1_000; i++) {
            Draw d = draw(Locale.ENGLISH, i, 12);
            assertThat(StringSpec.kind(Kind.IP).unique().next(d)).matches("(\\d{1,3}\\.){3}\\d{1,3}");
            assertThat(StringSpec.kind(Kind.MAC).unique().next(d)).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");
            assertThat(StringSpec.kind(Kind.IPV6).unique().next(d)).matches("([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}");
            assertThat(StringSpec.kind(Kind.ZIP).unique().next(d)).matches("\\d{5}");
            assertThat(StringSpec.email().unique().next(d)).matches("[a-z.]+\\.[0-9a-z]{6}@[a-z0-9.-]+");
        }
    }

    @Test
    void theSameDrawGivesTheSameValue() {
        for (StringSpec base : variants()) {
            for (StringSpec spec : List.of(base, base.length(0, 10).unique(), base.length(5, 30).notBlank())) {
                for (int i = 0; i < 50; i++) {
                    assertThat(spec.next(draw(Locale.FRANCE, i, 3))).isEqualTo(spec.next(draw(Locale.FRANCE, i, 3)));
                }
            }
        }
        StringSpec sku = StringSpec.pattern(SKU, "[A-Z]{3}-[0-9]{4}");
        assertThat(sku.next(draw(Locale.ROOT, 3, 1))).isEqualTo(sku.next(draw(Locale.ROOT, 3, 1)))
                .isNotEqualTo(sku.next(draw(Locale.ROOT, 4, 1)));
    }

    @Test
    void patternsRespectTheirLengthsOrSayWhyNot() {
        Regex word = Regex.repeat(Regex.chars('a', 'z'), 1, Regex.UNBOUNDED);
        for (int[] range : new int[][] {{1, 1}, {3, 3}, {0, 3}, {30, 40}, {500, 600}}) {
            StringSpec spec = StringSpec.pattern(word, "[a-z]+").length(range[0], range[1]);
            for (int i = 0; i < 300; i++) {
                assertThat(spec.next(draw(Locale.ROOT, i, 1))).matches("[a-z]+").hasSizeBetween(range[0], range[1]);
            }
        }
        assertThatThrownBy(() -> StringSpec.pattern(SKU, "[A-Z]{3}-[0-9]{4}").length(1, 5).next(draw(Locale.ROOT, 0, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[A-Z]{3}-[0-9]{4}").hasMessageContaining("1..5");
        Regex pairs = Regex.repeat(Regex.literal("ab"), 1, Regex.UNBOUNDED);
        assertThatThrownBy(() -> StringSpec.pattern(pairs, "(ab)+").length(5, 5).capacity())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("(ab)+").hasMessageContaining("5..5");
    }

    @Test
    void aPatternTreeThatDisagreesWithItsSourceIsAnErrorNotData() {
        StringSpec wrong = StringSpec.pattern(Regex.literal("abc"), "[0-9]+");
        assertThatThrownBy(() -> wrong.next(draw(Locale.ROOT, 0, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"abc\"").hasMessageContaining("[0-9]+");
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> StringSpec.text().length(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StringSpec.text().length(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StringSpec.text().length(0, 0).notBlank().next(draw(Locale.ROOT, 0, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not blank");
        assertThat(StringSpec.text().capacity()).isEqualTo(Long.MAX_VALUE);
    }
}
