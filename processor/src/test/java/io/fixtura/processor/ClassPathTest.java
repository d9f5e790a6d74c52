package io.fixtura.processor;

import static io.fixtura.processor.GenerationTest.model;
import static io.fixtura.processor.GenerationTest.violations;
import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compileDomain;
import static io.fixtura.processor.TestCompiler.compileWith;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.Generator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The way real projects use Fixtura: the domain is compiled first (main code), and the processor
 * runs in the test compile with it on the class path, triggered by {@code @GenerateFactories}.
 */
class ClassPathTest {

    private static final JavaFileObject TAGGED = source("shop.Tagged",
            "package shop;",
            "import io.fixtura.annotations.*; import jakarta.validation.constraints.*; import java.util.*;",
            "@TestEntity public record Tagged(long id,",
            "    @Size(min = 1, max = 4) List<@NotBlank @Size(max = 3) String> tags,",
            "    Map<@Size(min = 2, max = 2) String, @Min(7) @Max(9) Integer> scores,",
            "    Optional<@Size(max = 2) String> hint, List<List<@Size(max = 1) String>> nested) {}");

    private static final JavaFileObject ITEM = source("shop.Item",
            "package shop;",
            "import io.fixtura.annotations.*; import jakarta.validation.constraints.*;",
            "@TestEntity public class Item {",
            "  private final Long id; @NotBlank @Size(max = 8) private final String label;",
            "  public Item(Long id, String label) { this.id = id; this.label = label; }",
            "  public Long getId() { return id; } public String getLabel() { return label; }",
            "}");

    @Test
    void classPathEntitiesAreGeneratedFromTheTrigger() throws Exception {
        Path domain = compileDomain(true, TAGGED, ITEM);
        ClassLoader loader = load(compileWith(List.of(domain.toFile()), source("test.Fixtures",
                "package test;",
                "@io.fixtura.annotations.GenerateFactories(classes = shop.Item.class, packages = \"shop\")",
                "class Fixtures {}")), domain);

        for (String entity : List.of("shop.Tagged", "shop.Item")) {
            Generator<?> generator = (Generator<?>) call(loader, entity + "Factory", "withSeed", 8L);
            List<?> records = generator.list(2_000);
            assertThat(violations(records, model(loader, entity + "Model"))).as(entity).isEmpty();
        }
    }

    @Test
    void containerElementConstraintsOfClassPathClassesAreHonoured() throws Exception {
        Path domain = compileDomain(false, TAGGED);
        ClassLoader loader = load(compileWith(List.of(domain.toFile()), source("test.Fixtures",
                "package test;",
                "@io.fixtura.annotations.GenerateFactories(classes = shop.Tagged.class)",
                "class Fixtures {}")), domain);

        EntityModel<Object> model = model(loader, "shop.TaggedModel");
        List<?> records = ((Generator<?>) call(loader, "shop.TaggedFactory", "withSeed", 2L)).list(2_000);

        assertThat(violations(records, model)).isEmpty();
        assertThat(model.field("tags").constraints().toString()).contains("Elements");
    }

    @Test
    void constructorsWithoutParameterNamesAskForTheFlag() {
        Path domain = compileDomain(false, ITEM);
        var compilation = compileWith(List.of(domain.toFile()), source("test.Fixtures",
                "package test;",
                "@io.fixtura.annotations.GenerateFactories(classes = shop.Item.class)",
                "class Fixtures {}"));

        assertThat(compilation.errors().toString()).contains("FX122").contains("-parameters");
    }

    @Test
    void addingAFieldChangesNoOtherFieldsValues() throws Exception {
        List<String> before = values(source("p.Person",
                "package p;",
                "@io.fixtura.annotations.TestEntity public record Person(long id, String firstName, int age) {}"));
        List<String> after = values(source("p.Person",
                "package p;",
                "@io.fixtura.annotations.TestEntity public record Person(long id, java.util.UUID token, String firstName,"
                        + " String city, int age) {}"));

        assertThat(after).isEqualTo(before);
    }

    private static List<String> values(JavaFileObject person) throws Exception {
        ClassLoader loader = load(TestCompiler.compile(person));
        EntityModel<Object> model = model(loader, "p.PersonModel");
        List<String> out = new ArrayList<>();
        for (Object r : ((Generator<?>) call(loader, "p.PersonFactory", "withSeed", 99L)).list(200)) {
            out.add(model.field("id").get(r) + "|" + model.field("firstName").get(r) + "|" + model.field("age").get(r));
        }
        return out;
    }
}
