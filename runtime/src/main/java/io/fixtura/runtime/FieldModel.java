package io.fixtura.runtime;

import io.fixtura.annotations.Sensitive;
import io.fixtura.runtime.values.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field of an entity (or of a nested value) as the runtime sees it: its name and column, Java
 * and SQL types, whether it is nullable, part of the key or unique, its constraints, the entity it
 * references, the fields of a nested value, and read access to it. Immutable; the fluent methods
 * return copies and are meant for generated models.
 *
 * <pre>{@code FieldModel<User> email = UserModel.INSTANCE.field("email"); Object v = email.get(user);}</pre>
 */
public final class FieldModel<T> {

    private final String name;
    private final Class<?> javaType;
    private final Function<? super T, ?> reader;
    private String column;
    private SqlType sqlType;
    private boolean nullable = true;
    private boolean key;
    private boolean unique;
    private List<Constraint> constraints = List.of();
    private Reference reference;
    private List<FieldModel<?>> nested = List.of();
    private Sensitive.Strategy sensitive;
    private Kind kind;

    private FieldModel(String name, Class<?> javaType, Function<? super T, ?> reader) {
        this.name = name;
        this.javaType = javaType;
        this.reader = reader;
        this.column = name;
    }

    /** A nullable field with no constraints, its column named as the field. */
    public static <T> FieldModel<T> of(String name, Class<?> javaType, Function<? super T, ?> reader) {
        return new FieldModel<>(Objects.requireNonNull(name), Objects.requireNonNull(javaType),
                Objects.requireNonNull(reader));
    }

    /** A copy to change one property of: the fluent methods never change the field they are called on. */
    private FieldModel<T> copy() {
        FieldModel<T> copy = new FieldModel<>(name, javaType, reader);
        copy.column = column;
        copy.sqlType = sqlType;
        copy.nullable = nullable;
        copy.key = key;
        copy.unique = unique;
        copy.constraints = constraints;
        copy.reference = reference;
        copy.nested = nested;
        copy.sensitive = sensitive;
        copy.kind = kind;
        return copy;
    }

    public FieldModel<T> column(String newColumn) {
        FieldModel<T> copy = copy();
        copy.column = newColumn;
        return copy;
    }

    public FieldModel<T> sqlType(SqlType newSqlType) {
        FieldModel<T> copy = copy();
        copy.sqlType = newSqlType;
        return copy;
    }

    public FieldModel<T> notNull() {
        FieldModel<T> copy = copy();
        copy.nullable = false;
        return copy;
    }

    public FieldModel<T> key() {
        FieldModel<T> copy = copy();
        copy.nullable = false;
        copy.key = true;
        return copy;
    }

    public FieldModel<T> unique() {
        FieldModel<T> copy = copy();
        copy.unique = true;
        return copy;
    }

    public FieldModel<T> constraints(Constraint... newConstraints) {
        FieldModel<T> copy = copy();
        copy.constraints = List.of(newConstraints);
        return copy;
    }

    public FieldModel<T> references(Reference newReference) {
        FieldModel<T> copy = copy();
        copy.reference = newReference;
        return copy;
    }

    /** The fields of the nested value (or of each element of a collection of nested values) this field holds. */
    public FieldModel<T> nested(List<? extends FieldModel<?>> newNested) {
        FieldModel<T> copy = copy();
        copy.nested = List.copyOf(newNested);
        return copy;
    }

    /**
     * Marks the field as personal data that anonymizers rewrite by {@code strategy}; {@code valueKind}
     * (a name, an email, …; null if none) is what its fakes are drawn from.
     */
    public FieldModel<T> sensitive(Sensitive.Strategy strategy, Kind valueKind) {
        FieldModel<T> copy = copy();
        copy.sensitive = Objects.requireNonNull(strategy, "strategy");
        copy.kind = valueKind;
        return copy;
    }

    public String name() {
        return name;
    }

    /** The declared type, erased ({@code List.class} for a {@code List<String>}). */
    public Class<?> javaType() {
        return javaType;
    }

    public String column() {
        return column;
    }

    public SqlType sqlType() {
        return sqlType;
    }

    public boolean isNullable() {
        return nullable;
    }

    public boolean isKey() {
        return key;
    }

    public boolean isUnique() {
        return unique;
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    /** The entity this field references, or null. */
    public Reference reference() {
        return reference;
    }

    public List<FieldModel<?>> nested() {
        return nested;
    }

    /** How anonymizers rewrite this field, or null when it is not personal data. */
    public Sensitive.Strategy sensitive() {
        return sensitive;
    }

    /** The kind of value a sensitive field's fakes are drawn from, or null. */
    public Kind kind() {
        return kind;
    }

    /** This field's value in {@code entity}. */
    public Object get(T entity) {
        return reader.apply(entity);
    }

    /** Checks {@code value} (this field's value) and any nested values, adding what is broken to {@code out}. */
    void check(String entity, String path, Object value, Constraint.CheckClock clock, List<Violation> out) {
        for (Constraint constraint : constraints) {
            String message = constraint.check(value, clock);
            if (message != null) {
                out.add(new Violation(entity, path, constraint.name(), value, message));
            }
        }
        if (value == null || nested.isEmpty()) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int position = 0;
            for (Object item : new ArrayList<>(items)) {
                checkNested(entity, path + "[" + position++ + "]", item, clock, out);
            }
        } else if (value instanceof java.util.Optional<?> optional) {
            optional.ifPresent(item -> checkNested(entity, path, item, clock, out));
        } else {
            checkNested(entity, path, value, clock, out);
        }
    }

    @SuppressWarnings("unchecked")
    private void checkNested(String entity, String path, Object value, Constraint.CheckClock clock,
            List<Violation> out) {
        if (value == null) {
            return;
        }
        for (FieldModel<?> field : nested) {
            FieldModel<Object> f = (FieldModel<Object>) field;
            f.check(entity, path + "." + f.name, f.get(value), clock, out);
        }
    }

    @Override
    public String toString() {
        return name + " " + javaType.getSimpleName() + (sqlType == null ? "" : " -> " + column + " " + sqlType);
    }
}
