package io.fixtura.processor;

import static io.fixtura.processor.GenerationTest.model;
import static io.fixtura.processor.GenerationTest.render;
import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.compileDomain;
import static io.fixtura.processor.TestCompiler.compileWith;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Generator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code javax.validation.constraints} are read exactly like the jakarta ones. The javax API is not
 * on the test class path, so stand-in annotation types of the same names are compiled with the
 * entity; Hibernate Validator does not know javax, so the generated model and direct assertions
 * judge the values, and a jakarta twin of the entity must give the same model and the same records.
 */
class JavaxValidationTest {

    private static final String[] LEGACY = {
        "package p;",
        "import io.fixtura.annotations.*;",
        "import javax.validation.constraints.*;",
        "import java.util.*;",
        "@TestEntity public record Legacy(long id,",
        "    @NotNull @Size(min = 3, max = 10) String code,",
        "    @Min(5) @Max(9) int level,",
        "    @Pattern(regexp = \"[A-Z]{3}-[0-9]{2}\") String ref,",
        "    @Pattern(regexp = \"x[ab]{2}\", flags = Pattern.Flag.CASE_INSENSITIVE) @NotNull String mixed,",
        "    @Email String contact,",
        "    @NotNull Long counter,",
        "    List<@Size(min = 2, max = 3) String> tags) {}"
    };

    private static JavaFileObject legacy(String validationPackage) {
        String[] lines = LEGACY.clone();
        lines[2] = "import " + validationPackage + ".*;";
        return source("p.Legacy", lines);
    }

    @Test
    void javaxConstraintsAreInTheModel() throws Exception {
        ClassLoader loader = load(compile(StandIns.with(StandIns.javaxValidation(), legacy("javax.validation.constraints"))));
        EntityModel<Object> model = model(loader, "p.LegacyModel");

        assertThat(model.field("code").isNullable()).isFalse();
        assertThat(model.field("code").constraints())
                .containsExactly(Constraint.notNull(), Constraint.size("Size", 3, 10));
        assertThat(model.field("code").sqlType().toString()).isEqualTo("VARCHAR(10)");
        assertThat(model.field("level").constraints()).containsExactly(
                Constraint.number("Min", java.math.BigDecimal.valueOf(5), true, null, false),
                Constraint.number("Max", null, false, java.math.BigDecimal.valueOf(9), true));
        assertThat(model.field("ref").constraints()).singleElement()
                .isInstanceOfSatisfying(Constraint.Pattern.class, p -> assertThat(p.regexp()).isEqualTo("[A-Z]{3}-[0-9]{2}"));
        assertThat(model.field("mixed").constraints()).last()
                .isInstanceOfSatisfying(Constraint.Pattern.class, p -> assertThat(p.regexp()).isEqualTo("(?i)x[ab]{2}"));
        assertThat(model.field("contact").constraints()).containsExactly(Constraint.email());
        assertThat(model.field("counter").isNullable()).isFalse();
        assertThat(model.field("counter").constraints()).containsExactly(Constraint.notNull());
        assertThat(model.field("tags").constraints())
                .containsExactly(Constraint.elements(Constraint.size("Size", 2, 3)));
    }

    @Test
    void generatedValuesObeyJavaxConstraints() throws Exception {
        ClassLoader loader = load(compile(StandIns.with(StandIns.javaxValidation(), legacy("javax.validation.constraints"))));
        assertObeyed(loader, (Generator<?>) call(loader, "p.LegacyFactory", "withSeed", 21L));
    }

    @Test
    void javaxAndJakartaGiveTheSameModelAndRecords() throws Exception {
        ClassLoader javax = load(compile(StandIns.with(StandIns.javaxValidation(), legacy("javax.validation.constraints"))));
        ClassLoader jakarta = load(compile(legacy("jakarta.validation.constraints")));
        EntityModel<Object> javaxModel = model(javax, "p.LegacyModel");
        EntityModel<Object> jakartaModel = model(jakarta, "p.LegacyModel");

        assertThat(describe(javaxModel)).isEqualTo(describe(jakartaModel));
        assertThat(javaxModel.fingerprint()).isEqualTo(jakartaModel.fingerprint());
        assertThat(render(((Generator<?>) call(javax, "p.LegacyFactory", "withSeed", 4L)).list(300)))
                .isEqualTo(render(((Generator<?>) call(jakarta, "p.LegacyFactory", "withSeed", 4L)).list(300)));
    }

    @Test
    void javaxConstraintsOfClassPathClassesAreRead() throws Exception {
        // compiled without -parameters: a record needs none, and the element constraint on tags
        // comes from the class file (javac 17 does not show it)
        Path domain = compileDomain(false, StandIns.with(StandIns.javaxValidation(), legacy("javax.validation.constraints")));
        ClassLoader loader = load(compileWith(List.of(domain.toFile()), source("test.Fixtures",
                "package test;",
                "@io.fixtura.annotations.GenerateFactories(classes = p.Legacy.class)",
                "class Fixtures {}")), domain);
        ClassLoader fromSource = load(compile(StandIns.with(StandIns.javaxValidation(), legacy("javax.validation.constraints"))));

        assertThat(describe(model(loader, "p.LegacyModel"))).isEqualTo(describe(model(fromSource, "p.LegacyModel")));
        assertObeyed(loader, (Generator<?>) call(loader, "p.LegacyFactory", "withSeed", 22L));
    }

    private static void assertObeyed(ClassLoader loader, Generator<?> generator) throws Exception {
        EntityModel<Object> model = model(loader, "p.LegacyModel");
        List<?> records = generator.list(2_000);
        List<String> violations = new ArrayList<>();
        for (Object r : records) {
            model.validate(r).forEach(v -> violations.add(v.toString()));
        }
        assertThat(violations).isEmpty();
        for (Object r : records) {
            String code = (String) model.field("code").get(r);
            assertThat(code).isNotNull().hasSizeBetween(3, 10);
            assertThat((int) model.field("level").get(r)).isBetween(5, 9);
            String ref = (String) model.field("ref").get(r);
            if (ref != null) {
                assertThat(ref).matches("[A-Z]{3}-[0-9]{2}");
            }
            assertThat((String) model.field("mixed").get(r)).matches("(?i)x[ab]{2}");
            String contact = (String) model.field("contact").get(r);
            if (contact != null) {
                assertThat(contact).contains("@");
            }
            assertThat(model.field("counter").get(r)).isNotNull();
            for (Object tag : (List<?>) model.field("tags").get(r)) {
                assertThat((String) tag).hasSizeBetween(2, 3);
            }
        }
        assertThat(records.stream().map(r -> model.field("ref").get(r)).filter(v -> v != null).count())
                .as("ref is generated, not always null").isGreaterThan(1_000);
    }

    /** What the runtime sees of each field: name, column, SQL type, nullability, constraints. */
    private static List<String> describe(EntityModel<Object> model) {
        List<String> out = new ArrayList<>();
        for (FieldModel<Object> f : model.fields()) {
            out.add(f.name() + " " + f.column() + " " + f.sqlType() + " nullable=" + f.isNullable() + " "
                    + f.constraints());
        }
        return out;
    }
}
