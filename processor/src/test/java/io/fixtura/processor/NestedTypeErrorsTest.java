package io.fixtura.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * FX123: a nested type that generated code (in the same package) cannot name or build — private,
 * inside a private class, or an inner class needing an enclosing instance — is one error on that
 * type or field, never broken generated code.
 */
class NestedTypeErrorsTest {

    private static JavaFileObject outer(String... body) {
        String[] lines = new String[body.length + 4];
        lines[0] = "package p;";
        lines[1] = "import io.fixtura.annotations.*;";
        lines[2] = "public class Outer {";
        System.arraycopy(body, 0, lines, 3, body.length);
        lines[lines.length - 1] = "}";
        return source("p.Outer", lines);
    }

    private static void failsOnce(JavaFileObject source, String lineContaining) {
        Compilation c = compile(source);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[FX123]").inFile(source).onLineContaining(lineContaining);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void innerClassEntity() {
        failsOnce(outer("  @TestEntity public class Inner {",
                "    public long id; public String name;",
                "    public Inner() {}",
                "  }"), "public class Inner");
    }

    @Test
    void privateNestedEntity() {
        failsOnce(outer("  @TestEntity private record Hidden(long id, String name) {}"), "private record Hidden");
    }

    @Test
    void entityInsideAPrivateClass() {
        failsOnce(outer("  private static class Box {",
                "    @TestEntity record Boxed(long id) {}",
                "  }"), "record Boxed");
    }

    @Test
    void innerClassAsAValue() {
        failsOnce(outer("  @TestEntity public record Place(long id, Spot spot) {}",
                "  public class Spot { public int x; public Spot() {} }"), "public class Spot");
    }

    @Test
    void privateEnumField() {
        failsOnce(outer("  @TestEntity public record Paint(long id,",
                "      Color color) {}",
                "  private enum Color { RED, GREEN }"), "Color color");
    }

    @Test
    void staticNestedAndPackagePrivateTypesAreFine() {
        assertThat(compile(outer("  @TestEntity record Ok(long id, Spot spot, Color color) {}",
                "  static class Spot { int x; Spot() {} }",
                "  enum Color { RED, GREEN }"))).succeededWithoutWarnings();
    }
}
