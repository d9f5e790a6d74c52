package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.util.List;

/**
 * How one field's values are made: generated factories hold one spec per field and ask it for a
 * value from that field's {@link Draw}. Specs are immutable and shareable between threads; a value
 * is a pure function of the draw.
 *
 * <pre>{@code ValueSpec<Long> age = IntegralSpec.between(18, 99); long a = age.next(draw);}</pre>
 *
 * @param <T> the type of the values
 */
public interface ValueSpec<T> {

    /** The value of this draw. */
    T next(Draw draw);

    /**
     * Distinct values this spec can give when unique (indexed by {@code draw.index()});
     * {@code Long.MAX_VALUE} if unbounded or not unique.
     */
    default long capacity() {
        return Long.MAX_VALUE;
    }

    /**
     * Like {@link #capacity()}, for a generator with this reference time: a unique time range
     * relative to "now" is resolved against it.
     */
    default long capacity(java.time.Instant referenceTime) {
        return capacity();
    }

    /**
     * This spec's edge values: boundaries, awkward characters, calendar corners, each labelled and
     * each a value the spec accepts (a time range relative to "now" is resolved against the
     * context's reference time). Values are distinct; a unique spec's edges are valid values too,
     * and a caller that uses them keeps each to one record. Values that need no randomness are
     * fixed; the rest (collection elements, pattern strings) come from fixed draws of the context.
     */
    default List<Edge<T>> edges(GenerationContext context) {
        return List.of();
    }
}
