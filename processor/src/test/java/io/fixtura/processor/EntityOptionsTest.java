package io.fixtura.processor;

import static io.fixtura.processor.GenerationTest.model;
import static io.fixtura.processor.GenerationTest.violations;
import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Generator;
import io.fixtura.runtime.values.Kind;
import io.fixtura.runtime.values.Pools;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code @TestEntity} and the naming rules decide: generated names of nested entities, the
 * locale of realistic values, {@code @Fake} expressions, explicit (composite) keys, and snake_case
 * tables and columns.
 */
class EntityOptionsTest {

    private static final Locale GERMAN = Locale.forLanguageTag("de-DE");

    private static ClassLoader loader;

    @BeforeAll
    static void compileOnce() {
        loader = load(compile(
                source("p.Outer",
                        "package p;",
                        "import io.fixtura.annotations.*; import jakarta.validation.constraints.*;",
                        "public class Outer {",
                        "  @TestEntity public record Inner(long id, @NotBlank @Size(max = 20) String name) {}",
                        "  public static class Mid {",
                        "    @TestEntity public record Leaf(long id, @References(Outer.Inner.class) long innerId) {}",
                        "  }",
                        "}"),
                source("p.Kunde",
                        "package p;",
                        "import io.fixtura.annotations.*;",
                        "@TestEntity(locale = \"de-DE\")",
                        "public record Kunde(long id, String firstName, String lastName, String city,",
                        "    @Fake(\"#{Address.cityName}\") String birthplace) {}"),
                source("p.Customer",
                        "package p;",
                        "import io.fixtura.annotations.*;",
                        "@TestEntity public record Customer(long id, String firstName, String lastName, String city,",
                        "    @Fake(\"#{Address.cityName}\") String birthplace) {}"),
                source("p.Pair",
                        "package p;",
                        "import io.fixtura.annotations.*; import jakarta.validation.constraints.*;",
                        "@TestEntity(key = {\"code\", \"version\"})",
                        "public record Pair(long id, @NotNull @Size(min = 2, max = 6) String code, short version, String note) {}"),
                source("p.OrderItem",
                        "package p;",
                        "import io.fixtura.annotations.*;",
                        "@TestEntity public record OrderItem(long id, String licenseNumber, int unitCount, String HTTPCode,",
                        "    String addressLine2) {}")));
    }

    @Test
    void nestedEntitiesArePrefixedWithTheirOuterClasses() throws Exception {
        EntityModel<Object> inner = model(loader, "p.Outer_InnerModel");
        EntityModel<Object> leaf = model(loader, "p.Outer_Mid_LeafModel");
        List<?> inners = ((Generator<?>) call(loader, "p.Outer_InnerFactory", "withSeed", 1L)).list(300);
        List<?> leaves = ((Generator<?>) call(loader, "p.Outer_Mid_LeafFactory", "withSeed", 1L)).list(300);

        assertThat(violations(inners, inner)).isEmpty();
        assertThat(violations(leaves, leaf)).isEmpty();
        assertThat(inners.get(0).getClass().getName()).isEqualTo("p.Outer$Inner");
        assertThat(inner.table()).isEqualTo("inner");
        assertThat(leaf.references()).singleElement()
                .satisfies(r -> assertThat(r.targetTable()).isEqualTo("inner"));
        assertThat(loader.loadClass("p.Outer_InnerBuilder")).isNotNull();
        Object built = call(loader, "p.Outer_Mid_LeafFactory", "builder");
        Object withInner = built.getClass().getMethod("inner", loader.loadClass("p.Outer$Inner"))
                .invoke(built, inners.get(41));
        Object leafRecord = withInner.getClass().getMethod("build").invoke(withInner);
        assertThat(leaf.field("innerId").get(leafRecord)).isEqualTo(inner.field("id").get(inners.get(41)));
    }

    @Test
    void localeOfTheEntityChoosesThePools() throws Exception {
        List<?> kunden = ((Generator<?>) call(loader, "p.KundeFactory", "withSeed", 2L)).list(500);
        List<?> customers = ((Generator<?>) call(loader, "p.CustomerFactory", "withSeed", 2L)).list(500);
        EntityModel<Object> kunde = model(loader, "p.KundeModel");
        EntityModel<Object> customer = model(loader, "p.CustomerModel");

        assertThat(values(kunden, kunde, "firstName")).isNotEmpty()
                .isSubsetOf(Pools.of(GERMAN).values(Kind.FIRST_NAME));
        assertThat(values(kunden, kunde, "lastName")).isSubsetOf(Pools.of(GERMAN).values(Kind.LAST_NAME));
        assertThat(values(kunden, kunde, "city")).isSubsetOf(Pools.of(GERMAN).values(Kind.CITY));
        assertThat(values(customers, customer, "firstName")).isNotEmpty()
                .isSubsetOf(Pools.of(Locale.ENGLISH).values(Kind.FIRST_NAME));
        assertThat(values(customers, customer, "lastName")).isSubsetOf(Pools.of(Locale.ENGLISH).values(Kind.LAST_NAME));
        // the pools differ: most German last names are not in the English pool
        List<String> german = values(kunden, kunde, "lastName");
        long alsoEnglish = german.stream().filter(Set.of(Pools.of(Locale.ENGLISH).values(Kind.LAST_NAME))::contains)
                .count();
        assertThat(alsoEnglish).isLessThan(german.size() / 2);
    }

    @Test
    void fakeValuesComeFromTheirExpression() throws Exception {
        List<?> kunden = ((Generator<?>) call(loader, "p.KundeFactory", "withSeed", 3L)).list(500);
        List<?> customers = ((Generator<?>) call(loader, "p.CustomerFactory", "withSeed", 3L)).list(500);

        List<String> german = values(kunden, model(loader, "p.KundeModel"), "birthplace");
        List<String> english = values(customers, model(loader, "p.CustomerModel"), "birthplace");

        assertThat(german).hasSizeGreaterThan(400).isSubsetOf(Pools.of(GERMAN).fake("#{Address.cityName}"));
        assertThat(english).hasSizeGreaterThan(400).isSubsetOf(Pools.of(Locale.ENGLISH).fake("#{Address.cityName}"));
        assertThat(Set.copyOf(english)).hasSizeGreaterThan(50);
    }

    @Test
    void explicitKeyMayBeComposite() throws Exception {
        EntityModel<Object> pair = model(loader, "p.PairModel");

        assertThat(pair.key()).containsExactly("code", "version");
        assertThat(pair.fields()).filteredOn(FieldModel::isKey).extracting(FieldModel::name)
                .containsExactly("code", "version");
        assertThat(pair.field("id").isKey()).isFalse();

        List<?> pairs = ((Generator<?>) call(loader, "p.PairFactory", "withSeed", 4L)).list(1_000);
        assertThat(violations(pairs, pair)).isEmpty();
        List<String> keys = new ArrayList<>();
        for (Object p : pairs) {
            keys.add(pair.field("code").get(p) + "/" + pair.field("version").get(p));
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void tablesAndColumnsAreSnakeCase() throws Exception {
        EntityModel<Object> item = model(loader, "p.OrderItemModel");

        assertThat(item.table()).isEqualTo("order_item");
        assertThat(item.fields()).extracting(FieldModel::column)
                .containsExactly("id", "license_number", "unit_count", "http_code", "address_line2");
        assertThat(model(loader, "p.KundeModel").table()).isEqualTo("kunde");
    }

    private static List<String> values(List<?> records, EntityModel<Object> model, String field) {
        List<String> out = new ArrayList<>();
        for (Object r : records) {
            Object v = model.field(field).get(r);
            if (v != null) {
                out.add((String) v);
            }
        }
        return out;
    }
}
