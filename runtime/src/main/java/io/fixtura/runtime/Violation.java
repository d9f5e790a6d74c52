package io.fixtura.runtime;

/**
 * One broken constraint: which entity and field (a dotted path into nested values, {@code [i]}
 * into collections), which constraint by its annotation's simple name, the offending value and a
 * readable message.
 *
 * <pre>{@code UserModel.INSTANCE.validate(user).forEach(v -> System.out.println(v));}</pre>
 */
public record Violation(String entity, String field, String constraint, Object value, String message) {

    @Override
    public String toString() {
        return entity + "." + field + " " + message + " (@" + constraint + ", value " + quoted(value) + ")";
    }

    private static String quoted(Object value) {
        return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    }
}
