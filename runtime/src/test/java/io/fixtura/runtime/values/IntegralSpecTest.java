package io.fixtura.runtime.values;

import static io.fixtura.runtime.values.SpecDraws.draw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IntegralSpecTest {

    private static final long[][] RANGES = {
        {0, 0}, {-5, 5}, {Long.MIN_VALUE, Long.MAX_VALUE}, {Long.MIN_VALUE, Long.MIN_VALUE},
        {Long.MAX_VALUE, Long.MAX_VALUE}, {Long.MAX_VALUE - 3, Long.MAX_VALUE}, {Long.MIN_VALUE, 0},
        {-1, Long.MAX_VALUE}, {Long.MIN_VALUE + 1, Long.MAX_VALUE - 1}, {1, 1L << 40},
    };

    @Test
    void uniformValuesStayWithinTheBounds() {
        for (long[] range : RANGES) {
            IntegralSpec spec = IntegralSpec.between(range[0], range[1]);
            for (long i = 0; i < 20_000; i++) {
                assertThat(spec.nextLong(draw(i))).isBetween(range[0], range[1]);
            }
        }
    }

    @Test
    void uniqueValuesStayWithinTheBoundsAndAreDistinct() {
        for (long[] range : RANGES) {
            IntegralSpec spec = IntegralSpec.between(range[0], range[1]).unique();
            int count = (int) Math.min(spec.capacity(), 20_000);
            Set<Long> seen = new HashSet<>();
            for (long i = 0; i < count; i++) {
                long value = spec.nextLong(draw(i));
                assertThat(value).isBetween(range[0], range[1]);
                seen.add(value);
            }
            assertThat(seen).hasSize(count);
        }
    }

    @Test
    void uniformValuesReachBothEndsOfASmallRange() {
        IntegralSpec spec = IntegralSpec.between(-2, 2);
        Set<Long> seen = new HashSet<>();
        for (long i = 0; i < 1000; i++) {
            seen.add(spec.next(draw(i)));
        }
        assertThat(seen).containsExactlyInAnyOrder(-2L, -1L, 0L, 1L, 2L);
    }

    @Test
    void uniqueCoversASmallDomainExactlyOnce() {
        IntegralSpec spec = IntegralSpec.between(10, 1009).unique();
        List<Long> values = new ArrayList<>();
        for (long i = 0; i < 1000; i++) {
            values.add(spec.nextLong(draw(i)));
        }
        assertThat(values).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(10, 1009).boxed().toList());
        assertThat(values).isNotEqualTo(LongStream.rangeClosed(10, 1009).boxed().toList());
        assertThat(spec.capacity()).isEqualTo(1000);
    }

    @Test
    void hundredThousandUniqueValuesAreDistinct() {
        for (IntegralSpec spec : List.of(IntegralSpec.between(0, 1_000_000_000_000L).unique(),
                IntegralSpec.between(1, 100_000).unique(), IntegralSpec.between(Long.MIN_VALUE, Long.MAX_VALUE).unique())) {
            Set<Long> seen = new HashSet<>();
            for (long i = 0; i < 100_000; i++) {
                seen.add(spec.nextLong(draw(i)));
            }
            assertThat(seen).as("%s", spec).hasSize(100_000);
        }
    }

    @Test
    void uniqueValuesOverTheWholeLongRangeSpreadOverBothSigns() {
        IntegralSpec spec = IntegralSpec.between(Long.MIN_VALUE, Long.MAX_VALUE).unique();
        long negative = LongStream.range(0, 10_000).filter(i -> spec.nextLong(draw(i)) < 0).count();
        assertThat(negative).isBetween(4_500L, 5_500L);
        assertThat(spec.capacity()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void differentFieldsGetDifferentUniqueOrders() {
        IntegralSpec spec = IntegralSpec.between(1, 1000).unique();
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        for (long i = 0; i < 1000; i++) {
            first.add(spec.nextLong(draw(42, i, 1)));
            second.add(spec.nextLong(draw(42, i, 2)));
        }
        assertThat(first).isNotEqualTo(second).containsExactlyInAnyOrderElementsOf(second);
    }

    @Test
    void uniqueFailsClearlyWhenTheDomainRunsOut() {
        IntegralSpec spec = IntegralSpec.between(10, 1009).unique();
        assertThatThrownBy(() -> spec.nextLong(draw(1000)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only 1000 distinct values in [10, 1009]")
                .hasMessageContaining("record index 1000");
        assertThatThrownBy(() -> IntegralSpec.between(5, 5).sequence().nextLong(draw(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only 1 distinct values in [5, 5]");
    }

    @Test
    void sequenceCountsUpFromTheMinimum() {
        IntegralSpec spec = IntegralSpec.between(1, Long.MAX_VALUE).sequence();
        for (long i = 0; i < 100; i++) {
            assertThat(spec.nextLong(draw(i))).isEqualTo(1 + i);
        }
        assertThat(spec.capacity()).isEqualTo(Long.MAX_VALUE);
        assertThat(IntegralSpec.between(0, 99).sequence().capacity()).isEqualTo(100);
    }

    @Test
    void capacityIsUnboundedUnlessUnique() {
        assertThat(IntegralSpec.between(1, 3).capacity()).isEqualTo(Long.MAX_VALUE);
        assertThat(IntegralSpec.between(1, 3).unique().capacity()).isEqualTo(3);
        assertThat(IntegralSpec.between(0, Long.MAX_VALUE - 1).unique().capacity()).isEqualTo(Long.MAX_VALUE);
        assertThat(IntegralSpec.between(-1, Long.MAX_VALUE).unique().capacity()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void isReproducible() {
        IntegralSpec uniform = IntegralSpec.between(Long.MIN_VALUE, Long.MAX_VALUE);
        IntegralSpec unique = uniform.unique();
        for (long i = 0; i < 100; i++) {
            assertThat(uniform.nextLong(draw(7, i, 3))).isEqualTo(uniform.nextLong(draw(7, i, 3)));
            assertThat(unique.nextLong(draw(7, i, 3))).isEqualTo(IntegralSpec.between(Long.MIN_VALUE, Long.MAX_VALUE)
                    .unique().nextLong(draw(7, i, 3)));
        }
        long differ = LongStream.range(0, 100).filter(i -> uniform.nextLong(draw(7, i, 3)) != uniform.nextLong(draw(8, i, 3)))
                .count();
        assertThat(differ).isEqualTo(100);
    }

    @Test
    void narrowerViewsKeepTheirBoundsAndCapacity() {
        ValueSpec<Integer> ints = IntegralSpec.between(Integer.MIN_VALUE, Integer.MAX_VALUE).asInt();
        ValueSpec<Short> shorts = IntegralSpec.between(-3, 3).unique().asShort();
        ValueSpec<Byte> bytes = IntegralSpec.between(Byte.MIN_VALUE, Byte.MAX_VALUE).unique().asByte();
        ValueSpec<BigInteger> bigs = IntegralSpec.between(Long.MAX_VALUE - 1, Long.MAX_VALUE).asBigInteger();
        Set<Byte> distinctBytes = new HashSet<>();
        for (long i = 0; i < 256; i++) {
            assertThat(ints.next(draw(i))).isNotNull();
            distinctBytes.add(bytes.next(draw(i)));
            assertThat(bigs.next(draw(i))).isBetween(BigInteger.valueOf(Long.MAX_VALUE - 1), BigInteger.valueOf(Long.MAX_VALUE));
        }
        for (long i = 0; i < 7; i++) {
            assertThat(shorts.next(draw(i))).isBetween((short) -3, (short) 3);
        }
        assertThat(distinctBytes).hasSize(256);
        assertThat(shorts.capacity()).isEqualTo(7);
        assertThat(bytes.capacity()).isEqualTo(256);
    }

    @Test
    void rejectsBadRanges() {
        assertThatThrownBy(() -> IntegralSpec.between(2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min 2 is above max 1");
        assertThatThrownBy(() -> IntegralSpec.between(0, 1L << 31).asInt()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fit type int");
        assertThatThrownBy(() -> IntegralSpec.between(-129, 0).asByte()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntegralSpec.between(0, 40_000).asShort()).isInstanceOf(IllegalArgumentException.class);
    }
}
