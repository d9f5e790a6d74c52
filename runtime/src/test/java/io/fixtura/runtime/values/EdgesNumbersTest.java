package io.fixtura.runtime.values;

import static io.fixtura.runtime.values.EdgeAssertions.anyRole;
import static io.fixtura.runtime.values.EdgeAssertions.edges;
import static io.fixtura.runtime.values.EdgeAssertions.validEdges;
import static io.fixtura.runtime.values.EdgeAssertions.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.Constraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EdgesNumbersTest {

    private static Constraint range(long min, long max) {
        return Constraint.number("Range", BigDecimal.valueOf(min), true, BigDecimal.valueOf(max), true);
    }

    private static Constraint range(String min, String max) {
        return Constraint.number("Range", new BigDecimal(min), true, new BigDecimal(max), true);
    }

    @Test
    void anIntFromZeroToTenHasItsBoundsZeroAndOneButNotMinusOne() {
        List<Edge<Integer>> edges = validEdges(IntegralSpec.between(0, 10).asInt(), range(0, 10));
        assertThat(value(edges, "min")).isZero();
        assertThat(value(edges, "min+1")).isEqualTo(1);
        assertThat(value(edges, "max-1")).isEqualTo(9);
        assertThat(value(edges, "max")).isEqualTo(10);
        assertThat(value(edges, "zero")).isZero();
        assertThat(value(edges, "one")).isEqualTo(1);
        assertThat(anyRole(edges, "minus one")).isFalse();
        assertThat(edges).extracting(Edge::toString).containsExactly("min, zero = 0", "min+1, one = 1", "max-1 = 9", "max = 10");
    }

    @Test
    void unconstrainedIntegersShowTheirTypesLimitsInTheirOwnType() {
        List<Edge<Integer>> ints = validEdges(IntegralSpec.between(Integer.MIN_VALUE, Integer.MAX_VALUE).asInt());
        assertThat(value(ints, "smallest int")).isEqualTo(Integer.MIN_VALUE);
        assertThat(value(ints, "largest int")).isEqualTo(Integer.MAX_VALUE);
        assertThat(value(ints, "minus one")).isEqualTo(-1);
        assertThat(value(ints, "min+1")).isEqualTo(Integer.MIN_VALUE + 1);
        List<Edge<Short>> shorts = validEdges(IntegralSpec.between(Short.MIN_VALUE, Short.MAX_VALUE).asShort());
        assertThat(value(shorts, "smallest short")).isEqualTo(Short.MIN_VALUE);
        assertThat(value(shorts, "largest short")).isEqualTo(Short.MAX_VALUE);
        List<Edge<Byte>> bytes = validEdges(IntegralSpec.between(Byte.MIN_VALUE, Byte.MAX_VALUE).asByte());
        assertThat(value(bytes, "largest byte")).isEqualTo(Byte.MAX_VALUE);
        List<Edge<Long>> longs = validEdges(IntegralSpec.between(Long.MIN_VALUE, Long.MAX_VALUE).unique());
        assertThat(value(longs, "smallest long")).isEqualTo(Long.MIN_VALUE);
        assertThat(value(longs, "max-1")).isEqualTo(Long.MAX_VALUE - 1);
        List<Edge<BigInteger>> big = validEdges(IntegralSpec.between(-3, 3).asBigInteger(), range(-3, 3));
        assertThat(value(big, "minus one")).isEqualTo(BigInteger.ONE.negate());
        // a narrower range is no type limit
        assertThat(anyRole(validEdges(IntegralSpec.between(-5, Integer.MAX_VALUE).asInt()), "smallest int")).isFalse();
    }

    @Test
    void everyIntegralEdgeIsInItsRangeForTightAndLooseRanges() {
        long[][] ranges = {{5, 5}, {5, 6}, {-1, 1}, {1, 2}, {-2, -1}, {0, 0}, {Long.MIN_VALUE, Long.MIN_VALUE + 1},
            {Long.MAX_VALUE - 1, Long.MAX_VALUE}, {Long.MIN_VALUE, Long.MAX_VALUE}, {18, 99}, {-1_000_000, 3}};
        for (long[] r : ranges) {
            List<Edge<Long>> edges = validEdges(IntegralSpec.between(r[0], r[1]), range(r[0], r[1]));
            assertThat(value(edges, "min")).isEqualTo(r[0]);
            assertThat(value(edges, "max")).isEqualTo(r[1]);
            assertThat(anyRole(edges, "zero")).isEqualTo(r[0] <= 0 && 0 <= r[1]);
            assertThat(anyRole(edges, "minus one")).isEqualTo(r[0] <= -1 && -1 <= r[1]);
        }
        assertThat(edges(IntegralSpec.between(5, 5))).extracting(Edge::label).containsExactly("min, max = 5");
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 500; i++) {
            long a = random.nextLong();
            long b = i % 2 == 0 ? a + random.nextInt(20) : random.nextLong();
            long min = Math.min(a, b);
            long max = Math.max(a, b);
            validEdges(IntegralSpec.between(min, max).sequence(), range(min, max));
        }
    }

    @Test
    void decimalsHaveTheirStepsAndThePrecisionLimit() {
        DecimalSpec price = DecimalSpec.between(BigDecimal.ZERO, new BigDecimal("500"), 2);
        List<Edge<BigDecimal>> edges = validEdges(price, range("0", "500"), Constraint.digits(3, 2));
        assertThat(value(edges, "min")).isEqualByComparingTo("0");
        assertThat(value(edges, "min+step")).isEqualByComparingTo("0.01");
        assertThat(value(edges, "max-step")).isEqualByComparingTo("499.99");
        assertThat(value(edges, "max")).isEqualByComparingTo("500");
        assertThat(value(edges, "one")).isEqualByComparingTo("1");
        assertThat(value(edges, "smallest positive")).isEqualByComparingTo("0.01");
        assertThat(value(edges, "most digits")).isEqualByComparingTo("499.99");
        assertThat(anyRole(edges, "minus one")).isFalse();
        assertThat(edges).allSatisfy(e -> assertThat(e.value().scale()).isEqualTo(2));

        List<Edge<BigDecimal>> digits = validEdges(
                DecimalSpec.between(new BigDecimal("-999.99"), new BigDecimal("999.99"), 2).unique(),
                range("-999.99", "999.99"), Constraint.digits(3, 2));
        assertThat(value(digits, "most digits")).isEqualByComparingTo("999.99");
        assertThat(value(digits, "smallest negative")).isEqualByComparingTo("-0.01");
        assertThat(value(digits, "minus one")).isEqualByComparingTo("-1");
    }

    @Test
    void everyDecimalEdgeIsInItsRangeAndScale() {
        String[][] ranges = {{"0.01", "0.01"}, {"0.005", "0.02"}, {"-1", "1"}, {"1e30", "1e31"}, {"-1e40", "1e40"},
            {"12.3456", "12.3457"}, {"-0.5", "0.5"}, {"100", "100.1"}};
        for (String[] r : ranges) {
            for (int scale : new int[] {0, 2, 4, 8}) {
                DecimalSpec spec;
                try {
                    spec = DecimalSpec.between(new BigDecimal(r[0]), new BigDecimal(r[1]), scale);
                } catch (IllegalArgumentException noValueOfThatScale) {
                    continue;
                }
                List<Edge<BigDecimal>> edges = validEdges(spec, range(r[0], r[1]), Constraint.digits(100, scale));
                assertThat(edges).isNotEmpty().allSatisfy(e -> assertThat(e.value().scale()).isEqualTo(scale));
                if (scale == 0) {
                    validEdges(spec.asBigInteger(), range(r[0], r[1]));
                }
            }
        }
    }

    @Test
    void doublesHaveUlpOrGridStepsAndTheirTypesLimits() {
        List<Edge<Double>> all = validEdges(DoubleSpec.between(-Double.MAX_VALUE, Double.MAX_VALUE));
        assertThat(value(all, "smallest double")).isEqualTo(-Double.MAX_VALUE);
        assertThat(value(all, "largest double")).isEqualTo(Double.MAX_VALUE);
        assertThat(value(all, "max-ulp")).isEqualTo(Math.nextDown(Double.MAX_VALUE));
        assertThat(value(all, "zero")).isZero();
        assertThat(value(all, "minus one")).isEqualTo(-1.0);

        List<Edge<Double>> latitude = validEdges(DoubleSpec.between(-90, 90).rounded(6),
                range(-90, 90), Constraint.digits(2, 6));
        assertThat(value(latitude, "min+step")).isEqualTo(-89.999999);
        assertThat(value(latitude, "smallest positive")).isEqualTo(0.000001);

        List<Edge<Float>> floats = validEdges(DoubleSpec.between(0.1, 0.3).asFloat(), range("0.1", "0.3"));
        assertThat(floats).allSatisfy(e -> assertThat(e.value()).isInstanceOf(Float.class));
        assertThat(value(floats, "min")).isEqualTo(0.1f);
        assertThat(value(floats, "min+ulp")).isEqualTo(Math.nextUp(0.1f));
        List<Edge<Float>> allFloats = validEdges(DoubleSpec.between(-Float.MAX_VALUE, Float.MAX_VALUE).asFloat());
        assertThat(value(allFloats, "largest float")).isEqualTo(Float.MAX_VALUE);
    }

    @Test
    void everyDoubleEdgeIsInItsRangeAndOnItsGrid() {
        double[][] ranges = {{0, 0}, {-1, 1}, {0.5, 1e20}, {-1e300, 1e300}, {1e17, 1e18}, {0.001, 0.002}, {-3.5, -1.25}};
        for (double[] r : ranges) {
            Constraint range = Constraint.number("Range", BigDecimal.valueOf(r[0]), true, BigDecimal.valueOf(r[1]), true);
            DoubleSpec base = DoubleSpec.between(r[0], r[1]);
            validEdges(base, range);
            validEdges(base.unique(), range);
            validEdges(base.asFloat());
            for (int scale : new int[] {0, 2, 3}) {
                try {
                    validEdges(base.rounded(scale), range, Constraint.digits(400, scale));
                    validEdges(base.rounded(scale).unique(), range, Constraint.digits(400, scale));
                } catch (IllegalArgumentException noGridPoint) {
                    // no value of that scale in the range: nothing to check
                }
            }
        }
    }

    @Test
    void smallTypesListEveryValueOrTheirCorners() {
        assertThat(validEdges(BooleanSpec.any())).extracting(Edge::value).containsExactly(false, true);
        assertThat(validEdges(BooleanSpec.any().unique())).hasSize(2);

        enum Status { ACTIVE, SUSPENDED, DELETED }
        List<Edge<Status>> statuses = validEdges(EnumSpec.of(Status.values()).unique());
        assertThat(statuses).extracting(Edge::value).containsExactly(Status.values());
        assertThat(statuses).extracting(Edge::label).containsExactly("ACTIVE", "SUSPENDED", "DELETED");

        List<Edge<java.util.UUID>> random = validEdges(UuidSpec.random());
        assertThat(random).extracting(e -> e.value().toString()).contains(
                "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                "00000000-0000-4000-8000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assertThat(validEdges(UuidSpec.unique())).allSatisfy(e -> {
            assertThat(e.value().version()).isEqualTo(4);
            assertThat(e.value().variant()).isEqualTo(2);
        });
    }

    @Test
    void charactersKeepToTheirAlphabetAndLabelNulAsUnstorable() {
        List<Edge<Character>> letters = validEdges(CharSpec.letters());
        assertThat(letters).extracting(Edge::value).containsExactly('A', 'B', 'y', 'z');
        List<Edge<Character>> all = validEdges(CharSpec.between('\0', '\uD7FF'));
        Edge<Character> nul = EdgeAssertions.role(all, "NUL character");
        assertThat(nul.value()).isEqualTo('\0');
        assertThat(nul.unstorableIn()).containsExactly("POSTGRESQL");
        assertThat(nul.isStorableIn("H2")).isTrue();
        assertThat(nul.toString()).contains("not storable in POSTGRESQL");
        assertThat(all).extracting(Edge::value).contains(' ', '\'', '"', '\\', '\u00E9', '\u4E2D', '\u05D0');
        assertThat(validEdges(CharSpec.between('\uD000', '\uE000'))).extracting(Edge::value)
                .noneMatch(Character::isSurrogate);
        assertThat(validEdges(CharSpec.between('a', 'a'))).extracting(Edge::value).containsExactly('a');
    }

    @Test
    void byteArraysHaveTheirLengthsAndFilledPatterns() {
        List<Edge<byte[]>> edges = validEdges(BytesSpec.length(0, 64), Constraint.size("Size", 0, 64));
        assertThat(value(edges, "empty")).isEmpty();
        assertThat(value(edges, "max length")).hasSize(64);
        assertThat(value(edges, "all zero bytes")).containsOnly(0);
        assertThat(value(edges, "all 0xFF bytes")).containsOnly(0xFF);
        for (int[] r : new int[][] {{1, 1}, {3, 5}, {20, 40}, {0, 0}, {100, Integer.MAX_VALUE}}) {
            List<Edge<byte[]>> bytes = validEdges(BytesSpec.length(r[0], r[1]), Constraint.size("Size", r[0], r[1]));
            assertThat(bytes).isNotEmpty();
        }
    }
}
