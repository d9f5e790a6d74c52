package io.fixtura.processor;

import static io.fixtura.processor.GenerationTest.model;
import static io.fixtura.processor.GenerationTest.violations;
import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.Generator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** References that are keys, composite keys, wide unique domains and fields with several text rules. */
class LinkingAndUniquenessTest {

    private static final String[] TRAVEL = {
        "package t;",
        "import io.fixtura.annotations.*; import jakarta.validation.constraints.*; import java.util.*; import java.time.*;",
        "import java.math.*;",
        "@TestEntity public record Agency(UUID id, @NotBlank String name) {}",
        "@TestEntity(key = \"agencyId\") record AgencyProfile(@References(Agency.class) UUID agencyId, String motto) {}",
        "@TestEntity record Trip(Long id, @References(Traveller.class) Long payer, @References(Traveller.class) Long guest) {}",
        "@TestEntity(key = {\"tripId\", \"seq\"}) record Leg(@References(Trip.class) Long tripId, @Min(1) int seq) {}",
        "@TestEntity record Traveller(Long id, @Unique int badge, @Unique LocalDate luckyDay,",
        "    @Unique @Positive BigInteger passport, @Email @Pattern(regexp = \".*@acme\\\\.org\") String mail,",
        "    @DecimalMin(value = \"9.99\", inclusive = false) @DecimalMax(value = \"10\", inclusive = false) BigDecimal tight) {}",
        "@TestEntity record Letters(Long id, @Size(min = 3) Set<@Pattern(regexp = \"[ab]\") String> letters) {}"
    };

    @Test
    void aReferenceThatIsTheKeyPointsAtTheParentWithTheSameIndex() throws Exception {
        ClassLoader loader = load(compile(source("t.Agency", TRAVEL)));
        EntityModel<Object> agency = model(loader, "t.AgencyModel");
        EntityModel<Object> profile = model(loader, "t.AgencyProfileModel");
        List<?> agencies = ((Generator<?>) call(loader, "t.AgencyFactory", "withSeed", 4L)).list(50);
        List<?> profiles = ((Generator<?>) call(loader, "t.AgencyProfileFactory", "withSeed", 4L)).list(50);

        for (int i = 0; i < 50; i++) {
            assertThat(profile.field("agencyId").get(profiles.get(i))).isEqualTo(agency.field("id").get(agencies.get(i)));
        }
    }

    @Test
    void aCompositeKeyIsUniqueAsATupleWhileItsReferenceStaysFree() throws Exception {
        ClassLoader loader = load(compile(source("t.Agency", TRAVEL)));
        EntityModel<Object> leg = model(loader, "t.LegModel");
        List<?> legs = ((Generator<?>) call(loader, "t.LegFactory", "withSeed", 4L)).list(5_000);

        Set<String> keys = new HashSet<>();
        Set<Object> trips = new HashSet<>();
        for (Object l : legs) {
            keys.add(leg.field("tripId").get(l) + "/" + leg.field("seq").get(l));
            trips.add(leg.field("tripId").get(l));
        }
        assertThat(keys).hasSize(5_000);
        assertThat(trips).hasSizeLessThan(1_001);
        assertThat(leg.key()).containsExactly("tripId", "seq");
    }

    @Test
    void uniqueFieldsWithoutBoundsHaveRoomForLargeDatasets() throws Exception {
        ClassLoader loader = load(compile(source("t.Agency", TRAVEL)));
        EntityModel<Object> traveller = model(loader, "t.TravellerModel");
        List<?> travellers = ((Generator<?>) call(loader, "t.TravellerFactory", "withSeed", 4L)).list(20_000);

        for (String field : List.of("badge", "luckyDay", "passport")) {
            List<Object> present = travellers.stream().map(t -> traveller.field(field).get(t))
                    .filter(java.util.Objects::nonNull).map(Object.class::cast).toList();
            assertThat(present).as(field).hasSizeGreaterThan(15_000).doesNotHaveDuplicates();
        }
        assertThat(violations(travellers.subList(0, 2_000), traveller)).isEmpty();
    }

    @Test
    void eachReferenceGetsItsOwnBuilderMethod() throws Exception {
        ClassLoader loader = load(compile(source("t.Agency", TRAVEL)));
        Object payer = call(loader, "t.TravellerFactory", "create");
        Object guest = call(loader, "t.TravellerFactory", "create");
        Object builder = call(loader, "t.TripFactory", "builder");
        Class<?> travellerType = loader.loadClass("t.Traveller");
        builder = builder.getClass().getMethod("payer", travellerType).invoke(builder, payer);
        builder = builder.getClass().getMethod("guest", travellerType).invoke(builder, guest);
        Object trip = builder.getClass().getMethod("build").invoke(builder);
        EntityModel<Object> tripModel = model(loader, "t.TripModel");
        EntityModel<Object> travellerModel = model(loader, "t.TravellerModel");

        assertThat(tripModel.field("payer").get(trip)).isEqualTo(travellerModel.field("id").get(payer));
        assertThat(tripModel.field("guest").get(trip)).isEqualTo(travellerModel.field("id").get(guest));
    }

    @Test
    void aRuntimeFailureNamesTheEntityTheFieldTheIndexAndTheSeed() throws Exception {
        ClassLoader loader = load(compile(source("t.Agency", TRAVEL)));
        Generator<?> generator = (Generator<?>) call(loader, "t.LettersFactory", "withSeed", 77L);

        assertThatThrownBy(() -> generator.at(3))
                .hasMessageContaining("Letters record 3")
                .hasMessageContaining("seed 77")
                .hasMessageContaining("field 'letters'");
    }
}
