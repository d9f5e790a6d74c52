package io.fixtura.processor.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fixtura.processor.read.ClassFileTypeAnnotations.AnnotationValue;
import io.fixtura.processor.read.ClassFileTypeAnnotations.ClassValue;
import io.fixtura.processor.read.ClassFileTypeAnnotations.EnumValue;
import io.fixtura.processor.read.ClassFileTypeAnnotations.PathStep;
import io.fixtura.processor.read.ClassFileTypeAnnotations.TypeAnnotation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads class files that real compilers wrote from sources with type annotations on type arguments. */
class ClassFileTypeAnnotationsTest {

    private static final String C = "jakarta.validation.constraints.";
    private static final Path JDK25_JAVAC = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac");

    static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("p/Tagged.java", """
                package p;

                import jakarta.validation.constraints.*;
                import java.util.*;

                public record Tagged(
                        List<@NotBlank @Size(max = 20) String> tags,
                        Map<@Size(min = 2) String, @Min(1) Integer> counts,
                        Optional<@Email String> email,
                        List<List<@NotNull String>> matrix,
                        @NotNull String plain,
                        int untouched) {

                    public String describe() {
                        Runnable r = () -> System.out.println(tags + " and " + counts);
                        r.run();
                        return "tags: " + tags.size();
                    }
                }
                """);
        SOURCES.put("p/Holder.java", """
                package p;

                import jakarta.validation.constraints.*;
                import jakarta.validation.groups.Default;
                import java.lang.annotation.*;
                import java.util.*;

                public class Holder {

                    @Target(ElementType.TYPE_USE)
                    @Retention(RetentionPolicy.CLASS)
                    public @interface Secret {
                        String value();
                    }

                    public class Inner {
                    }

                    static final long BIG = 12345678901L;
                    static final double HALF = 0.5;

                    List<@Size(min = 1) @Size(max = 5) String> repeated;
                    @Secret("element") String[] elements;
                    String @Secret("array") [] arrays;
                    Map<String, ? extends @Secret("bound") Number> wildcards;
                    Holder.@Secret("inner") Inner inner;
                    List<@Pattern(regexp = "[a-z]+", flags = Pattern.Flag.CASE_INSENSITIVE)
                            @NotNull(groups = Default.class) String> codes;
                    List<@NotBlank @Secret("mixed") String> mixed;
                    List<@Everything(b = -1, c = 'é', s = 300, i = 70000, j = 1L << 40, f = 1.5f, d = -2.25,
                            z = true, str = "a\\u0000b😀", e = ElementType.TYPE_USE, cls = Map.Entry.class,
                            prim = int.class, arr = String[][].class, none = void.class, ints = {1, 2, 3}, empty = {},
                            nested = @Size(max = 3), nesteds = {@Size(min = 1), @Size(max = 2)}) String> everything;

                    double total() {
                        return BIG * HALF;
                    }
                }
                """);
        SOURCES.put("p/Everything.java", """
                package p;

                import jakarta.validation.constraints.Size;
                import java.lang.annotation.*;

                @Target(ElementType.TYPE_USE)
                @Retention(RetentionPolicy.CLASS)
                public @interface Everything {
                    byte b(); char c(); short s(); int i(); long j(); float f(); double d(); boolean z();
                    String str(); ElementType e(); Class<?> cls(); Class<?> prim(); Class<?> arr(); Class<?> none();
                    int[] ints(); String[] empty(); Size nested(); Size[] nesteds();
                }
                """);
    }

    @TempDir
    static Path dir;
    private static Path jdk17Classes;

    @BeforeAll
    static void compileWithTheRunningJdk() throws IOException {
        jdk17Classes = ClassFileCompiler.compile(dir.resolve("jdk17"), SOURCES, List.of());
    }

    @Test
    void theRunningCompilerIsJdk17() throws IOException {
        // the point of the reader is the JDK 17 compiler; fail loudly if the build moves on unnoticed
        assertThat(Runtime.version().feature()).isEqualTo(17);
        assertThat(majorVersion(ClassFileCompiler.classBytes(jdk17Classes, "p.Tagged"))).isEqualTo(61);
    }

    @Test
    void readsTypeArgumentsOfARecordsFields() throws IOException {
        Map<String, List<TypeAnnotation>> fields = read(jdk17Classes, "p.Tagged");

        assertThat(fields.keySet()).containsExactly("tags", "counts", "email", "matrix", "plain", "untouched");
        assertThat(fields.get("tags")).containsExactly(
                annotation(C + "NotBlank", List.of(arg(0)), Map.of()),
                annotation(C + "Size", List.of(arg(0)), Map.of("max", 20)));
        assertThat(fields.get("counts")).containsExactly(
                annotation(C + "Size", List.of(arg(0)), Map.of("min", 2)),
                annotation(C + "Min", List.of(arg(1)), Map.of("value", 1L)));
        assertThat(fields.get("email")).containsExactly(annotation(C + "Email", List.of(arg(0)), Map.of()));
        assertThat(fields.get("matrix")).containsExactly(annotation(C + "NotNull", List.of(arg(0), arg(0)), Map.of()));
        assertThat(fields.get("plain")).containsExactly(annotation(C + "NotNull", List.of(), Map.of()));
        assertThat(fields.get("untouched")).isEmpty();
    }

    @Test
    void readsArraysWildcardsNestedTypesAndRepeatedAnnotations() throws IOException {
        Map<String, List<TypeAnnotation>> fields = read(jdk17Classes, "p.Holder");

        assertThat(fields.keySet()).containsExactly("BIG", "HALF", "repeated", "elements", "arrays", "wildcards",
                "inner", "codes", "mixed", "everything");
        assertThat(fields.get("BIG")).isEmpty();
        assertThat(fields.get("repeated")).containsExactly(annotation(C + "Size.List", List.of(arg(0)),
                Map.of("value", List.of(new AnnotationValue(C + "Size", Map.of("min", 1)),
                        new AnnotationValue(C + "Size", Map.of("max", 5))))));
        assertThat(fields.get("elements")).containsExactly(secret("element", new PathStep(PathStep.ARRAY, 0)));
        assertThat(fields.get("arrays")).containsExactly(secret("array"));
        assertThat(fields.get("wildcards")).containsExactly(
                secret("bound", arg(1), new PathStep(PathStep.WILDCARD_BOUND, 0)));
        assertThat(fields.get("inner")).containsExactly(secret("inner", new PathStep(PathStep.NESTED, 0)));
        assertThat(fields.get("codes")).containsExactly(
                annotation(C + "Pattern", List.of(arg(0)), Map.of("regexp", "[a-z]+",
                        "flags", List.of(new EnumValue(C + "Pattern.Flag", "CASE_INSENSITIVE")))),
                annotation(C + "NotNull", List.of(arg(0)),
                        Map.of("groups", List.of(new ClassValue("jakarta.validation.groups.Default")))));
        // RUNTIME and CLASS retention live in two attributes; both are read
        assertThat(fields.get("mixed")).containsExactlyInAnyOrder(
                annotation(C + "NotBlank", List.of(arg(0)), Map.of()), secret("mixed", arg(0)));
    }

    @Test
    void decodesEveryKindOfElementValue() throws IOException {
        List<TypeAnnotation> everything = read(jdk17Classes, "p.Holder").get("everything");

        assertThat(everything).hasSize(1);
        TypeAnnotation a = everything.get(0);
        assertThat(a.type()).isEqualTo("p.Everything");
        assertThat(a.path()).containsExactly(arg(0));
        assertThat(a.values().keySet()).containsExactly("b", "c", "s", "i", "j", "f", "d", "z", "str", "e", "cls",
                "prim", "arr", "none", "ints", "empty", "nested", "nesteds");
        assertThat(a.values().get("b")).isEqualTo((byte) -1);
        assertThat(a.values().get("c")).isEqualTo('é');
        assertThat(a.values().get("s")).isEqualTo((short) 300);
        assertThat(a.values().get("i")).isEqualTo(70000);
        assertThat(a.values().get("j")).isEqualTo(1L << 40);
        assertThat(a.values().get("f")).isEqualTo(1.5f);
        assertThat(a.values().get("d")).isEqualTo(-2.25);
        assertThat(a.values().get("z")).isEqualTo(true);
        assertThat(a.values().get("str")).isEqualTo("a\u0000b😀");
        assertThat(a.values().get("e")).isEqualTo(new EnumValue("java.lang.annotation.ElementType", "TYPE_USE"));
        assertThat(a.values().get("cls")).isEqualTo(new ClassValue("java.util.Map.Entry"));
        assertThat(a.values().get("prim")).isEqualTo(new ClassValue("int"));
        assertThat(a.values().get("arr")).isEqualTo(new ClassValue("java.lang.String[][]"));
        assertThat(a.values().get("none")).isEqualTo(new ClassValue("void"));
        assertThat(a.values().get("ints")).isEqualTo(List.of(1, 2, 3));
        assertThat(a.values().get("empty")).isEqualTo(List.of());
        assertThat(a.values().get("nested")).isEqualTo(new AnnotationValue(C + "Size", Map.of("max", 3)));
        assertThat(a.values().get("nesteds")).isEqualTo(List.of(new AnnotationValue(C + "Size", Map.of("min", 1)),
                new AnnotationValue(C + "Size", Map.of("max", 2))));
    }

    @Test
    void givesEmptyListsForClassesWithoutTypeAnnotationsAndNothingForAnnotationTypes() throws IOException {
        assertThat(read(jdk17Classes, "p.Holder$Inner")).containsOnlyKeys("this$0");
        assertThat(read(jdk17Classes, "p.Holder$Inner").get("this$0")).isEmpty();
        assertThat(read(jdk17Classes, "p.Everything")).isEmpty();
    }

    @Test
    void readsModuleDescriptorsWithTheirModuleAndPackageConstants(@TempDir Path moduleDir) throws IOException {
        Path classes = ClassFileCompiler.compile(moduleDir, Map.of(
                "module-info.java", "module demo.mod { exports demo.api; requires java.sql; }",
                "demo/api/Api.java", "package demo.api; public class Api { public String name; }"), List.of());

        assertThat(read(classes, "module-info")).isEmpty();
        assertThat(read(classes, "demo.api.Api")).containsOnlyKeys("name");
    }

    @Test
    void readsTheSameFromClassFilesOfJdk25(@TempDir Path jdk25Dir) throws Exception {
        assumeTrue(Files.isExecutable(JDK25_JAVAC), "no JDK 25 at " + JDK25_JAVAC);
        Path classes = ClassFileCompiler.compileWith(JDK25_JAVAC, jdk25Dir, SOURCES);

        // not Holder$Inner: since JDK 18 javac leaves out the unused this$0 field
        for (String type : List.of("p.Tagged", "p.Holder", "p.Everything")) {
            assertThat(majorVersion(ClassFileCompiler.classBytes(classes, type))).isEqualTo(69);
            assertThat(read(classes, type)).as(type).isEqualTo(read(jdk17Classes, type));
        }
    }

    /**
     * The reason for the reader: an annotation processor on JDK 17 sees a class-path record's
     * {@code List<@NotBlank @Size(max = 20) String>} as a bare {@code List<String>}, yet finds the
     * class file through the Filer and reads the constraints from it.
     */
    @Test
    void findsWhatJavacHidesFromAProcessor(@TempDir Path processorDir) throws IOException {
        List<String> seenByJavac = new ArrayList<>();
        Map<String, List<TypeAnnotation>> fromClassFile = new LinkedHashMap<>();
        AbstractProcessor processor = new AbstractProcessor() {
            @Override
            public Set<String> getSupportedAnnotationTypes() {
                return Set.of("*");
            }

            @Override
            public SourceVersion getSupportedSourceVersion() {
                return SourceVersion.latestSupported();
            }

            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                if (round.processingOver()) {
                    return false;
                }
                TypeElement tagged = processingEnv.getElementUtils().getTypeElement("p.Tagged");
                for (Element member : tagged.getEnclosedElements()) {
                    if (member.getKind().isField() && member.getSimpleName().contentEquals("tags")) {
                        DeclaredType type = (DeclaredType) member.asType();
                        for (AnnotationMirror m : type.getTypeArguments().get(0).getAnnotationMirrors()) {
                            seenByJavac.add(m.getAnnotationType().toString());
                        }
                    }
                }
                try {
                    FileObject file = processingEnv.getFiler().getResource(StandardLocation.CLASS_PATH, "p",
                            "Tagged.class");
                    try (InputStream in = file.openInputStream()) {
                        fromClassFile.putAll(ClassFileTypeAnnotations.readFields(in));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return false;
            }
        };

        ClassFileCompiler.compile(processorDir, Map.of("q/Trigger.java", "package q; class Trigger {}"),
                List.of(processor), jdk17Classes.toString());

        assertThat(seenByJavac).as("JDK-8225377: javac 17 shows no type annotations of class-path type arguments")
                .isEmpty();
        assertThat(fromClassFile.get("tags")).extracting(TypeAnnotation::type)
                .containsExactly(C + "NotBlank", C + "Size");
    }

    private static Map<String, List<TypeAnnotation>> read(Path classes, String binaryName) throws IOException {
        byte[] bytes = ClassFileCompiler.classBytes(classes, binaryName);
        return ClassFileTypeAnnotations.readFields(new ByteArrayInputStream(bytes));
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
    }

    private static PathStep arg(int index) {
        return PathStep.typeArgument(index);
    }

    private static TypeAnnotation annotation(String type, List<PathStep> path, Map<String, Object> values) {
        return new TypeAnnotation(type, path, values);
    }

    private static TypeAnnotation secret(String value, PathStep... path) {
        return new TypeAnnotation("p.Holder.Secret", List.of(path), Map.of("value", value));
    }
}
