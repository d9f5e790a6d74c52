package io.fixtura.runtime;

/**
 * An instance that breaks exactly one constraint, for negative tests: which field, which
 * constraint (named after its annotation, as Bean Validation names it) and the offending value.
 *
 * <pre>{@code for (Invalid<User> bad : UserFactory.invalidCases()) assertThrows(..., () -> service.save(bad.value()));}</pre>
 */
public record Invalid<T>(T value, String field, String constraint, Object invalidValue, String description) {

    @Override
    public String toString() {
        return value.getClass().getSimpleName() + "." + field + " breaks @" + constraint + ": " + description;
    }
}
