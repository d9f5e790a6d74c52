package io.fixtura.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Source text of many distinct {@code @TestEntity} classes for {@link CompileCost}: records and
 * setter-style classes, with UUID or Long keys, unique emails, sized and patterned strings, ranges,
 * enums, dates and times, decimals with {@code @Digits}, element constraints, and references to
 * earlier entities (so the reference graph has no cycle).
 */
final class EntitySources {

    static final String PACKAGE = "bench.domain";

    private static final String[] ENUMS = {"Level", "Tint", "Phase"};
    private static final String[][] CONSTANTS = {{"LOW", "MEDIUM", "HIGH"},
        {"RED", "GREEN", "BLUE", "CYAN", "MAGENTA"}, {"DRAFT", "ACTIVE", "RETIRED", "ARCHIVED"}};
    private static final String[] PATTERNS = {"[A-Z]{3}-\\\\d{4}", "[a-z]{2,5}_\\\\d{2}", "\\\\d{5}",
        "(ab|cd)[0-9a-f]{6}"};

    /** A field: its annotations and type, and the field name. */
    private record Field(String declaration, String type, String name) {
    }

    private EntitySources() {
    }

    /** File name (relative to the source root) → text: the shared enums and {@code count} entities. */
    static List<String[]> all(int count) {
        List<String[]> files = new ArrayList<>();
        for (int e = 0; e < ENUMS.length; e++) {
            files.add(new String[] {path(ENUMS[e]), "package " + PACKAGE + ";\n\npublic enum " + ENUMS[e] + " { "
                    + String.join(", ", CONSTANTS[e]) + " }\n"});
        }
        for (int i = 0; i < count; i++) {
            files.add(new String[] {path(name(i)), entity(i)});
        }
        return files;
    }

    static String name(int i) {
        return String.format(Locale.ROOT, "Entity%03d", i);
    }

    private static String path(String simpleName) {
        return PACKAGE.replace('.', '/') + "/" + simpleName + ".java";
    }

    private static boolean uuidKey(int i) {
        return i % 3 == 0;
    }

    private static List<Field> fields(int i) {
        List<Field> f = new ArrayList<>();
        f.add(new Field("@Id", uuidKey(i) ? "UUID" : "Long", "id"));
        if (i % 2 == 0) {
            f.add(new Field("@NotBlank @Email @Unique @Size(max = " + (60 + i % 60) + ")", "String", "email"));
        } else {
            f.add(new Field("@NotBlank @Size(min = 2, max = " + (20 + i % 50) + ")", "String", "fullName"));
        }
        f.add(new Field("@Range(min = \"" + i % 10 + "\", max = \"" + (100 + i) + "\")", "int", "quantity"));
        f.add(new Field("@NotNull @Pattern(regexp = \"" + PATTERNS[i % PATTERNS.length] + "\")", "String", "code"));
        String enumType = ENUMS[i % ENUMS.length];
        f.add(new Field("@NotNull", enumType, enumType.toLowerCase(Locale.ROOT)));
        f.add(new Field("@NotNull @Range(min = \"2000-01-01\", max = \"now\")", "LocalDate", "since"));
        if (i % 3 == 1) {
            f.add(new Field("@NotNull @Past", "Instant", "createdAt"));
        } else {
            f.add(new Field("@PastOrPresent", "LocalDateTime", "updatedAt"));
        }
        f.add(new Field("@NotNull @Digits(integer = " + (4 + i % 5) + ", fraction = 2) @DecimalMin(\"0.01\")",
                "BigDecimal", "price"));
        if (i % 4 == 2) {
            f.add(new Field("@Size(max = 3)", "List<@NotBlank @Size(max = 15) String>", "labels"));
        }
        if (i % 5 == 3) {
            f.add(new Field("@Min(-50) @Max(50)", "double", "score"));
            f.add(new Field("", "boolean", "active"));
        }
        if (i % 6 == 4) {
            f.add(new Field("@Size(max = 200)", "String", "description"));
            f.add(new Field("", "String", "city"));
        }
        if (i > 0 && i % 2 == 1) {
            int parent = Math.max(0, i - 1 - i % 7);
            f.add(new Field("@NotNull @References(" + name(parent) + ".class)", uuidKey(parent) ? "UUID" : "Long",
                    "parentId"));
        }
        return f;
    }

    private static String entity(int i) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n")
                .append("import io.fixtura.annotations.*;\n")
                .append("import jakarta.persistence.Id;\n")
                .append("import jakarta.validation.constraints.*;\n")
                .append("import java.math.BigDecimal;\n")
                .append("import java.time.*;\n")
                .append("import java.util.List;\n")
                .append("import java.util.UUID;\n\n")
                .append("@TestEntity\n");
        List<Field> fields = fields(i);
        if (i % 2 == 0) {
            s.append("public record ").append(name(i)).append("(\n");
            for (int k = 0; k < fields.size(); k++) {
                Field f = fields.get(k);
                s.append("        ").append(f.declaration()).append(' ').append(f.type()).append(' ')
                        .append(f.name()).append(k + 1 < fields.size() ? ",\n" : ") {\n}\n");
            }
            return s.toString();
        }
        s.append("public class ").append(name(i)).append(" {\n");
        for (Field f : fields) {
            s.append("    ").append(f.declaration()).append("\n    private ").append(f.type()).append(' ')
                    .append(f.name()).append(";\n");
        }
        for (Field f : fields) {
            String cap = Character.toUpperCase(f.name().charAt(0)) + f.name().substring(1);
            String plain = f.type().startsWith("List") ? "List<String>" : f.type();
            s.append("    public ").append(plain).append(' ').append(f.type().equals("boolean") ? "is" : "get")
                    .append(cap).append("() { return ").append(f.name()).append("; }\n")
                    .append("    public void set").append(cap).append('(').append(plain).append(" value) { this.")
                    .append(f.name()).append(" = value; }\n");
        }
        return s.append("}\n").toString();
    }
}
