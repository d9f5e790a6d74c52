package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Empty, then each edge of the inner spec, present ("present: max length 50"); an inner spec
     * without edges gives one present value from a fixed draw.
     */
    @Override
    public List<Edge<Optional<E>>> edges(GenerationContext context) {
        List<Edge<Optional<E>>> edges = new ArrayList<>();
        edges.add(Edge.of("empty", Optional.empty()));
        List<Edge<E>> inner = value.edges(context);
        if (inner.isEmpty()) {
            edges.add(Edge.of("present", Optional.ofNullable(value.next(EdgeList.draw(context, 0)))));
        }
        for (Edge<E> edge : inner) {
            edges.add(edge.<Optional<E>>map(Optional::ofNullable).prefixed("present: "));
        }
        return List.copyOf(edges);
    }

    @Override
    public String toString() {
        return "OptionalSpec[" + value + "]";
    }
}
