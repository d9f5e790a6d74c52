package io.fixtura.processor;

import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.Generator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Compiles annotated sources with the processor, loads the generated code and runs it; the data is
 * judged by Hibernate Validator and by the generated model.
 */
class GenerationTest {

    /** Hibernate Validator, the independent judge; one for the whole test run. */
    private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    static final String[] EVERY_TYPE = {
        "package p;",
        "import io.fixtura.annotations.*;",
        "import jakarta.validation.constraints.*;",
        "import java.math.*; import java.time.*; import java.util.*;",
        "@TestEntity",
        "public record Everything(",
        "    long id,",
        "    boolean flag, Boolean boxedFlag, byte b, short s, @Min(-5) @Max(5) int i, Long boxedLong,",
        "    @DecimalMin(\"0.5\") @DecimalMax(\"2.5\") float f, @Positive double d, char c,",
        "    @NotBlank @Size(min = 3, max = 12) String name, @Email String email, @Pattern(regexp = \"[A-Z]{2}-\\\\d{3}\") String code,",
        "    UUID uuid, @Digits(integer = 4, fraction = 3) BigDecimal amount, @Range(min = \"-1000\", max = \"99999999999999999999\") BigInteger big,",
        "    @Past LocalDate birthday, @Future LocalDateTime due, @Range(min = \"08:00\", max = \"17:00\") LocalTime opens,",
        "    @PastOrPresent Instant seen, @FutureOrPresent OffsetDateTime next, @Range(min = \"now-30d\", max = \"now\") ZonedDateTime recent,",
        "    @Range(min = \"PT1M\", max = \"PT2H\") Duration length, Color color, @Size(min = 2, max = 4) byte[] bytes,",
        "    Optional<@Size(max = 5) String> nickname, @Size(min = 1, max = 3) List<@Min(10) Integer> scores,",
        "    Set<Color> colors, Map<@NotBlank String, @Positive Long> counts, @NotNull Point origin, List<Point> path) {",
        "  public enum Color { RED, GREEN, BLUE }",
        "  public record Point(@Min(0) @Max(100) int x, @Min(0) @Max(100) int y, @Size(max = 3) String label) {}",
        "}"
    };

    @Test
    void everySupportedTypeIsGeneratedValid() throws Exception {
        ClassLoader loader = load(compile(source("p.Everything", EVERY_TYPE)));
        Generator<?> generator = (Generator<?>) call(loader, "p.EverythingFactory", "withSeed", 11L);
        EntityModel<Object> model = model(loader, "p.EverythingModel");

        List<?> records = generator.list(3_000);

        assertThat(violations(records, model)).isEmpty();
        assertThat(records).doesNotHaveDuplicates();
    }

    @Test
    void classesAreBuiltByConstructorOrSetters() throws Exception {
        ClassLoader loader = load(compile(
                source("p.ByConstructor",
                        "package p;",
                        "import io.fixtura.annotations.*; import jakarta.validation.constraints.*;",
                        "@TestEntity public class ByConstructor {",
                        "  private final Long id; @NotBlank private final String title; @Min(1) private final int pages;",
                        "  public ByConstructor(Long id, String title, int pages) { this.id = id; this.title = title; this.pages = pages; }",
                        "  public Long getId() { return id; } public String getTitle() { return title; } public int getPages() { return pages; }",
                        "}"),
                source("p.BySetters",
                        "package p;",
                        "import io.fixtura.annotations.*; import jakarta.validation.constraints.*;",
                        "@TestEntity public class BySetters {",
                        "  private Long id; @NotNull @Size(max = 10) private String code; boolean active; String note;",
                        "  public Long getId() { return id; } public void setId(Long id) { this.id = id; }",
                        "  public String getCode() { return code; } public void setCode(String code) { this.code = code; }",
                        "  public boolean isActive() { return active; }",
                        "}")));
        for (String entity : List.of("p.ByConstructor", "p.BySetters")) {
            Generator<?> generator = (Generator<?>) call(loader, entity + "Factory", "withSeed", 3L);
            List<?> records = generator.list(500);
            assertThat(violations(records, model(loader, entity + "Model"))).as(entity).isEmpty();
            assertThat(model(loader, entity + "Model").field("id").get(records.get(4))).isEqualTo(5L);
        }
    }

    @Test
    void recordsAreReproducibleAndAddressable() throws Exception {
        ClassLoader loader = load(compile(source("p.Everything", EVERY_TYPE)));
        Generator<?> a = (Generator<?>) call(loader, "p.EverythingFactory", "withSeed", 5L);
        Generator<?> b = (Generator<?>) call(loader, "p.EverythingFactory", "withSeed", 5L);

        List<?> list = a.list(100);

        assertThat(render(b.list(100))).isEqualTo(render(list));
        assertThat(render(List.of(b.at(37)))).isEqualTo(render(List.of(list.get(37))));
        assertThat(render(a.list(40, 10))).isEqualTo(render(list.subList(40, 50)));
    }

    @Test
    void modelsAreListedForServiceLoader() throws Exception {
        ClassLoader loader = load(compile(source("p.Everything", EVERY_TYPE)));

        List<String> found = new ArrayList<>();
        for (EntityModel<?> m : ServiceLoader.load(EntityModel.class, loader)) {
            found.add(m.table());
        }

        assertThat(found).containsExactly("everything");
        EntityModel<Object> model = model(loader, "p.EverythingModel");
        assertThat(model.key()).containsExactly("id");
        assertThat(model.field("name").sqlType().toString()).isEqualTo("VARCHAR(12)");
        assertThat(model.field("amount").sqlType().toString()).isEqualTo("DECIMAL(7, 3)");
        assertThat(model.field("boxedFlag").column()).isEqualTo("boxed_flag");
        assertThat(model.fingerprint()).hasSize(16);
    }

    static List<String> violations(List<?> records, EntityModel<Object> model) {
        List<String> problems = new ArrayList<>();
        for (int n = 0; n < records.size(); n++) {
            Object r = records.get(n);
            for (ConstraintViolation<Object> v : validator.validate(r)) {
                problems.add("#" + n + " " + v.getPropertyPath() + " = '" + v.getInvalidValue() + "': " + v.getMessage());
            }
            int record = n;
            model.validate(r).forEach(v -> problems.add("#" + record + " model: " + v));
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    static EntityModel<Object> model(ClassLoader loader, String modelClass) throws Exception {
        return (EntityModel<Object>) loader.loadClass(modelClass).getField("INSTANCE").get(null);
    }

    /** A record's text form: records print their components, arrays by content. */
    static List<String> render(List<?> records) {
        List<String> out = new ArrayList<>();
        for (Object r : records) {
            StringBuilder s = new StringBuilder();
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(r);
                    s.append(v instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : String.valueOf(v)).append('|');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            out.add(s.toString());
        }
        return out;
    }
}
