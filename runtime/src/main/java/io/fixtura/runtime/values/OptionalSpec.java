package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import java.util.Optional;

/**
 * Optionals that are empty at the context's null rate and otherwise hold a value of the inner spec.
 *
 * <pre>{@code ValueSpec<Optional<String>> nickname = OptionalSpec.of(nicknameSpec);}</pre>
 *
 * @param <E> the type of the value inside
 */
public final class OptionalSpec<E> implements ValueSpec<Optional<E>> {

    private final ValueSpec<E> value;

    private OptionalSpec(ValueSpec<E> value) {
        this.value = value;
    }

    public static <E> OptionalSpec<E> of(ValueSpec<E> value) {
        return new OptionalSpec<>(value);
    }

    @Override
    public Optional<E> next(Draw draw) {
        if (draw.nullable()) {
            return Optional.empty();
        }
        return Optional.ofNullable(value.next(draw));
    }

    @Override
    public String toString() {
        return "OptionalSpec[" + value + "]";
    }
}
