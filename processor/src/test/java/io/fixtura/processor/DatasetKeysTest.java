package io.fixtura.processor;

import static io.fixtura.processor.GenerationTest.model;
import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.DatasetBuilder;
import io.fixtura.runtime.EntityModel;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a dataset does for keys beyond single fields: children of given parents reference the
 * given keys, join tables take distinct parent pairs, and order lines are numbered per parent.
 */
class DatasetKeysTest {

    private static ClassLoader loader;
    private static Map<String, EntityModel<Object>> models;

    @BeforeAll
    static void compileDomain() throws Exception {
        loader = load(compile(source("k.Trip",
                "package k;",
                "import io.fixtura.annotations.*; import jakarta.validation.constraints.*;",
                "@TestEntity public record Trip(Long id, @NotBlank @Size(max = 20) String title) {}",
                "@TestEntity record Traveller(Long id, @NotBlank @Size(max = 30) String name) {}",
                "@TestEntity(key = {\"tripId\", \"travellerId\"}) record Booking(@References(Trip.class) Long tripId,",
                "    @References(Traveller.class) Long travellerId) {}",
                "@TestEntity(key = {\"tripId\", \"number\"}) record Stop(@References(Trip.class) Long tripId,",
                "    @Min(1) @Max(20) int number) {}")));
        models = new HashMap<>();
        for (String name : List.of("Trip", "Traveller", "Booking", "Stop")) {
            models.put(name, model(loader, "k." + name + "Model"));
        }
    }

    private static DatasetBuilder dataset() {
        DatasetBuilder builder = Dataset.builder().seed(3).referenceTime(Instant.parse("2026-01-01T00:00:00Z"));
        models.values().forEach(builder::register);
        return builder;
    }

    private static Class<?> type(String name) {
        return models.get(name).type();
    }

    @Test
    void childrenOfGivenParentsReferenceTheGivenKeys() {
        List<Object> trips = List.of(
                build("k.TripFactory", "id", 10L), build("k.TripFactory", "id", 20L), build("k.TripFactory", "id", 30L));
        Dataset ds = given(dataset(), type("Trip"), trips).count(type("Traveller"), 5).count(type("Stop"), 12)
                .build();

        Set<Object> tripIds = new HashSet<>();
        ds.stream(type("Stop")).forEach(s -> tripIds.add(models.get("Stop").field("tripId").get(s)));
        assertThat(tripIds).isSubsetOf(10L, 20L, 30L).isNotEmpty();
        assertThat(ds.validate().isValid()).as(ds.validate().toString()).isTrue();
    }

    @Test
    void aJoinTableTakesDistinctParentPairsUpToTheirProduct() {
        Dataset ds = dataset().count(type("Trip"), 20).count(type("Traveller"), 30).count(type("Booking"), 600)
                .build();

        Set<String> pairs = new HashSet<>();
        ds.stream(type("Booking")).forEach(b -> pairs.add(models.get("Booking").field("tripId").get(b) + "/"
                + models.get("Booking").field("travellerId").get(b)));
        assertThat(pairs).hasSize(600);
        assertThat(ds.validate().isValid()).as(ds.validate().toString()).isTrue();
        assertThatThrownBy(() -> dataset().count(type("Trip"), 20).count(type("Traveller"), 30)
                .count(type("Booking"), 601).build())
                .hasMessageContaining("601").hasMessageContaining("600");
    }

    @Test
    void linesAreNumberedWithinTheirParent() {
        Dataset byCount = dataset().count(type("Trip"), 1_000).count(type("Stop"), 2_993).build();
        Dataset perParent = dataset().count(type("Trip"), 300).perParent(type("Stop"), "tripId", 1, 20).build();

        for (Dataset ds : List.of(byCount, perParent)) {
            Map<Object, Set<Object>> numbers = new HashMap<>();
            ds.stream(type("Stop")).forEach(s -> numbers.computeIfAbsent(models.get("Stop").field("tripId").get(s),
                    t -> new HashSet<>()).add(models.get("Stop").field("number").get(s)));
            numbers.values().forEach(n -> assertThat(n).allMatch(v -> (int) v >= 1 && (int) v <= 20));
            assertThat(ds.validate().isValid()).as(ds.validate().toString()).isTrue();
        }
        assertThatThrownBy(() -> dataset().count(type("Trip"), 10).count(type("Stop"), 250).build())
                .hasMessageContaining("number").hasMessageContaining("25").hasMessageContaining("20");
    }

    private static Object build(String factory, String field, Object value) {
        try {
            Object builder = call(loader, factory, "builder");
            for (var m : builder.getClass().getMethods()) {
                if (m.getName().equals(field) && m.getParameterCount() == 1) {
                    builder = m.invoke(builder, value);
                    break;
                }
            }
            return builder.getClass().getMethod("build").invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static DatasetBuilder given(DatasetBuilder builder, Class<?> type, List<Object> records) {
        return builder.records((Class<Object>) type, records);
    }
}
