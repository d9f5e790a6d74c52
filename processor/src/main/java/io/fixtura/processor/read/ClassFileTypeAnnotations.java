package io.fixtura.processor.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the type annotations of a class file's fields ({@code List<@Size(max = 20) String>}), which
 * the JDK 17 compiler does not show on type arguments of class-path classes (JDK-8225377). A small,
 * strict reader: it walks the whole class file, and malformed input is an {@link IOException} with
 * the byte offset and what was expected there.
 */
public final class ClassFileTypeAnnotations {

    private static final int FIELD_TARGET = 0x13;
    private static final int MAX_NESTING = 64;
    private static final String VISIBLE = "RuntimeVisibleTypeAnnotations";
    private static final String INVISIBLE = "RuntimeInvisibleTypeAnnotations";

    /** One type annotation of a field: its annotation type, where in the field's type it stands, its values. */
    public record TypeAnnotation(String type, List<PathStep> path, Map<String, Object> values) {
        public TypeAnnotation {
            Objects.requireNonNull(type, "type");
            path = List.copyOf(path);
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * One step from a type into a part of it, as a class file's type_path writes it: {@code
     * List<@A String>} is {@code [TYPE_ARGUMENT 0]}, {@code @A String[]} is {@code [ARRAY]}.
     */
    public record PathStep(int kind, int argument) {
        /** Into an array type's component. */
        public static final int ARRAY = 0;
        /** Into a nested type of the type. */
        public static final int NESTED = 1;
        /** Into the bound of a wildcard type argument. */
        public static final int WILDCARD_BOUND = 2;
        /** Into type argument number {@code argument} (from 0). */
        public static final int TYPE_ARGUMENT = 3;

        public PathStep {
            if (kind < ARRAY || kind > TYPE_ARGUMENT || argument < 0 || argument > 255
                    || (kind != TYPE_ARGUMENT && argument != 0)) {
                throw new IllegalArgumentException("no type path step (" + kind + ", " + argument + ")");
            }
        }

        /** The step into type argument {@code index}. */
        public static PathStep typeArgument(int index) {
            return new PathStep(TYPE_ARGUMENT, index);
        }
    }

    /** An enum constant as an annotation value: its enum's canonical name and the constant's name. */
    public record EnumValue(String type, String name) {
    }

    /** A class literal as an annotation value: {@code "java.lang.String"}, {@code "int[]"}, {@code "void"}. */
    public record ClassValue(String canonicalName) {
    }

    /** An annotation nested in another's value, such as each {@code @Size} of a {@code @Size.List}. */
    public record AnnotationValue(String type, Map<String, Object> values) {
        public AnnotationValue {
            Objects.requireNonNull(type, "type");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private record Span(String name, int start, int end) {
    }

    private final ClassFileInput in;
    private ClassFileConstants pool;
    /** Internal names of member classes, to their outer class's internal name and their simple name. */
    private final Map<String, String[]> members = new HashMap<>();
    private final Set<String> localClasses = new HashSet<>();

    private ClassFileTypeAnnotations(byte[] bytes) {
        this.in = new ClassFileInput(bytes);
    }

    /**
     * The type annotations of every field of the class file, by field name in the order of the
     * fields (fields without any have an empty list), each list in the order of the class file,
     * visible ones (RUNTIME retention) and invisible ones (CLASS retention) alike. Annotation, enum
     * and class names are canonical ({@code "jakarta.validation.constraints.Size.List"}); element
     * values are {@code Integer}, {@code Long}, {@code Float}, {@code Double}, {@code Boolean},
     * {@code Character}, {@code Byte}, {@code Short}, {@code String}, {@link EnumValue},
     * {@link ClassValue}, {@link AnnotationValue}, or a {@code List} of those. Does not close the stream.
     */
    public static Map<String, List<TypeAnnotation>> readFields(InputStream classFile) throws IOException {
        return new ClassFileTypeAnnotations(classFile.readAllBytes()).read();
    }

    private Map<String, List<TypeAnnotation>> read() throws IOException {
        int magic = in.u4("the magic number 0xCAFEBABE");
        if (magic != 0xCAFEBABE) {
            throw in.error(0, "expected the magic number 0xCAFEBABE, found 0x"
                    + Integer.toHexString(magic).toUpperCase(Locale.ROOT));
        }
        in.skip(2, "minor_version");
        int major = in.u2("major_version");
        if (major < 45) {
            throw in.error(6, "expected a major_version of at least 45, found " + major);
        }
        pool = ClassFileConstants.read(in);
        in.skip(6, "access_flags, this_class and super_class");
        in.skip(2 * in.u2("interfaces_count"), "the interfaces");

        // type annotations are decoded after InnerClasses, the last part, which names nested types
        Map<String, List<Span>> fields = new LinkedHashMap<>();
        int fieldCount = in.u2("fields_count");
        for (int i = 0; i < fieldCount; i++) {
            in.skip(2, "the access_flags of field " + i);
            String name = pool.utf8("the name_index of field " + i);
            pool.utf8("the descriptor_index of field " + name);
            List<Span> spans = attributes("field " + name, Set.of(VISIBLE, INVISIBLE));
            fields.computeIfAbsent(name, n -> new ArrayList<>()).addAll(spans);
        }
        int methodCount = in.u2("methods_count");
        for (int i = 0; i < methodCount; i++) {
            in.skip(2, "the access_flags of method " + i);
            String name = pool.utf8("the name_index of method " + i);
            pool.utf8("the descriptor_index of method " + name);
            attributes("method " + name, Set.of());
        }
        for (Span span : attributes("the class", Set.of("InnerClasses"))) {
            innerClasses(span);
        }
        in.expectAt(in.size(), "the class file");

        Map<String, List<TypeAnnotation>> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<Span>> field : fields.entrySet()) {
            List<TypeAnnotation> annotations = new ArrayList<>();
            for (Span span : field.getValue()) {
                annotations.addAll(typeAnnotations(span, field.getKey()));
            }
            result.put(field.getKey(), List.copyOf(annotations));
        }
        return Collections.unmodifiableMap(result);
    }

    /** Reads an attributes table, skipping all but the {@code wanted} ones, whose spans it returns. */
    private List<Span> attributes(String owner, Set<String> wanted) throws IOException {
        List<Span> spans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int count = in.u2("the attributes_count of " + owner);
        for (int i = 0; i < count; i++) {
            int at = in.offset();
            String name = pool.utf8("the attribute_name_index of attribute " + i + " of " + owner);
            int length = in.length("the attribute_length of " + name + " of " + owner);
            if (wanted.contains(name)) {
                if (!seen.add(name)) {
                    throw in.error(at, "expected at most one " + name + " attribute in " + owner + ", found another");
                }
                spans.add(new Span(name, in.offset(), in.offset() + length));
            }
            in.skip(length, "the " + name + " attribute of " + owner);
        }
        return spans;
    }

    private void innerClasses(Span span) throws IOException {
        int resume = in.offset();
        in.window(span.start(), span.end());
        int count = in.u2("number_of_classes of InnerClasses");
        for (int i = 0; i < count; i++) {
            String inner = pool.className("inner_class_info_index of InnerClasses entry " + i);
            String outer = pool.classNameOrNull("outer_class_info_index of InnerClasses entry " + i);
            String simple = pool.utf8OrNull("inner_name_index of InnerClasses entry " + i);
            in.skip(2, "inner_class_access_flags of InnerClasses entry " + i);
            if (outer != null && simple != null) {
                members.put(inner, new String[] {outer, simple});
            } else {
                localClasses.add(inner);
            }
        }
        in.expectAt(span.end(), "the InnerClasses attribute");
        in.window(resume, in.size());
    }

    private List<TypeAnnotation> typeAnnotations(Span span, String field) throws IOException {
        in.window(span.start(), span.end());
        List<TypeAnnotation> annotations = new ArrayList<>();
        int count = in.u2("num_annotations of " + span.name() + " of field " + field);
        for (int i = 0; i < count; i++) {
            int at = in.offset();
            int target = in.u1("the target_type of a type annotation");
            if (target != FIELD_TARGET) {
                throw in.error(at, "expected target_type 0x13 (the type of a field) in field " + field + ", found 0x"
                        + Integer.toHexString(target));
            }
            List<PathStep> path = new ArrayList<>();
            int steps = in.u1("the path_length of a type_path");
            for (int s = 0; s < steps; s++) {
                int stepAt = in.offset();
                int kind = in.u1("a type_path_kind");
                int argument = in.u1("a type_argument_index");
                if (kind > PathStep.TYPE_ARGUMENT) {
                    throw in.error(stepAt, "expected a type_path_kind from 0 to 3, found " + kind);
                }
                if (kind != PathStep.TYPE_ARGUMENT && argument != 0) {
                    throw in.error(stepAt + 1, "expected type_argument_index 0 after type_path_kind " + kind
                            + ", found " + argument);
                }
                path.add(new PathStep(kind, argument));
            }
            String type = objectType("type_index of a type annotation");
            annotations.add(new TypeAnnotation(type, path, elementValuePairs(0)));
        }
        in.expectAt(span.end(), "the " + span.name() + " attribute of field " + field);
        return annotations;
    }

    private Map<String, Object> elementValuePairs(int depth) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        int count = in.u2("num_element_value_pairs");
        for (int i = 0; i < count; i++) {
            int at = in.offset();
            String name = pool.utf8("element_name_index");
            if (values.put(name, elementValue(depth)) != null) {
                throw in.error(at, "expected each element once in an annotation, found '" + name + "' again");
            }
        }
        return values;
    }

    private Object elementValue(int depth) throws IOException {
        int at = in.offset();
        if (depth > MAX_NESTING) {
            throw in.error(at, "expected annotation values nested at most " + MAX_NESTING + " deep");
        }
        int tag = in.u1("an element_value tag");
        return switch (tag) {
            case 'B' -> (byte) pool.number(ClassFileConstants.INTEGER, "the const_value_index of a byte");
            case 'C' -> (char) pool.number(ClassFileConstants.INTEGER, "the const_value_index of a char");
            case 'S' -> (short) pool.number(ClassFileConstants.INTEGER, "the const_value_index of a short");
            case 'I' -> (int) pool.number(ClassFileConstants.INTEGER, "the const_value_index of an int");
            case 'Z' -> pool.number(ClassFileConstants.INTEGER, "the const_value_index of a boolean") != 0;
            case 'J' -> pool.number(ClassFileConstants.LONG, "the const_value_index of a long");
            case 'F' -> Float.intBitsToFloat((int) pool.number(ClassFileConstants.FLOAT,
                    "the const_value_index of a float"));
            case 'D' -> Double.longBitsToDouble(pool.number(ClassFileConstants.DOUBLE,
                    "the const_value_index of a double"));
            case 's' -> pool.utf8("the const_value_index of a String");
            case 'e' -> new EnumValue(objectType("the type_name_index of an enum constant"),
                    pool.utf8("the const_name_index of an enum constant"));
            case 'c' -> new ClassValue(typeName("the class_info_index of a class literal", true));
            case '@' -> new AnnotationValue(objectType("the type_index of a nested annotation"),
                    elementValuePairs(depth + 1));
            case '[' -> {
                int count = in.u2("num_values of an array value");
                List<Object> items = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    items.add(elementValue(depth + 1));
                }
                yield List.copyOf(items);
            }
            default -> throw in.error(at, "expected an element_value tag (one of B C D F I J S Z s e c @ [), found "
                    + (tag >= 0x21 && tag < 0x7F ? "'" + (char) tag + "'" : "0x" + Integer.toHexString(tag)));
        };
    }

    /** Reads a descriptor index that must name a class or interface type, and returns its canonical name. */
    private String objectType(String what) throws IOException {
        int at = in.offset();
        String descriptor = pool.utf8(what);
        if (!descriptor.startsWith("L")) {
            throw in.error(at, "expected " + what + " to be a class type descriptor (Lname;), found \""
                    + descriptor + "\"");
        }
        return descriptorName(descriptor, at, what, false);
    }

    /** Reads a field descriptor (or "V"), and returns the canonical name of its type. */
    private String typeName(String what, boolean voidAllowed) throws IOException {
        int at = in.offset();
        return descriptorName(pool.utf8(what), at, what, voidAllowed);
    }

    private String descriptorName(String descriptor, int at, String what, boolean voidAllowed) throws IOException {
        int dimensions = 0;
        while (dimensions < descriptor.length() && descriptor.charAt(dimensions) == '[') {
            dimensions++;
        }
        String element = descriptor.substring(dimensions);
        String name = switch (element) {
            case "B" -> "byte";
            case "C" -> "char";
            case "D" -> "double";
            case "F" -> "float";
            case "I" -> "int";
            case "J" -> "long";
            case "S" -> "short";
            case "Z" -> "boolean";
            case "V" -> dimensions == 0 && voidAllowed ? "void" : null;
            default -> element.length() > 2 && element.startsWith("L") && element.indexOf(';') == element.length() - 1
                    && element.indexOf('[') < 0 && element.indexOf('.') < 0
                    ? canonical(element.substring(1, element.length() - 1), at) : null;
        };
        if (name == null || dimensions > 255) {
            throw in.error(at, "expected " + what + " to be a type descriptor, found \"" + descriptor + "\"");
        }
        return name + "[]".repeat(dimensions);
    }

    /** The canonical name of a class given its internal name ({@code a/b/Outer$Inner} is {@code a.b.Outer.Inner}). */
    private String canonical(String internal, int at) throws IOException {
        StringBuilder suffix = new StringBuilder();
        String current = internal;
        for (int depth = 0; members.containsKey(current); depth++) {
            if (depth > MAX_NESTING) {
                throw in.error(at, "expected the InnerClasses attribute to nest " + internal
                        + " in a finite chain of classes");
            }
            String[] member = members.get(current);
            suffix.insert(0, "." + member[1]);
            current = member[0];
        }
        String outermost = current.replace('/', '.');
        // a class the file does not list is taken to follow the convention: '$' separates nested names
        return (localClasses.contains(current) ? outermost : outermost.replace('$', '.')) + suffix;
    }
}
