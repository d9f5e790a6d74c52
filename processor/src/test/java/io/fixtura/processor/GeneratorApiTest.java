package io.fixtura.processor;

import static io.fixtura.processor.GenerationTest.model;
import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static io.fixtura.processor.TestCompiler.staticField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Generator;
import io.fixtura.runtime.values.Kind;
import io.fixtura.runtime.values.Pools;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@link Generator} a factory returns: its locale, reference time and null rate reach every
 * generated field, and a request beyond what a unique field allows fails before anything is made.
 */
class GeneratorApiTest {

    private static final Instant JUNE_2021 = Instant.parse("2021-06-15T10:30:00Z");
    private static final Instant NEW_YEAR_1999 = Instant.parse("1999-01-01T00:00:00Z");

    private static ClassLoader loader;

    @BeforeAll
    static void compileOnce() {
        loader = load(compile(
                source("p.Visit",
                        "package p;",
                        "import io.fixtura.annotations.*; import jakarta.validation.constraints.*;",
                        "import java.time.*; import java.util.*;",
                        "@TestEntity public record Visit(long id,",
                        "    @Range(min = \"now-30d\", max = \"now\") Instant seen,",
                        "    @Past LocalDate day,",
                        "    String firstName, String note, Integer count,",
                        "    @NotNull String code, int level, List<String> tags, Optional<String> hint) {}"),
                source("p.Ticket",
                        "package p;",
                        "import io.fixtura.annotations.*;",
                        "@TestEntity public class Ticket {",
                        "  public static int made;",
                        "  private final long id; @Unique private final Status status;",
                        "  public Ticket(long id, Status status) { made++; this.id = id; this.status = status; }",
                        "  public long getId() { return id; } public Status getStatus() { return status; }",
                        "  public enum Status { OPEN, HELD, CLOSED }",
                        "}")));
    }

    private static Generator<?> visits() {
        return (Generator<?>) call(loader, "p.VisitFactory", "withSeed", 12L);
    }

    @Test
    void referenceTimeMovesRelativeRangesAndThePast() throws Exception {
        EntityModel<Object> model = model(loader, "p.VisitModel");

        for (Instant reference : List.of(JUNE_2021, NEW_YEAR_1999)) {
            List<?> records = visits().withReferenceTime(reference).withNullRate(0).list(1_000);
            LocalDate referenceDay = LocalDate.ofInstant(reference, ZoneOffset.UTC);
            for (Object r : records) {
                Instant seen = (Instant) model.field("seen").get(r);
                assertThat(seen).as("seen").isBetween(reference.minus(Duration.ofDays(30)), reference);
                assertThat((LocalDate) model.field("day").get(r)).as("day").isBefore(referenceDay);
                assertThat(model.validate(r, reference)).isEmpty();
            }
        }
        assertThat(visits().withReferenceTime(JUNE_2021).referenceTime()).isEqualTo(JUNE_2021);
    }

    @Test
    void sameReferenceTimeSameRecords() {
        List<?> a = visits().withReferenceTime(JUNE_2021).list(50);
        List<?> b = visits().withReferenceTime(JUNE_2021).list(50);
        List<?> other = visits().withReferenceTime(NEW_YEAR_1999).list(50);

        assertThat(a).isEqualTo(b);
        assertThat(other).isNotEqualTo(a);
    }

    @Test
    void localeOfTheGenerator() throws Exception {
        EntityModel<Object> model = model(loader, "p.VisitModel");

        List<String> german = firstNames(visits().withLocale(Locale.GERMANY).withNullRate(0).list(400), model);
        List<String> english = firstNames(visits().withNullRate(0).list(400), model);

        assertThat(german).hasSize(400).isSubsetOf(Pools.of(Locale.GERMANY).values(Kind.FIRST_NAME));
        assertThat(english).hasSize(400).isSubsetOf(Pools.of(Locale.ENGLISH).values(Kind.FIRST_NAME));
        assertThat(german).isNotEqualTo(english);
    }

    @Test
    void nullRateZeroGivesNoNulls() throws Exception {
        EntityModel<Object> model = model(loader, "p.VisitModel");

        for (Object r : visits().withNullRate(0).list(2_000)) {
            for (FieldModel<Object> f : model.fields()) {
                assertThat(f.get(r)).as(f.name()).isNotNull();
            }
        }
    }

    @Test
    void nullRateOneMakesEveryNullableFieldNull() throws Exception {
        EntityModel<Object> model = model(loader, "p.VisitModel");
        Set<String> nullable = new HashSet<>();
        for (FieldModel<Object> f : model.fields()) {
            if (f.isNullable()) {
                nullable.add(f.name());
            }
        }

        assertThat(nullable).containsExactlyInAnyOrder("seen", "day", "firstName", "note", "count");
        for (Object r : visits().withNullRate(1).list(500)) {
            for (FieldModel<Object> f : model.fields()) {
                if (f.isNullable()) {
                    assertThat(f.get(r)).as(f.name()).isNull();
                } else {
                    assertThat(f.get(r)).as(f.name()).isNotNull();
                }
            }
        }
    }

    @Test
    void nullRateOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> visits().withNullRate(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }

    @Test
    void moreRecordsThanAUniqueFieldAllowsFailBeforeAnyIsMade() throws Exception {
        Generator<?> tickets = (Generator<?>) call(loader, "p.TicketFactory", "withSeed", 5L);
        int madeBefore = (int) staticField(loader, "p.Ticket", "made");

        assertThatThrownBy(() -> tickets.list(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'status'")
                .hasMessageContaining("3 distinct")
                .satisfies(e -> assertThat(e.getMessage()).as("names the 4 records asked for")
                        .containsAnyOf("0 to 3", " 4 "));
        assertThatThrownBy(() -> tickets.at(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'status'");
        assertThat((int) staticField(loader, "p.Ticket", "made")).isEqualTo(madeBefore);

        List<?> three = tickets.list(3);
        List<Object> statuses = new ArrayList<>();
        for (Object t : three) {
            statuses.add(t.getClass().getMethod("getStatus").invoke(t));
        }
        assertThat(statuses).doesNotHaveDuplicates().hasSize(3);
        assertThat(tickets.stream().count()).isEqualTo(3);
        assertThat(tickets.capacity().field()).isEqualTo("status");
    }

    private static List<String> firstNames(List<?> records, EntityModel<Object> model) {
        List<String> out = new ArrayList<>();
        for (Object r : records) {
            out.add((String) model.field("firstName").get(r));
        }
        return out;
    }
}
