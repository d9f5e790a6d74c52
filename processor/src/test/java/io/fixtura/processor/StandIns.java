package io.fixtura.processor;

import static io.fixtura.processor.TestCompiler.source;

import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Stand-in sources for annotation jars the processor test class path lacks (javax Bean Validation,
 * JPA): the processor reads annotations by qualified name, so a type of the right name and
 * attributes is all it sees of the real one. Compiled with the entities that use them, never put on
 * the test class path itself.
 */
final class StandIns {

    private static final String TARGETS = "@java.lang.annotation.Target({java.lang.annotation.ElementType.FIELD,"
            + " java.lang.annotation.ElementType.METHOD, java.lang.annotation.ElementType.PARAMETER,"
            + " java.lang.annotation.ElementType.TYPE_USE})";

    private StandIns() {
    }

    /** {@code javax.validation.constraints}: NotNull, Size, Min, Max, Pattern (with Flag), Email; CLASS retention. */
    static List<JavaFileObject> javaxValidation() {
        return List.of(
                javax("NotNull", ""),
                javax("Size", "int min() default 0; int max() default Integer.MAX_VALUE;"),
                javax("Min", "long value();"),
                javax("Max", "long value();"),
                javax("Email", "String regexp() default \".*\"; Pattern.Flag[] flags() default {};"),
                javax("Pattern", "String regexp(); Flag[] flags() default {};"
                        + " enum Flag { UNIX_LINES, CASE_INSENSITIVE, COMMENTS, MULTILINE, DOTALL, UNICODE_CASE,"
                        + " CANON_EQ }"));
    }

    private static JavaFileObject javax(String name, String attributes) {
        return source("javax.validation.constraints." + name,
                "package javax.validation.constraints;",
                "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)",
                TARGETS,
                "public @interface " + name + " {",
                "  String message() default \"{javax.validation.constraints." + name + ".message}\";",
                "  Class<?>[] groups() default {};",
                "  " + attributes,
                "}");
    }

    /** {@code jakarta.persistence}: Entity, Table, UniqueConstraint, Column, Id, ManyToOne, OneToOne, JoinColumn, Transient. */
    static List<JavaFileObject> jakartaPersistence() {
        return List.of(
                jpa("Entity", "TYPE", "String name() default \"\";"),
                jpa("Table", "TYPE", "String name() default \"\"; String schema() default \"\";"
                        + " UniqueConstraint[] uniqueConstraints() default {};"),
                jpa("UniqueConstraint", "TYPE", "String[] columnNames();"),
                jpa("Column", "FIELD, java.lang.annotation.ElementType.METHOD",
                        "String name() default \"\"; boolean unique() default false; boolean nullable() default true;"
                                + " int length() default 255; int precision() default 0; int scale() default 0;"),
                jpa("Id", "FIELD, java.lang.annotation.ElementType.METHOD", ""),
                jpa("ManyToOne", "FIELD, java.lang.annotation.ElementType.METHOD", "boolean optional() default true;"),
                jpa("OneToOne", "FIELD, java.lang.annotation.ElementType.METHOD", "boolean optional() default true;"),
                jpa("JoinColumn", "FIELD, java.lang.annotation.ElementType.METHOD",
                        "String name() default \"\"; boolean nullable() default true;"),
                jpa("Transient", "FIELD, java.lang.annotation.ElementType.METHOD", ""));
    }

    private static JavaFileObject jpa(String name, String targets, String attributes) {
        return source("jakarta.persistence." + name,
                "package jakarta.persistence;",
                "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
                "@java.lang.annotation.Target({java.lang.annotation.ElementType." + targets + "})",
                "public @interface " + name + " { " + attributes + " }");
    }

    /** {@code first} followed by {@code more}, as one array for the compile helpers. */
    static JavaFileObject[] with(List<JavaFileObject> first, JavaFileObject... more) {
        JavaFileObject[] all = new JavaFileObject[first.size() + more.length];
        for (int i = 0; i < first.size(); i++) {
            all[i] = first.get(i);
        }
        System.arraycopy(more, 0, all, first.size(), more.length);
        return all;
    }
}
