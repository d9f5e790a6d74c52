package io.fixtura.runtime.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PoolsTest {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMANY, Locale.FRANCE);

    @Test
    void everyKindHasDistinctNonBlankValuesInEveryLocale() {
        for (Locale locale : LOCALES) {
            for (Kind kind : Kind.values()) {
                String[] pool = Pools.of(locale).values(kind);
                assertThat(pool).as("%s in %s", kind, locale).isNotEmpty().doesNotHaveDuplicates()
                        .allMatch(value -> !value.isBlank());
                assertThat(new HashSet<>(Arrays.asList(pool))).hasSize(pool.length);
            }
        }
    }

    @Test
    void poolsAreTheSameEveryTimeTheyAreDrawn() {
        for (Locale locale : LOCALES) {
            Pools fresh = Pools.uncached(locale);
            for (Kind kind : Kind.values()) {
                assertThat(fresh.values(kind)).as("%s in %s", kind, locale).containsExactly(Pools.of(locale).values(kind));
            }
            assertThat(fresh.fake("#{Address.city}")).containsExactly(Pools.of(locale).fake("#{Address.city}"));
        }
    }

    @Test
    void poolsDependOnlyOnTheLocaleAndDatafakerVersion() {
        // Pinned values: a pool is a function of (locale, kind) for Datafaker 2.7.0, in every JVM.
        assertThat(Pools.of(Locale.ENGLISH).values(Kind.EMAIL)[0]).isEqualTo("thurman.frami@gmail.com");
        assertThat(Pools.of(Locale.ENGLISH).values(Kind.FIRST_NAME)[0]).isEqualTo("Willard");
        assertThat(Pools.of(Locale.GERMANY).values(Kind.LAST_NAME)[0]).isEqualTo("Zimmer");
    }

    @Test
    void poolsAreSharedPerLocale() {
        assertThat(Pools.of(Locale.FRANCE)).isSameAs(Pools.of(Locale.FRANCE));
        assertThat(Pools.of(Locale.FRANCE).values(Kind.CITY)).isSameAs(Pools.of(Locale.FRANCE).values(Kind.CITY));
        assertThat(Pools.of(Locale.FRANCE).locale()).isEqualTo(Locale.FRANCE);
    }

    @Test
    void poolsFollowTheLocale() {
        assertThat(Pools.of(Locale.GERMANY).values(Kind.COLOR)).contains("beige");
        assertThat(Pools.of(Locale.FRANCE).values(Kind.COLOR)).contains("noir");
    }

    @Test
    void emailPoolHoldsPlainLowercaseAsciiAddresses() {
        for (Locale locale : LOCALES) {
            assertThat(Pools.of(locale).values(Kind.EMAIL))
                    .allMatch(email -> email.matches("[a-z0-9]+(\\.[a-z0-9]+)*@[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+"));
        }
    }

    @Test
    void fakeEvaluatesDatafakerExpressions() {
        String[] names = Pools.of(Locale.ENGLISH).fake("#{Name.first_name} #{Name.last_name}");
        assertThat(names).hasSizeGreaterThan(100).allMatch(name -> name.contains(" "));
        assertThat(Pools.of(Locale.ENGLISH).fake("#{regexify '[a-z]{3}'}")).allMatch(s -> s.matches("[a-z]{3}"));
    }

    @Test
    void badExpressionsNameTheExpressionAndTheCause() {
        assertThatThrownBy(() -> Pools.of(Locale.ENGLISH).fake("#{Address.cityy}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("#{Address.cityy}")
                .hasMessageContaining("Unable to resolve");
        assertThatThrownBy(() -> Pools.of(Locale.ENGLISH).fake(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }
}
