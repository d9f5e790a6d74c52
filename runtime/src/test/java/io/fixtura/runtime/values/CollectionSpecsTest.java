package io.fixtura.runtime.values;

import static io.fixtura.runtime.values.SpecDraws.draw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollectionSpecsTest {

    private static final IntegralSpec SMALL = IntegralSpec.between(0, 1_000_000);

    @Test
    void listsHaveTheirSizeAndElementJComesFromElementStreamJ() {
        ListSpec<Long> spec = ListSpec.of(SMALL, 2, 5);
        Set<Integer> sizes = new LinkedHashSet<>();
        for (long i = 0; i < 500; i++) {
            Draw draw = draw(i);
            List<Long> list = spec.next(draw);
            assertThat(list).isInstanceOf(ArrayList.class);
            assertThat(list.size()).isBetween(2, 5);
            sizes.add(list.size());
            for (int j = 0; j < list.size(); j++) {
                assertThat(list.get(j)).isEqualTo(SMALL.nextLong(draw(i).element(j)));
            }
        }
        assertThat(sizes).containsExactlyInAnyOrder(2, 3, 4, 5);
        List<Long> list = spec.next(draw(0));
        list.add(1L);
        assertThat(list).endsWith(1L);
        assertThat(ListSpec.of(SMALL, 0, 0).next(draw(0))).isEmpty();
        assertThatThrownBy(() -> ListSpec.of(SMALL, 3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[3, 2]");
    }

    @Test
    void setsHoldDistinctElementsWithinTheirSize() {
        SetSpec<DayOfWeek> spec = SetSpec.of(EnumSpec.of(DayOfWeek.values()), 7, 7);
        for (long i = 0; i < 200; i++) {
            Set<DayOfWeek> set = spec.next(draw(i));
            assertThat(set).isInstanceOf(LinkedHashSet.class).containsExactlyInAnyOrder(DayOfWeek.values());
        }
        SetSpec<Long> numbers = SetSpec.of(IntegralSpec.between(1, 20), 0, 20);
        for (long i = 0; i < 500; i++) {
            assertThat(numbers.next(draw(i)).size()).isBetween(0, 20);
        }
        Set<DayOfWeek> mutable = spec.next(draw(0));
        mutable.clear();
        assertThat(mutable).isEmpty();
        assertThat(EnumSet.copyOf(SetSpec.of(EnumSpec.of(DayOfWeek.values()), 1, 3).next(draw(3))).size()).isBetween(1, 3);
    }

    @Test
    void aSetThatCannotReachItsMinimumSizeFailsWithBothNumbers() {
        SetSpec<Boolean> spec = SetSpec.of(BooleanSpec.any(), 3, 3);
        assertThatThrownBy(() -> spec.next(draw(0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("drew only 2 distinct elements")
                .hasMessageContaining("minimum size 3");
        // Above the minimum, a set that cannot grow further is kept as it is.
        assertThat(SetSpec.of(BooleanSpec.any(), 1, 5).next(draw(0))).hasSizeBetween(1, 2);
    }

    @Test
    void mapsHaveDistinctKeysWithinTheirSize() {
        MapSpec<Long, Long> spec = MapSpec.of(IntegralSpec.between(1, 30), SMALL, 1, 30);
        Set<Integer> sizes = new LinkedHashSet<>();
        for (long i = 0; i < 500; i++) {
            Map<Long, Long> map = spec.next(draw(i));
            assertThat(map).isInstanceOf(LinkedHashMap.class);
            assertThat(map.size()).isBetween(1, 30);
            assertThat(map.keySet()).allSatisfy(k -> assertThat(k).isBetween(1L, 30L));
            assertThat(map.values()).allSatisfy(v -> assertThat(v).isBetween(0L, 1_000_000L));
            sizes.add(map.size());
        }
        assertThat(sizes.size()).isGreaterThan(20);
        assertThat(spec.next(draw(9))).isEqualTo(spec.next(draw(9)));
        assertThatThrownBy(() -> MapSpec.of(BooleanSpec.any(), SMALL, 3, 4).next(draw(0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("drew only 2 distinct keys")
                .hasMessageContaining("minimum size 3");
    }

    @Test
    void mapValuesAreNotTheKeysStream() {
        MapSpec<Long, Long> spec = MapSpec.of(SMALL, SMALL, 10, 10);
        Map<Long, Long> map = spec.next(draw(1));
        assertThat(map.entrySet()).anySatisfy(e -> assertThat(e.getKey()).isNotEqualTo(e.getValue()));
    }

    @Test
    void optionalsAreEmptyAtTheNullRate() {
        OptionalSpec<Long> spec = OptionalSpec.of(SMALL);
        int empty = 0;
        for (long i = 0; i < 10_000; i++) {
            if (spec.next(draw(i)).isEmpty()) {
                empty++;
            }
        }
        assertThat(empty).isBetween(800, 1_200);
        GenerationContext never = new GenerationContext(1, 2, Instant.EPOCH, Locale.ENGLISH, 0);
        GenerationContext always = new GenerationContext(1, 2, Instant.EPOCH, Locale.ENGLISH, 1);
        for (long i = 0; i < 1_000; i++) {
            Optional<Long> value = spec.next(never.draw(i, 3));
            assertThat(value).isPresent();
            assertThat(value.get()).isBetween(0L, 1_000_000L);
            assertThat(spec.next(always.draw(i, 3))).isEmpty();
        }
        assertThat(spec.next(draw(4))).isEqualTo(spec.next(draw(4)));
    }
}
