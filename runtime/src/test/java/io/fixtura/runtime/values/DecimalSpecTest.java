package io.fixtura.runtime.values;

import static io.fixtura.runtime.values.SpecDraws.draw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecimalSpecTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void valuesHaveExactlyTheScaleAndStayWithinTheBounds() {
        Object[][] cases = {
            {"0.01", "999.99", 2}, {"-1", "1", 4}, {"0", "0", 3}, {"-0.005", "0.005", 2},
            {"1E+30", "1.0000000001E+30", 5}, {"-1E+40", "1E+40", 10}, {"123.456", "123.456", 3},
            {"-9223372036854775808", "9223372036854775807", 0},
        };
        for (Object[] c : cases) {
            BigDecimal min = d((String) c[0]);
            BigDecimal max = d((String) c[1]);
            int scale = (int) c[2];
            for (DecimalSpec spec : List.of(DecimalSpec.between(min, max, scale), DecimalSpec.between(min, max, scale).unique())) {
                for (long i = 0; i < Math.min(5_000, spec.capacity()); i++) {
                    BigDecimal value = spec.next(draw(i));
                    assertThat(value.scale()).as("%s", spec).isEqualTo(scale);
                    assertThat(value).as("%s", spec).isBetween(min, max);
                }
            }
        }
    }

    @Test
    void boundsRoundInwardToTheScale() {
        DecimalSpec spec = DecimalSpec.between(d("0.001"), d("0.019"), 2);
        assertThat(spec.min()).isEqualTo(d("0.01"));
        assertThat(spec.max()).isEqualTo(d("0.01"));
        for (long i = 0; i < 100; i++) {
            assertThat(spec.next(draw(i))).isEqualTo(d("0.01"));
        }
        DecimalSpec negative = DecimalSpec.between(d("-1.241"), d("-1.229"), 2);
        assertThat(negative.min()).isEqualTo(d("-1.24"));
        assertThat(negative.max()).isEqualTo(d("-1.23"));
        assertThatThrownBy(() -> DecimalSpec.between(d("-1.239"), d("-1.231"), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyGridIsRejectedAtConstruction() {
        assertThatThrownBy(() -> DecimalSpec.between(d("0.001"), d("0.009"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no value with 2 fraction digits lies in [0.001, 0.009]");
        assertThatThrownBy(() -> DecimalSpec.between(d("2"), d("1"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min 2 is above max 1");
    }

    @Test
    void uniformValuesReachBothEndsOfASmallGrid() {
        DecimalSpec spec = DecimalSpec.between(d("9.98"), d("10.00"), 2);
        Set<BigDecimal> seen = new HashSet<>();
        for (long i = 0; i < 500; i++) {
            seen.add(spec.next(draw(i)));
        }
        assertThat(seen).containsExactlyInAnyOrder(d("9.98"), d("9.99"), d("10.00"));
    }

    @Test
    void uniqueCoversASmallGridExactlyOnce() {
        DecimalSpec spec = DecimalSpec.between(d("0"), d("9.99"), 2).unique();
        Set<BigDecimal> seen = new HashSet<>();
        for (long i = 0; i < 1000; i++) {
            seen.add(spec.next(draw(i)));
        }
        assertThat(seen).hasSize(1000);
        assertThat(seen).contains(d("0.00"), d("9.99"), d("5.00"));
        assertThat(spec.capacity()).isEqualTo(1000);
        assertThatThrownBy(() -> spec.next(draw(1000)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only 1000 distinct values in [0.00, 9.99]")
                .hasMessageContaining("record index 1000");
    }

    @Test
    void hundredThousandUniqueValuesAreDistinctOnLongAndBigGrids() {
        List<DecimalSpec> specs = List.of(
                DecimalSpec.between(d("0"), d("100000"), 2).unique(),
                DecimalSpec.between(d("1E+25"), d("1E+26"), 4).unique(),
                DecimalSpec.between(d("-1E+40"), d("1E+40"), 10).unique(),
                DecimalSpec.between(d("-9223372036854775808"), d("9223372036854775807"), 0).unique());
        for (DecimalSpec spec : specs) {
            Set<BigDecimal> seen = new HashSet<>();
            for (long i = 0; i < 100_000; i++) {
                seen.add(spec.next(draw(i)));
            }
            assertThat(seen).as("%s", spec).hasSize(100_000);
        }
    }

    @Test
    void uniqueValuesOnAGridBeyondALongSpreadOverTheWholeRange() {
        DecimalSpec spec = DecimalSpec.between(d("-1E+40"), d("1E+40"), 10).unique();
        assertThat(spec.capacity()).isEqualTo(Long.MAX_VALUE);
        long large = 0;
        for (long i = 0; i < 1000; i++) {
            if (spec.next(draw(i)).abs().compareTo(d("1E+39")) > 0) {
                large++;
            }
        }
        assertThat(large).isGreaterThan(800);
    }

    @Test
    void asBigIntegerNeedsScaleZero() {
        ValueSpec<BigInteger> big = DecimalSpec.between(d("-1E+30"), d("1E+30"), 0).unique().asBigInteger();
        Set<BigInteger> seen = new HashSet<>();
        for (long i = 0; i < 10_000; i++) {
            BigInteger value = big.next(draw(i));
            assertThat(value.abs()).isLessThanOrEqualTo(BigInteger.TEN.pow(30));
            seen.add(value);
        }
        assertThat(seen).hasSize(10_000);
        ValueSpec<BigInteger> small = DecimalSpec.between(d("-3"), d("3"), 0).unique().asBigInteger();
        assertThat(small.capacity()).isEqualTo(7);
        assertThatThrownBy(() -> DecimalSpec.between(d("0"), d("1"), 2).asBigInteger())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scale 2");
    }

    @Test
    void isReproducible() {
        DecimalSpec spec = DecimalSpec.between(d("-1E+40"), d("1E+40"), 3);
        DecimalSpec unique = DecimalSpec.between(d("0"), d("1000"), 3).unique();
        for (long i = 0; i < 100; i++) {
            assertThat(spec.next(draw(5, i, 9))).isEqualTo(spec.next(draw(5, i, 9)));
            assertThat(unique.next(draw(5, i, 9))).isEqualTo(DecimalSpec.between(d("0"), d("1000"), 3).unique().next(draw(5, i, 9)));
        }
    }
}
