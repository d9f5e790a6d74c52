package io.fixtura.runtime;

/**
 * One broken constraint in a dataset: a {@link Violation} plus the index of the offending record
 * in its entity's stream. Besides the field constraints of the model, {@code constraint} may be
 * {@code NotNull} (a NOT NULL column), {@code Unique}, {@code PrimaryKey} or {@code ForeignKey};
 * for a composite key or a group unique together, {@code field} names the fields as
 * {@code (a, b)} and {@code value} is the list of their values.
 *
 * <pre>{@code ds.validate().violations().forEach(v -> System.out.println(v.entity() + "[" + v.index() + "]"));}</pre>
 */
public record DatasetViolation(String entity, long index, String field, String constraint, Object value,
        String message) {

    /** {@code violation}, found in record {@code index}. */
    public static DatasetViolation of(long index, Violation violation) {
        return new DatasetViolation(violation.entity(), index, violation.field(), violation.constraint(),
                violation.value(), violation.message());
    }

    /** The same finding without the record index. */
    public Violation violation() {
        return new Violation(entity, field, constraint, value, message);
    }

    @Override
    public String toString() {
        return entity + "[" + index + "]." + field + " " + message + " (@" + constraint + ", value " + quoted(value)
                + ")";
    }

    private static String quoted(Object value) {
        return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    }
}
