package io.fixtura.runtime;

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
    private final String column;
    private final SqlType sqlType;
    private final boolean nullable;
    private final boolean key;
    private final boolean unique;
    private final List<Constraint> constraints;
    private final Reference reference;
    private final List<FieldModel<?>> nested;

    private FieldModel(String name, Class<?> javaType, Function<? super T, ?> reader, String column, SqlType sqlType,
            boolean nullable, boolean key, boolean unique, List<Constraint> constraints, Reference reference,
            List<FieldModel<?>> nested) {
        this.name = name;
        this.javaType = javaType;
        this.reader = reader;
        this.column = column;
        this.sqlType = sqlType;
        this.nullable = nullable;
        this.key = key;
        this.unique = unique;
        this.constraints = constraints;
        this.reference = reference;
        this.nested = nested;
    }

    /** A nullable field with no constraints, its column named as the field. */
    public static <T> FieldModel<T> of(String name, Class<?> javaType, Function<? super T, ?> reader) {
        return new FieldModel<>(Objects.requireNonNull(name), Objects.requireNonNull(javaType),
                Objects.requireNonNull(reader), name, null, true, false, false, List.of(), null, List.of());
    }

    public FieldModel<T> column(String newColumn) {
        return new FieldModel<>(name, javaType, reader, newColumn, sqlType, nullable, key, unique, constraints,
                reference, nested);
    }

    public FieldModel<T> sqlType(SqlType newSqlType) {
        return new FieldModel<>(name, javaType, reader, column, newSqlType, nullable, key, unique, constraints,
                reference, nested);
    }

    public FieldModel<T> notNull() {
        return new FieldModel<>(name, javaType, reader, column, sqlType, false, key, unique, constraints, reference,
                nested);
    }

    public FieldModel<T> key() {
        return new FieldModel<>(name, javaType, reader, column, sqlType, false, true, unique, constraints, reference,
                nested);
    }

    public FieldModel<T> unique() {
        return new FieldModel<>(name, javaType, reader, column, sqlType, nullable, key, true, constraints, reference,
                nested);
    }

    public FieldModel<T> constraints(Constraint... newConstraints) {
        return new FieldModel<>(name, javaType, reader, column, sqlType, nullable, key, unique,
                List.of(newConstraints), reference, nested);
    }

    public FieldModel<T> references(Reference newReference) {
        return new FieldModel<>(name, javaType, reader, column, sqlType, nullable, key, unique, constraints,
                newReference, nested);
    }

    /** The fields of the nested value (or of each element of a collection of nested values) this field holds. */
    public FieldModel<T> nested(List<? extends FieldModel<?>> newNested) {
        return new FieldModel<>(name, javaType, reader, column, sqlType, nullable, key, unique, constraints,
                reference, List.copyOf(newNested));
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
