package io.fixtura.processor.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.fixtura.processor.read.ClassFileTypeAnnotations.ClassValue;
import io.fixtura.processor.read.ClassFileTypeAnnotations.EnumValue;
import io.fixtura.processor.read.ClassFileTypeAnnotations.PathStep;
import io.fixtura.processor.read.ClassFileTypeAnnotations.TypeAnnotation;
import io.fixtura.processor.read.ClassFileWriter.Bytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written class files: every constant kind the reader must step over, and damage it must report. */
class ClassFileMalformedTest {

    private static final String VISIBLE = "RuntimeVisibleTypeAnnotations";
    private static final String INVISIBLE = "RuntimeInvisibleTypeAnnotations";

    @TempDir
    static Path dir;
    private static byte[] compiled;

    @BeforeAll
    static void compileARealClass() throws IOException {
        Path classes = ClassFileCompiler.compile(dir, ClassFileTypeAnnotationsTest.SOURCES, List.of());
        compiled = ClassFileCompiler.classBytes(classes, "p.Holder");
    }

    @Test
    void stepsOverEveryConstantKindAndForeignAttributes() throws IOException {
        ClassFileWriter w = new ClassFileWriter();
        w.major = 69;
        w.everyConstantKind();
        int size = w.utf8("Ljakarta/validation/constraints/Size;");
        int max = w.utf8("max");
        int twenty = w.integer(20);
        byte[] body = new Bytes().u2(1).u1(0x13).u1(1).u1(3).u1(0).u2(size).u2(1).u2(max).u1('I').u2(twenty).toArray();
        w.field("first", "I", w.attribute("ConstantValue", new Bytes().u2(twenty).toArray()));
        w.field("tags", "Ljava/util/List;", w.attribute("Signature", new Bytes().u2(w.utf8("x")).toArray()),
                w.attribute(INVISIBLE, body), w.attribute("Deprecated", new byte[0]));
        w.method("run", "()V", w.attribute("Code", new byte[] {0, 1, 0, 1, 0, 0, 0, 1, (byte) 0xB1, 0, 0, 0, 0}));
        w.classAttribute(w.attribute("SourceFile", new Bytes().u2(w.utf8("T.java")).toArray()));
        w.classAttribute(w.attribute("BootstrapMethods", new Bytes().u2(0).toArray()));

        Map<String, List<TypeAnnotation>> fields = read(w.toBytes());

        assertThat(fields.keySet()).containsExactly("first", "tags");
        assertThat(fields.get("first")).isEmpty();
        assertThat(fields.get("tags")).containsExactly(new TypeAnnotation("jakarta.validation.constraints.Size",
                List.of(PathStep.typeArgument(0)), Map.of("max", 20)));
    }

    @Test
    void namesNestedTypesByTheirCanonicalNames() throws IOException {
        ClassFileWriter w = new ClassFileWriter();
        int member = w.classRef("a/B$$C");
        int outer = w.classRef("a/B");
        int local = w.classRef("a/B$1Local");
        byte[] innerClasses = new Bytes().u2(2)
                .u2(member).u2(outer).u2(w.utf8("$C")).u2(0x9)
                .u2(local).u2(0).u2(w.utf8("Local")).u2(0).toArray();
        byte[] body = new Bytes().u2(1).u1(0x13).u1(0).u2(w.utf8("La/B$$C;")).u2(3)
                .u2(w.utf8("local")).u1('e').u2(w.utf8("La/B$1Local;")).u2(w.utf8("ONE"))
                .u2(w.utf8("unlisted")).u1('c').u2(w.utf8("[La/X$Y;"))
                .u2(w.utf8("plain")).u1('c').u2(w.utf8("Ljava/lang/String;")).toArray();
        w.field("f", "Ljava/lang/Object;", w.attribute(VISIBLE, body));
        w.classAttribute(w.attribute("InnerClasses", innerClasses));

        TypeAnnotation a = read(w.toBytes()).get("f").get(0);

        assertThat(a.type()).isEqualTo("a.B.$C");
        assertThat(a.values()).containsExactly(
                Map.entry("local", new EnumValue("a.B$1Local", "ONE")),
                Map.entry("unlisted", new ClassValue("a.X.Y[]")),
                Map.entry("plain", new ClassValue("java.lang.String")));
    }

    @Test
    void reportsInputThatIsNoClassFile() {
        expectError(new byte[0], 0,
                "expected the magic number 0xCAFEBABE (4 bytes), but the class file ends at offset 0");
        expectError(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBF}, 0,
                "expected the magic number 0xCAFEBABE, found 0xCAFEBABF");
        ClassFileWriter old = new ClassFileWriter();
        old.major = 44;
        expectError(old.toBytes(), 6, "expected a major_version of at least 45, found 44");
    }

    @Test
    void reportsBrokenConstantPools() {
        for (int tag : new int[] {0, 2, 13, 14, 21, 255}) {
            ClassFileWriter w = new ClassFileWriter();
            int at = 10 + w.poolSize();
            w.raw(tag, 0, 1);
            expectError(w.toBytes(), at, "expected a constant pool tag (1, 3 to 12, 15 to 20), found " + tag);
        }

        ClassFileWriter handle = new ClassFileWriter();
        int handleAt = 10 + handle.poolSize();
        handle.raw(15, 10, 0, 1);
        expectError(handle.toBytes(), handleAt + 1, "expected a reference_kind from 1 to 9, found 10");

        // an eight-byte constant in the last entry has no room for its unusable second entry
        byte[] lastLong = new ClassFileWriter().toBytes();
        byte[] withLong = new byte[lastLong.length + 9];
        System.arraycopy(lastLong, 0, withLong, 0, 10);
        int poolEnd = 10 + new ClassFileWriter().poolSize();
        System.arraycopy(lastLong, 10, withLong, 10, poolEnd - 10);
        withLong[poolEnd] = 5;
        System.arraycopy(lastLong, poolEnd, withLong, poolEnd + 9, lastLong.length - poolEnd);
        withLong[9]++; // constant_pool_count counts the new entry, but not its second half
        expectError(withLong, poolEnd, "expected CONSTANT_Long 5 to leave room for its second entry");
    }

    @Test
    void reportsMalformedModifiedUtf8EvenWhereUnused() {
        int[][] broken = {{'a', 0}, {0xF0, 0x9F, 0x98, 0x80}, {0x80}, {'a', 0xC3}, {0xE2, 0x82}, {0xC3, 'a'}};
        for (int[] bytes : broken) {
            ClassFileWriter w = new ClassFileWriter();
            int at = 10 + w.poolSize() + 3;
            w.rawUtf8(bytes);
            int bad = bytes[0] == 'a' ? at + 1 : at;
            expectError(w.toBytes(), bad, "expected modified UTF-8 in CONSTANT_Utf8 5");
        }
    }

    @Test
    void reportsIndexesThatPointAtTheWrongConstant() {
        ClassFileWriter outside = new ClassFileWriter();
        byte[] file = outside.toBytes();
        int fieldsCount = file.length - 6;
        byte[] badIndex = withField(file, fieldsCount, 0, 99, 1);
        expectError(badIndex, fieldsCount + 4,
                "expected the name_index of field 0 to be a constant pool index from 1 to 4, found 99");
        expectError(withField(file, fieldsCount, 0, 0, 1), fieldsCount + 4, "found 0");
        // index 2 is the CONSTANT_Class of t/T
        expectError(withField(file, fieldsCount, 0, 2, 1), fieldsCount + 4,
                "expected the name_index of field 0 to point at a CONSTANT_Utf8, found a CONSTANT_Class at index 2");

        ClassFileWriter half = new ClassFileWriter();
        int big = half.longValue(7);
        byte[] halfFile = half.toBytes();
        int count = halfFile.length - 6;
        expectError(withField(halfFile, count, 0, big + 1, 1), count + 4,
                "found " + (big + 1) + ", the second half of an eight-byte constant");
    }

    @Test
    void reportsAttributesThatDoNotFit() {
        ClassFileWriter w = new ClassFileWriter();
        byte[] attribute = w.attribute(w.utf8("Whatever"), 1000, new byte[] {1, 2});
        w.field("f", "I", attribute);
        byte[] file = w.toBytes();
        int at = indexOf(file, attribute);
        expectError(file, at + 2, "expected the attribute_length of Whatever of field f of at most");

        ClassFileWriter duplicate = new ClassFileWriter();
        byte[] empty = new Bytes().u2(0).toArray();
        duplicate.field("f", "I", duplicate.attribute(VISIBLE, empty), duplicate.attribute(INVISIBLE, empty),
                duplicate.attribute(VISIBLE, empty));
        byte[] twice = duplicate.toBytes();
        expectError(twice, twice.length - 6 - 6, "expected at most one " + VISIBLE + " attribute in field f");
    }

    @Test
    void reportsAttributesWhoseLengthDisagreesWithTheirContent() {
        ClassFileWriter longer = new ClassFileWriter();
        byte[] body = new Bytes().u2(0).u1(7).toArray();
        longer.field("f", "I", longer.attribute(VISIBLE, body));
        byte[] file = longer.toBytes();
        expectError(file, indexOf(file, body) + 2,
                "expected the end of the " + VISIBLE + " attribute of field f at offset " + (indexOf(file, body) + 3));

        ClassFileWriter shorter = new ClassFileWriter();
        byte[] cut = new Bytes().u2(1).u1(0x13).u1(0).u1(0).toArray(); // type_index lacks its second byte
        shorter.field("f", "I", shorter.attribute(VISIBLE, cut));
        byte[] file2 = shorter.toBytes();
        int start = indexOf(file2, cut);
        expectError(file2, start + 4,
                "expected type_index of a type annotation (2 bytes), but its attribute ends at offset " + (start + 5));
    }

    @Test
    void reportsTrailingBytes() {
        byte[] file = new ClassFileWriter().toBytes();
        byte[] longer = Arrays.copyOf(file, file.length + 1);
        expectError(longer, file.length, "expected the end of the class file at offset " + (file.length + 1));
    }

    @Test
    void reportsTypeAnnotationsThatNoFieldCanHave() {
        expectAnnotationError(w -> new Bytes().u2(1).u1(0x10).u1(0).toArray(), 2,
                "expected target_type 0x13 (the type of a field) in field f, found 0x10");
        expectAnnotationError(w -> new Bytes().u2(1).u1(0x13).u1(1).u1(4).u1(0).toArray(), 4,
                "expected a type_path_kind from 0 to 3, found 4");
        expectAnnotationError(w -> new Bytes().u2(1).u1(0x13).u1(1).u1(0).u1(1).toArray(), 5,
                "expected type_argument_index 0 after type_path_kind 0, found 1");
        expectAnnotationError(w -> new Bytes().u2(1).u1(0x13).u1(0).u2(w.utf8("I")).u2(0).toArray(), 4,
                "expected type_index of a type annotation to be a class type descriptor (Lname;), found \"I\"");
        expectAnnotationError(w -> new Bytes().u2(1).u1(0x13).u1(0).u2(w.utf8("Lx/A")).u2(0).toArray(), 4,
                "to be a type descriptor, found \"Lx/A\"");
    }

    @Test
    void reportsElementValuesThatDoNotDecode() {
        expectAnnotationError(w -> annotation(w, "v").u1('x').toArray(), 10,
                "expected an element_value tag (one of B C D F I J S Z s e c @ [), found 'x'");
        expectAnnotationError(w -> annotation(w, "v").u1('I').u2(w.longValue(1)).toArray(), 11,
                "expected the const_value_index of an int to point at a CONSTANT_Integer, found a CONSTANT_Long");
        expectAnnotationError(w -> annotation(w, "v").u1('c').u2(w.utf8("Q")).toArray(), 11,
                "expected the class_info_index of a class literal to be a type descriptor, found \"Q\"");
        expectAnnotationError(w -> annotation(w, "v").u1('c').u2(w.utf8("[V")).toArray(), 11,
                "to be a type descriptor, found \"[V\"");
        expectAnnotationError(w -> {
            Bytes b = new Bytes().u2(1).u1(0x13).u1(0).u2(w.utf8("Lx/A;")).u2(2);
            int name = w.utf8("v");
            int one = w.integer(1);
            return b.u2(name).u1('I').u2(one).u2(name).u1('I').u2(one).toArray();
        }, 13, "expected each element once in an annotation, found 'v' again");
        expectAnnotationError(w -> {
            Bytes b = annotation(w, "v");
            for (int i = 0; i < 70; i++) {
                b.u1('[').u2(1);
            }
            return b.u1('Z').u2(w.integer(1)).toArray();
        }, 10 + 65 * 3, "expected annotation values nested at most 64 deep");
    }

    @Test
    void reportsCyclesInInnerClasses() {
        ClassFileWriter w = new ClassFileWriter();
        int a = w.classRef("x/A");
        int b = w.classRef("x/B");
        byte[] innerClasses = new Bytes().u2(2).u2(a).u2(b).u2(w.utf8("A")).u2(0).u2(b).u2(a).u2(w.utf8("B")).u2(0)
                .toArray();
        byte[] body = new Bytes().u2(1).u1(0x13).u1(0).u2(w.utf8("Lx/A;")).u2(0).toArray();
        w.field("f", "I", w.attribute(VISIBLE, body));
        w.classAttribute(w.attribute("InnerClasses", innerClasses));
        byte[] file = w.toBytes();
        expectError(file, indexOf(file, body) + 4, "expected the InnerClasses attribute to nest x/A in a finite chain");
    }

    @Test
    void everyTruncationIsReportedWithItsOffset() {
        for (int length = 0; length < compiled.length; length++) {
            byte[] cut = Arrays.copyOf(compiled, length);
            int end = length;
            assertThatThrownBy(() -> read(cut)).as("cut at %d", end).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("malformed class file at byte offset ");
        }
    }

    @Test
    void everyDamagedByteIsReadOrReportedButNeverCrashes() throws IOException {
        Map<String, List<TypeAnnotation>> intact = read(compiled);
        int reported = 0;
        for (int i = 0; i < compiled.length; i++) {
            for (int damage : new int[] {0x00, 0xFF, 0x80, 0x01}) {
                byte[] damaged = compiled.clone();
                damaged[i] = (byte) (damage == 0x01 ? damaged[i] ^ 1 : damage);
                try {
                    read(damaged);
                } catch (IOException e) {
                    assertThat(e).hasMessageStartingWith("malformed class file at byte offset ");
                    reported++;
                } catch (RuntimeException | StackOverflowError e) {
                    fail("byte " + i + " set to " + damage + " crashed the reader", e);
                }
            }
        }
        assertThat(intact).isNotEmpty();
        assertThat(reported).isPositive();
    }

    private interface Body {
        byte[] write(ClassFileWriter w);
    }

    /** One annotation of type x.A with one element named {@code element}; the value comes next, at body offset 10. */
    private static Bytes annotation(ClassFileWriter w, String element) {
        return new Bytes().u2(1).u1(0x13).u1(0).u2(w.utf8("Lx/A;")).u2(1).u2(w.utf8(element));
    }

    /** Puts {@code body} in a type-annotation attribute of field f; expects an error at {@code offset} in it. */
    private static void expectAnnotationError(Body body, int offset, String expected) {
        ClassFileWriter w = new ClassFileWriter();
        byte[] bytes = body.write(w);
        w.field("f", "I", w.attribute(VISIBLE, bytes));
        byte[] file = w.toBytes();
        expectError(file, indexOf(file, bytes) + offset, expected);
    }

    /** The class file with its empty fields table (at {@code at}) replaced by one field of these indexes. */
    private static byte[] withField(byte[] file, int at, int access, int name, int descriptor) {
        byte[] field = new Bytes().u2(1).u2(access).u2(name).u2(descriptor).u2(0).toArray();
        byte[] out = new byte[file.length + field.length - 2];
        System.arraycopy(file, 0, out, 0, at);
        System.arraycopy(field, 0, out, at, field.length);
        System.arraycopy(file, at + 2, out, at + field.length, file.length - at - 2);
        return out;
    }

    private static void expectError(byte[] file, int offset, String expected) {
        assertThatThrownBy(() -> read(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("malformed class file at byte offset " + offset + ": ")
                .hasMessageContaining(expected);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        int found = -1;
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                assertThat(found).as("the bytes occur once").isEqualTo(-1);
                found = i;
            }
        }
        assertThat(found).as("the bytes occur").isNotNegative();
        return found;
    }

    private static Map<String, List<TypeAnnotation>> read(byte[] bytes) throws IOException {
        return ClassFileTypeAnnotations.readFields(new ByteArrayInputStream(bytes));
    }
}
