package io.fixtura.runtime.snapshot;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Reference;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * A stable one-line description of a field's schema (column, SQL and Java type, nullability, key,
 * uniqueness, reference, constraints with their parameters, nested fields), stored in a snapshot's
 * manifest so that a later load can say which fields changed, not only that the fingerprint did.
 */
public final class FieldDescriptors {

    private FieldDescriptors() {
    }

    /** For example {@code column=email type=VARCHAR(120) java=java.lang.String not-null unique @NotNull @Size(min=1, max=120)}. */
    public static String describe(FieldModel<?> field) {
        StringJoiner out = new StringJoiner(" ");
        out.add("column=" + field.column());
        out.add("type=" + (field.sqlType() == null ? "none" : field.sqlType().toString()));
        out.add("java=" + field.javaType().getName());
        out.add(field.isNullable() ? "nullable" : "not-null");
        if (field.isKey()) {
            out.add("key");
        }
        if (field.isUnique()) {
            out.add("unique");
        }
        Reference reference = field.reference();
        if (reference != null) {
            out.add("references=" + reference.targetTable() + "." + reference.targetField());
        }
        for (Constraint constraint : field.constraints()) {
            out.add(constraint(constraint));
        }
        if (!field.nested().isEmpty()) {
            StringJoiner nested = new StringJoiner("; ", "nested{", "}");
            for (FieldModel<?> inner : field.nested()) {
                nested.add(inner.name() + ": " + describe(inner));
            }
            out.add(nested.toString());
        }
        return out.toString();
    }

    /** A constraint with its parameters, such as {@code @Range(>=1, <=10)} or {@code @Pattern("[a-z]+")}. */
    static String constraint(Constraint c) {
        String name = "@" + c.name();
        if (c instanceof Constraint.Size s) {
            return name + "(min=" + s.min() + ", max=" + s.max() + ")";
        }
        if (c instanceof Constraint.NumberRange r) {
            return name + "(" + bounds(r.min() == null ? null : (r.minInclusive() ? ">=" : ">") + plain(r.min()),
                    r.max() == null ? null : (r.maxInclusive() ? "<=" : "<") + plain(r.max())) + ")";
        }
        if (c instanceof Constraint.TimeRange t) {
            return name + "(" + bounds(t.min() == null ? null : ">=" + t.min(), t.max() == null ? null : "<=" + t.max())
                    + ")";
        }
        if (c instanceof Constraint.Pattern p) {
            return name + "(" + quote(p.regexp()) + ")";
        }
        if (c instanceof Constraint.Digits d) {
            return name + "(integer=" + d.integer() + ", fraction=" + d.fraction() + ")";
        }
        if (c instanceof Constraint.Elements e) {
            return name + "(" + String.join(", ", e.constraints().stream().map(FieldDescriptors::constraint).toList())
                    + ")";
        }
        return name;
    }

    private static String bounds(String min, String max) {
        return String.join(", ", Stream.of(min, max).filter(Objects::nonNull).toList());
    }

    private static String plain(BigDecimal number) {
        return number.toPlainString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
