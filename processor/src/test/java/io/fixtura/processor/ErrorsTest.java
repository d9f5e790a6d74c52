package io.fixtura.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every error of the catalogue: its code, and the line (element or annotation attribute) it
 * points at. Nothing is generated for an entity with errors, and the compiler never crashes.
 */
class ErrorsTest {

    private static JavaFileObject entity(String... body) {
        String[] lines = new String[body.length + 4];
        lines[0] = "package p;";
        lines[1] = "import io.fixtura.annotations.*; import jakarta.validation.constraints.*; import java.util.*;";
        lines[2] = "import java.time.*; import java.math.*;";
        System.arraycopy(body, 0, lines, 3, body.length);
        lines[lines.length - 1] = "";
        return source("p.E", lines);
    }

    private static void fails(JavaFileObject source, String code, String lineContaining) {
        Compilation c = compile(source);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[" + code + "]").inFile(source).onLineContaining(lineContaining);
    }

    @Test
    void rangeValueThatDoesNotParse() {
        fails(entity("@TestEntity public record E(long id,", "  @Range(min = \"ten\") int age) {}"), "FX100", "\"ten\"");
    }

    @Test
    void rangeDateThatDoesNotParse() {
        fails(entity("@TestEntity public record E(long id,", "  @Range(max = \"2020-13-45\") LocalDate day) {}"),
                "FX100", "2020-13-45");
    }

    @Test
    void rangeMinAboveMax() {
        fails(entity("@TestEntity public record E(long id,", "  @Range(min = \"10\", max = \"5\") int n) {}"),
                "FX101", "min = \"10\"");
    }

    @Test
    void rangeOnAnUnsupportedType() {
        fails(entity("@TestEntity public record E(long id,", "  @Range(min = \"1\") String name) {}"), "FX102",
                "String name");
    }

    @Test
    void constraintsThatLeaveNoValue() {
        fails(entity("@TestEntity public record E(long id,", "  @Min(10) @Max(5) int n) {}"), "FX103", "int n");
    }

    @Test
    void sizeMinAboveMax() {
        fails(entity("@TestEntity public record E(long id,", "  @Size(min = 5, max = 2) String s) {}"), "FX104",
                "String s");
    }

    @Test
    void referenceToANonEntity() {
        fails(entity("@TestEntity public record E(long id,", "  @References(String.class) String other) {}"),
                "FX110", "String.class");
    }

    @Test
    void referenceToAMissingField() {
        fails(entity("@TestEntity public record E(long id,", "  @References(value = E.class, field = \"nope\") Long parent) {}"),
                "FX111", "\"nope\"");
    }

    @Test
    void referenceOfAnotherType() {
        fails(entity("@TestEntity public record E(long id,", "  @References(E.class) String parent) {}"), "FX112",
                "String parent");
    }

    @Test
    void referenceToAnEntityWithoutKey() {
        fails(entity("@TestEntity public record E(long id, @References(K.class) String k) {}",
                "@TestEntity record K(String name) {}"), "FX113", "K.class");
    }

    @Test
    void referencesAndValuePlansAreCheckedEvenWhenOtherFieldsFailed() {
        JavaFileObject source = entity("@TestEntity public record E(long id,", "  Object broken,",
                "  @References(value = E.class, field = \"nope\") Long parent,", "  @Size(min = 3) Set<Boolean> flags) {}");
        Compilation c = compile(source);
        assertThat(c).hadErrorContaining("[FX130]").inFile(source).onLineContaining("Object broken");
        assertThat(c).hadErrorContaining("[FX111]").inFile(source).onLineContaining("\"nope\"");
        assertThat(c).hadErrorContaining("[FX103]").inFile(source).onLineContaining("Set<Boolean> flags");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void anErrorInAReferencedEntityIsReportedOnce() {
        JavaFileObject source = entity("@TestEntity public record E(long id, @References(F.class) Long fId) {}",
                "@TestEntity record F(long id, @Range(min = \"10\", max = \"5\") int n) {}");
        Compilation c = compile(source);
        assertThat(c).hadErrorContaining("[FX101]").inFile(source).onLineContaining("min = \"10\"");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void cycleOfRequiredReferences() {
        fails(entity("@TestEntity public record E(long id, @NotNull @References(F.class) Long fId) {}",
                "@TestEntity record F(long id, @NotNull @References(E.class) Long eId) {}"), "FX115", "Long fId");
    }

    @Test
    void aCycleWithANullableLinkIsFine() {
        Compilation c = compile(entity("@TestEntity public record E(long id, @NotNull @References(F.class) Long fId) {}",
                "@TestEntity record F(long id, @References(E.class) Long eId, @References(F.class) Long parentId) {}"));
        assertThat(c).succeeded();
    }

    @Test
    void classWithoutAWayToBuildIt() {
        fails(entity("@TestEntity public class E {", "  private final long id;",
                "  public E(long id, String unrelated) { this.id = id; }", "  public long getId() { return id; }", "}"),
                "FX120", "public class E");
    }

    @Test
    void fieldThatCannotBeRead() {
        fails(entity("@TestEntity public class E {", "  private long id;", "  public void setId(long id) { this.id = id; }",
                "}"), "FX121", "private long id");
    }

    @Test
    void unsupportedFieldType() {
        fails(entity("@TestEntity public record E(long id,", "  Object anything) {}"), "FX130", "Object anything");
    }

    @Test
    void fakeOnANonStringField() {
        fails(entity("@TestEntity public record E(long id,", "  @Fake(\"#{Name.firstName}\") int n) {}"), "FX140",
                "int n");
    }

    @Test
    void fakeThatIsNoExpression() {
        fails(entity("@TestEntity public record E(long id,", "  @Fake(\"Name.firstName\") String n) {}"), "FX141",
                "Name.firstName");
    }

    @Test
    void patternThatCannotBeGenerated() {
        fails(entity("@TestEntity public record E(long id,", "  @Pattern(regexp = \"(a)\\\\1\") String s) {}"), "FX142",
                "regexp");
    }

    @Test
    void patternThatDoesNotCompile() {
        fails(entity("@TestEntity public record E(long id,", "  @Pattern(regexp = \"[a-\") String s) {}"), "FX143",
                "regexp");
    }

    @Test
    void unknownPackageInTrigger() {
        JavaFileObject source = source("p.Fixtures", "package p;",
                "@io.fixtura.annotations.GenerateFactories(packages = \"no.such.pkg\")", "class Fixtures {}");
        fails(source, "FX150", "no.such.pkg");
    }

    @Test
    void classInTriggerThatIsNoEntity() {
        JavaFileObject source = source("p.Fixtures", "package p;",
                "@io.fixtura.annotations.GenerateFactories(classes = String.class)", "class Fixtures {}");
        fails(source, "FX151", "String.class");
    }

    @Test
    void duplicateTableNames() {
        fails(entity("@TestEntity(table = \"things\") public record E(long id) {}",
                "@TestEntity(table = \"things\") record F(long id) {}"), "FX160", "record F");
    }

    @Test
    void keyFieldThatDoesNotExist() {
        fails(entity("@TestEntity(key = \"code\") public record E(long id) {}"), "FX161", "\"code\"");
    }

    @Test
    void localeThatIsNoLanguageTag() {
        fails(entity("@TestEntity(locale = \"not a locale!\") public record E(long id) {}"), "FX162", "not a locale!");
    }

    @Test
    void everyProblemIsReportedInOneBuild() {
        JavaFileObject source = entity("@TestEntity public record E(long id,", "  @Range(min = \"x\") int a,",
                "  @Min(3) @Max(1) int b,", "  Object c) {}");
        Compilation c = compile(source);
        assertThat(c).hadErrorContaining("[FX100]").inFile(source).onLineContaining("\"x\"");
        assertThat(c).hadErrorContaining("[FX130]").inFile(source).onLineContaining("Object c");
        assertThat(c).hadErrorContaining("[FX103]").inFile(source).onLineContaining("int b");
        assertThat(c).hadErrorCount(3);
    }
}
