package io.fixtura.runtime.values;

import static io.fixtura.runtime.values.EdgeAssertions.anyRole;
import static io.fixtura.runtime.values.EdgeAssertions.edges;
import static io.fixtura.runtime.values.EdgeAssertions.validEdges;
import static io.fixtura.runtime.values.EdgeAssertions.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.Constraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EdgesCollectionsTest {

    private static final Constraint PERCENT = Constraint.number("Range", BigDecimal.ZERO, true, BigDecimal.valueOf(100), true);

    @Test
    void listsHaveTheirSizesAndCarryEveryElementEdge() {
        IntegralSpec percent = IntegralSpec.between(0, 100);
        List<Edge<List<Long>>> edges = validEdges(ListSpec.of(percent, 0, 3),
                Constraint.size("Size", 0, 3), Constraint.elements(PERCENT));
        assertThat(value(edges, "empty")).isEmpty();
        assertThat(value(edges, "one element")).hasSize(1);
        assertThat(value(edges, "max size 3")).hasSize(3);
        Set<Long> carried = new HashSet<>();
        edges.forEach(e -> carried.addAll(e.value()));
        assertThat(carried).containsAll(edges(percent).stream().map(Edge::value).toList());

        List<Edge<List<Long>>> sized = validEdges(ListSpec.of(percent, 2, 5), Constraint.size("Size", 2, 5));
        assertThat(anyRole(sized, "empty")).isFalse();
        assertThat(anyRole(sized, "one element")).isFalse();
        assertThat(value(sized, "min size 2")).hasSize(2);
        assertThat(value(sized, "max size 5")).hasSize(5);
        assertThat(validEdges(ListSpec.of(percent, 0, 0))).extracting(Edge::label).containsExactly("empty, max size 0");
    }

    @Test
    void elementsThatADatabaseCannotStoreAreKeptApart() {
        StringSpec words = StringSpec.text().length(0, 10);
        List<Edge<List<String>>> edges = validEdges(ListSpec.of(words, 0, 4), Constraint.size("Size", 0, 4),
                Constraint.elements(Constraint.size("Size", 0, 10)));
        List<Edge<List<String>>> unstorable = edges.stream().filter(e -> !e.unstorableIn().isEmpty()).toList();
        assertThat(unstorable).hasSize(1);
        assertThat(unstorable.get(0).label()).isEqualTo("elements: NUL character");
        assertThat(unstorable.get(0).unstorableIn()).containsExactly("POSTGRESQL");
        assertThat(unstorable.get(0).value()).singleElement().asString().contains("\u0000");
        Set<String> carried = new HashSet<>();
        edges.forEach(e -> carried.addAll(e.value()));
        assertThat(carried).containsAll(edges(words).stream().map(Edge::value).toList());
    }

    @Test
    void setsAndMapsKeepTheirElementsAndKeysDistinct() {
        List<Edge<Set<Boolean>>> flags = validEdges(SetSpec.of(BooleanSpec.any(), 1, 2), Constraint.size("Size", 1, 2));
        assertThat(value(flags, "one element")).containsExactly(false);
        assertThat(value(flags, "max size 2")).containsExactly(false, true);

        // three distinct values cannot fill ten: the maximum size is left out, not faked
        List<Edge<Set<Long>>> few = validEdges(SetSpec.of(IntegralSpec.between(1, 3).unique(), 0, 10));
        assertThat(anyRole(few, "max size 10")).isFalse();
        assertThat(few).allSatisfy(e -> assertThat(e.value()).hasSizeLessThanOrEqualTo(3));

        List<Edge<Set<Long>>> many = validEdges(SetSpec.of(IntegralSpec.between(0, 1_000_000), 3, 50),
                Constraint.size("Size", 3, 50));
        assertThat(value(many, "max size 50")).hasSize(50);

        String[] codes = {"EUR", "USD", "JPY"};
        List<Edge<Map<String, Long>>> maps = validEdges(MapSpec.of(EnumSpec.of(codes), IntegralSpec.between(0, 100), 0, 3),
                Constraint.size("Size", 0, 3), Constraint.elements(PERCENT));
        assertThat(value(maps, "empty")).isEmpty();
        assertThat(value(maps, "one entry")).hasSize(1);
        assertThat(value(maps, "max size 3")).containsOnlyKeys(codes);
        // the value spec's edges come first, so the maximum carries min, min+1 and max-1 of the values
        assertThat(value(maps, "max size 3").values()).containsExactly(0L, 1L, 99L);
    }

    @Test
    void optionalsAreEmptyOrHoldEachInnerEdge() {
        List<Edge<Optional<Long>>> edges = validEdges(OptionalSpec.of(IntegralSpec.between(1, 5)),
                Constraint.elements(Constraint.number("Range", BigDecimal.ONE, true, BigDecimal.valueOf(5), true)));
        assertThat(value(edges, "empty")).isEmpty();
        List<String> labels = new ArrayList<>(edges.stream().map(Edge::label).toList());
        assertThat(labels).containsExactly("empty", "present: min, one = 1", "present: min+1 = 2", "present: max-1 = 4",
                "present: max = 5");
        List<Edge<Optional<java.util.UUID>>> noEdges = validEdges(OptionalSpec.of(draw -> new java.util.UUID(draw.nextLong(), draw.nextLong())));
        assertThat(noEdges).extracting(Edge::label).containsExactly("empty", "present");
        Edge<Optional<String>> nul = validEdges(OptionalSpec.of(StringSpec.text().length(0, 20))).stream()
                .filter(e -> e.label().equals("present: NUL character")).findFirst().orElseThrow();
        assertThat(nul.unstorableIn()).containsExactly("POSTGRESQL");
    }

    @Test
    void edgesAreTheSameInEveryCallForTheSameContext() {
        ValueSpec<List<String>> spec = ListSpec.of(StringSpec.kind(Kind.CITY).length(1, 30), 1, 40);
        assertThat(edges(spec)).isEqualTo(edges(spec));
    }
}
