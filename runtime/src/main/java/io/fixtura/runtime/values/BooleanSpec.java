package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.util.List;

/**
 * Fair booleans; unique gives the two values to records 0 and 1 in an order keyed by the field.
 *
 * <pre>{@code ValueSpec<Boolean> active = BooleanSpec.any();}</pre>
 */
public final class BooleanSpec implements ValueSpec<Boolean> {

    private static final BooleanSpec ANY = new BooleanSpec(false);
    private static final BooleanSpec UNIQUE = new BooleanSpec(true);

    private final boolean unique;

    private BooleanSpec(boolean unique) {
        this.unique = unique;
    }

    /** True or false, each with probability one half. */
    public static BooleanSpec any() {
        return ANY;
    }

    /** Record 0 and record 1 get different values; there is no third. */
    public BooleanSpec unique() {
        return UNIQUE;
    }

    @Override
    public long capacity() {
        return unique ? 2 : Long.MAX_VALUE;
    }

    @Override
    public Boolean next(Draw draw) {
        return nextBoolean(draw);
    }

    /** The value of this draw, unboxed. */
    public boolean nextBoolean(Draw draw) {
        if (!unique) {
            return draw.nextBoolean();
        }
        long index = draw.index();
        if (index < 0 || index >= 2) {
            throw new IllegalStateException("only 2 distinct values in [false, true], record index " + index
                    + " asked for one more");
        }
        boolean first = (draw.fieldSeed() & 1) == 0;
        return index == 0 == first;
    }

    /** Both values, false first. */
    @Override
    public List<Edge<Boolean>> edges(GenerationContext context) {
        return List.of(Edge.of("false", false), Edge.of("true", true));
    }

    @Override
    public String toString() {
        return unique ? "BooleanSpec[unique]" : "BooleanSpec[any]";
    }
}
