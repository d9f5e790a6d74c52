package io.fixtura.runtime.values;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One labelled edge value of a field, valid for the spec that made it: a boundary, an awkward
 * character, a calendar corner. {@code unstorableIn} names the SQL dialects (as
 * {@code SqlDialect} names them) that cannot store the value, such as {@code "POSTGRESQL"} for a
 * NUL character in text; a dataset for such a dialect leaves the value out rather than change it.
 *
 * <pre>{@code for (Edge<Long> e : IntegralSpec.between(0, 10).edges(context)) System.out.println(e); // min, zero = 0 …}</pre>
 *
 * @param label what the value is, unique within its spec's catalog ("max length 120", "leap day 2024-02-29")
 * @param value the value itself
 * @param unstorableIn the dialects that cannot store the value; empty for most
 * @param <T> the type of the value
 */
public record Edge<T>(String label, T value, Set<String> unstorableIn) {

    public Edge {
        Objects.requireNonNull(label, "label");
        // sorted, so that messages and reports list the dialects in the same order in every run
        unstorableIn = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(unstorableIn, "unstorableIn")));
    }

    /** An edge every dialect can store. */
    public static <T> Edge<T> of(String label, T value) {
        return new Edge<>(label, value, Set.of());
    }

    /** Whether a database of {@code dialect} (a {@code SqlDialect} name) can store the value. */
    public boolean isStorableIn(String dialect) {
        return !unstorableIn.contains(dialect);
    }

    /** The same edge for a converted value, such as a long boundary seen as an int. */
    public <R> Edge<R> map(Function<? super T, ? extends R> conversion) {
        return new Edge<>(label, conversion.apply(value), unstorableIn);
    }

    /** The same value under {@code prefix + label}, for a value wrapped in another (an Optional, a list). */
    public Edge<T> prefixed(String prefix) {
        return new Edge<>(prefix + label, value, unstorableIn);
    }

    @Override
    public String toString() {
        return unstorableIn.isEmpty() ? label : label + " (not storable in " + String.join(", ", unstorableIn) + ")";
    }
}
