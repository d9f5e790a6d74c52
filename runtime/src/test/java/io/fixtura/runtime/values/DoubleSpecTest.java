package io.fixtura.runtime.values;

import static io.fixtura.runtime.values.SpecDraws.draw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DoubleSpecTest {

    private static final double[][] RANGES = {
        {-Double.MAX_VALUE, Double.MAX_VALUE}, {0, 0}, {-1, 1}, {1e-300, 1e-299}, {0.1, 0.2},
        {1e17, 1e18}, {-5e15, 5e15}, {Double.MAX_VALUE, Double.MAX_VALUE}, {-3.75, -3.25},
    };

    /** Fraction digits as Bean Validation's @Digits sees them (trailing zeros do not count). */
    private static int decimals(double value) {
        return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
    }

    private static int decimals(float value) {
        return Math.max(0, new BigDecimal(Float.toString(value)).stripTrailingZeros().scale());
    }

    @Test
    void valuesStayWithinTheBoundsRoundedOrNot() {
        for (double[] range : RANGES) {
            List<DoubleSpec> specs = List.of(DoubleSpec.between(range[0], range[1]),
                    DoubleSpec.between(range[0], range[1]).unique());
            for (DoubleSpec spec : specs) {
                for (long i = 0; i < Math.min(10_000, spec.capacity()); i++) {
                    double value = spec.nextDouble(draw(i));
                    assertThat(value).as("%s", spec).isBetween(range[0], range[1]);
                }
            }
        }
    }

    @Test
    void roundedValuesHaveAtMostTheScaleAndStayInside() {
        double[][] ranges = {{-1, 1}, {0.1, 0.2}, {-3.75, -3.25}, {0, 1e12}, {-1e300, 1e300}, {0.15, 0.25}};
        for (double[] range : ranges) {
            for (int scale : new int[] {0, 1, 2, 6}) {
                if (range[1] < 1 && scale == 0) {
                    continue;
                }
                DoubleSpec spec = DoubleSpec.between(range[0], range[1]).rounded(scale);
                for (long i = 0; i < 5_000; i++) {
                    double value = spec.nextDouble(draw(i));
                    assertThat(value).as("%s", spec).isBetween(range[0], range[1]);
                    assertThat(decimals(value)).as("%s gave %s", spec, value).isLessThanOrEqualTo(scale);
                }
            }
        }
    }

    @Test
    void roundingUsesTheDecimalBoundsInclusively() {
        Set<Double> seen = new HashSet<>();
        Set<Double> inner = new HashSet<>();
        for (long i = 0; i < 200; i++) {
            seen.add(DoubleSpec.between(0.1, 0.3).rounded(1).nextDouble(draw(i)));
            inner.add(DoubleSpec.between(0.15, 0.25).rounded(1).nextDouble(draw(i)));
        }
        assertThat(seen).containsExactlyInAnyOrder(0.1, 0.2, 0.3);
        assertThat(inner).containsExactly(0.2);
    }

    @Test
    void anEmptyGridAndBadBoundsAreRejected() {
        assertThatThrownBy(() -> DoubleSpec.between(0.11, 0.19).rounded(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no value with 1 decimals lies in [0.11, 0.19]");
        assertThatThrownBy(() -> DoubleSpec.between(0, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> DoubleSpec.between(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DoubleSpec.between(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("above");
        assertThatThrownBy(() -> DoubleSpec.between(0, 1).rounded(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uniqueUsesTheSixDecimalGridByDefault() {
        DoubleSpec spec = DoubleSpec.between(0, 1).unique();
        assertThat(spec.capacity()).isEqualTo(1_000_001);
        Set<Double> seen = new HashSet<>();
        for (long i = 0; i < 100_000; i++) {
            double value = spec.nextDouble(draw(i));
            assertThat(decimals(value)).isLessThanOrEqualTo(6);
            seen.add(value);
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void uniqueCoversASmallRoundedGridExactlyOnce() {
        DoubleSpec spec = DoubleSpec.between(0, 0.999).rounded(3).unique();
        Set<Double> seen = new HashSet<>();
        for (long i = 0; i < 1000; i++) {
            seen.add(spec.nextDouble(draw(i)));
        }
        Set<Double> grid = new HashSet<>();
        for (int k = 0; k < 1000; k++) {
            grid.add(k / 1000.0);
        }
        assertThat(seen).isEqualTo(grid);
        assertThatThrownBy(() -> spec.nextDouble(draw(1000)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only 1000 distinct values")
                .hasMessageContaining("record index 1000");
    }

    @Test
    void hundredThousandUniqueValuesAreDistinctOnHugeRanges() {
        double[][] ranges = {{-Double.MAX_VALUE, Double.MAX_VALUE}, {1e17, 1e18}, {-1e18, -1e17}, {-5e15, 5e15},
            {4503599627.0, 4503599628.0}};
        for (double[] range : ranges) {
            DoubleSpec spec = DoubleSpec.between(range[0], range[1]).unique();
            Set<Double> seen = new HashSet<>();
            for (long i = 0; i < 100_000; i++) {
                double value = spec.nextDouble(draw(i));
                assertThat(value).isBetween(range[0], range[1]);
                seen.add(value);
            }
            assertThat(seen).as("%s", spec).hasSize(100_000);
        }
    }

    @Test
    void uniqueValuesBeyondTwoToTheFiftyTwoAreWholeNumbers() {
        DoubleSpec spec = DoubleSpec.between(1e17, 1e18).rounded(2).unique();
        for (long i = 0; i < 1000; i++) {
            double value = spec.nextDouble(draw(i));
            assertThat(value).isEqualTo(Math.rint(value));
        }
    }

    @Test
    void floatsStayInsideBoundsThatAreNotFloats() {
        ValueSpec<Float> spec = DoubleSpec.between(0.1, 0.2).asFloat();
        ValueSpec<Float> rounded = DoubleSpec.between(0.1, 0.3).rounded(1).asFloat();
        Set<Float> roundedSeen = new HashSet<>();
        for (long i = 0; i < 10_000; i++) {
            // Bean Validation compares a float through its widened double value.
            assertThat((double) spec.next(draw(i))).isBetween(0.1, 0.2);
            float value = rounded.next(draw(i));
            assertThat((double) value).isBetween(0.1, 0.3);
            roundedSeen.add(value);
        }
        // 0.3f is above 0.3 as a double and 0.2f above 0.2, so only 0.1f and 0.2f qualify.
        assertThat(roundedSeen).containsExactlyInAnyOrder(0.1f, 0.2f);
        assertThatThrownBy(() -> DoubleSpec.between(0.1, 0.1).asFloat()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no float");
    }

    @Test
    void uniqueFloatsAreDistinctFloatsOnAGridCoarseEnoughForThem() {
        ValueSpec<Float> spec = DoubleSpec.between(0, 1000).unique().asFloat();
        assertThat(spec.capacity()).isEqualTo(1_000_001);
        Set<Float> seen = new HashSet<>();
        for (long i = 0; i < 100_000; i++) {
            float value = spec.next(draw(i));
            assertThat(value).isBetween(0f, 1000f);
            assertThat(decimals(value)).isLessThanOrEqualTo(3);
            seen.add(value);
        }
        assertThat(seen).hasSize(100_000);
        ValueSpec<Float> wide = DoubleSpec.between(-Double.MAX_VALUE, Double.MAX_VALUE).unique().asFloat();
        Set<Float> wideSeen = new HashSet<>();
        for (long i = 0; i < 100_000; i++) {
            float value = wide.next(draw(i));
            assertThat(Float.isFinite(value)).isTrue();
            wideSeen.add(value);
        }
        assertThat(wideSeen).hasSize(100_000);
    }

    @Test
    void capacityIsUnboundedUnlessUnique() {
        assertThat(DoubleSpec.between(0, 1).capacity()).isEqualTo(Long.MAX_VALUE);
        assertThat(DoubleSpec.between(0, 1).rounded(2).capacity()).isEqualTo(Long.MAX_VALUE);
        assertThat(DoubleSpec.between(0, 1).rounded(2).unique().capacity()).isEqualTo(101);
        assertThat(DoubleSpec.between(0, 1).unique().rounded(1).capacity()).isEqualTo(11);
    }

    @Test
    void isReproducible() {
        DoubleSpec spec = DoubleSpec.between(-1e6, 1e6).rounded(2);
        for (long i = 0; i < 100; i++) {
            assertThat(spec.nextDouble(draw(3, i, 4))).isEqualTo(spec.nextDouble(draw(3, i, 4)));
            assertThat(spec.next(draw(3, i, 4))).isEqualTo(DoubleSpec.between(-1e6, 1e6).rounded(2).next(draw(3, i, 4)));
        }
    }
}
