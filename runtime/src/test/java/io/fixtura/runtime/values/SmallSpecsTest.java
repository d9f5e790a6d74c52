package io.fixtura.runtime.values;

import static io.fixtura.runtime.values.SpecDraws.draw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Booleans, characters, UUIDs, enums and byte arrays. */
class SmallSpecsTest {

    @Test
    void booleansTakeBothValuesAndUniqueOnesDifferBetweenTheTwoRecords() {
        Set<Boolean> seen = new HashSet<>();
        for (long i = 0; i < 100; i++) {
            seen.add(BooleanSpec.any().next(draw(i)));
        }
        assertThat(seen).containsExactlyInAnyOrder(true, false);
        BooleanSpec unique = BooleanSpec.any().unique();
        assertThat(unique.capacity()).isEqualTo(2);
        assertThat(BooleanSpec.any().capacity()).isEqualTo(Long.MAX_VALUE);
        for (long field = 0; field < 20; field++) {
            assertThat(unique.nextBoolean(draw(1, 0, field))).isNotEqualTo(unique.nextBoolean(draw(1, 1, field)));
        }
        assertThatThrownBy(() -> unique.next(draw(2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only 2 distinct values").hasMessageContaining("record index 2");
    }

    @Test
    void lettersAreAsciiLettersAndAllOfThemAppear() {
        Set<Character> seen = new HashSet<>();
        for (long i = 0; i < 5_000; i++) {
            char c = CharSpec.letters().nextChar(draw(i));
            assertThat((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')).as("%s", c).isTrue();
            seen.add(c);
        }
        assertThat(seen).hasSize(52);
    }

    @Test
    void charactersStayInTheirRangeAndUniqueOnesCoverIt() {
        CharSpec range = CharSpec.between('\u00E0', '\u00E5');
        CharSpec unique = range.unique();
        Set<Character> seen = new HashSet<>();
        for (long i = 0; i < 6; i++) {
            assertThat(range.nextChar(draw(i))).isBetween('\u00E0', '\u00E5');
            seen.add(unique.next(draw(i)));
        }
        assertThat(seen).containsExactlyInAnyOrder('à', 'á', 'â', 'ã', 'ä', 'å');
        assertThat(unique.capacity()).isEqualTo(6);
        assertThat(CharSpec.letters().unique().capacity()).isEqualTo(52);
        assertThat(CharSpec.between('x', 'x').nextChar(draw(0))).isEqualTo('x');
        assertThatThrownBy(() -> unique.next(draw(6))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only 6 distinct characters in [U+00E0, U+00E5]");
        assertThatThrownBy(() -> CharSpec.between('b', 'a')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uuidsAreVersionFourAndUniqueOnesAreDistinct() {
        Set<UUID> seen = new HashSet<>();
        ValueSpec<UUID> unique = UuidSpec.unique();
        for (long i = 0; i < 100_000; i++) {
            UUID value = unique.next(draw(i));
            assertThat(value.version()).isEqualTo(4);
            assertThat(value.variant()).isEqualTo(2);
            seen.add(value);
        }
        assertThat(seen).hasSize(100_000);
        assertThat(unique.capacity()).isEqualTo(Long.MAX_VALUE);
        UUID random = UuidSpec.random().next(draw(0));
        assertThat(random.version()).isEqualTo(4);
        assertThat(random.variant()).isEqualTo(2);
        assertThat(UuidSpec.random().next(draw(0))).isEqualTo(random).isNotEqualTo(UuidSpec.random().next(draw(1)));
        assertThat(unique.next(draw(7))).isEqualTo(UuidSpec.unique().next(draw(7)));
        assertThat(UuidSpec.unique().next(draw(42, 7, 1))).isNotEqualTo(UuidSpec.unique().next(draw(42, 7, 2)));
    }

    @Test
    void enumsTakeEveryConstantAndUniqueOnesHandEachOut() {
        Set<DayOfWeek> seen = new HashSet<>();
        for (long i = 0; i < 500; i++) {
            seen.add(EnumSpec.of(DayOfWeek.values()).next(draw(i)));
        }
        assertThat(seen).containsExactlyInAnyOrder(DayOfWeek.values());
        EnumSpec<DayOfWeek> unique = EnumSpec.of(DayOfWeek.values()).unique();
        Set<DayOfWeek> handedOut = new HashSet<>();
        for (long i = 0; i < 7; i++) {
            handedOut.add(unique.next(draw(i)));
        }
        assertThat(handedOut).containsExactlyInAnyOrder(DayOfWeek.values());
        assertThat(unique.capacity()).isEqualTo(7);
        assertThatThrownBy(() -> unique.next(draw(7))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only 7 distinct values of DayOfWeek").hasMessageContaining("record index 7");
        assertThatThrownBy(() -> EnumSpec.of(new DayOfWeek[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.time.DayOfWeek has none");
    }

    @Test
    void byteArraysHaveTheirLengthAndVaryingContent() {
        BytesSpec spec = BytesSpec.length(0, 20);
        Set<Integer> lengths = new HashSet<>();
        Set<Byte> bytes = new HashSet<>();
        for (long i = 0; i < 2_000; i++) {
            byte[] value = spec.next(draw(i));
            assertThat(value.length).isBetween(0, 20);
            lengths.add(value.length);
            for (byte b : value) {
                bytes.add(b);
            }
        }
        assertThat(lengths).hasSize(21);
        assertThat(bytes).hasSize(256);
        assertThat(BytesSpec.length(13, 13).next(draw(3))).hasSize(13).isEqualTo(BytesSpec.length(13, 13).next(draw(3)));
        assertThat(Arrays.equals(spec.next(draw(5)), spec.next(draw(5)))).isTrue();
        assertThatThrownBy(() -> BytesSpec.length(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BytesSpec.length(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
