package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Permutation;
import java.util.List;

/**
 * Constants of an enum (or any fixed list), uniform; unique hands each constant to one record.
 *
 * <pre>{@code ValueSpec<Status> status = EnumSpec.of(Status.values());}</pre>
 *
 * @param <E> the type of the constants
 */
public final class EnumSpec<E> implements ValueSpec<E> {

    private final E[] constants;
    private final boolean unique;
    private volatile Permutation permutation;

    private EnumSpec(E[] constants, boolean unique) {
        this.constants = constants;
        this.unique = unique;
    }

    /** Uniform over {@code constants}, which must not be empty; the array is copied. */
    public static <E> EnumSpec<E> of(E[] constants) {
        if (constants.length == 0) {
            throw new IllegalArgumentException("an enum spec needs at least one constant, "
                    + constants.getClass().getComponentType().getName() + " has none");
        }
        return new EnumSpec<>(constants.clone(), false);
    }

    /** Distinct constants: a keyed permutation of the record index over the constants. */
    public EnumSpec<E> unique() {
        return new EnumSpec<>(constants, true);
    }

    @Override
    public long capacity() {
        return unique ? constants.length : Long.MAX_VALUE;
    }

    @Override
    public E next(Draw draw) {
        if (!unique) {
            return constants[draw.nextInt(constants.length)];
        }
        long index = draw.index();
        if (index < 0 || index >= constants.length) {
            throw new IllegalStateException("only " + constants.length + " distinct values of "
                    + constants.getClass().getComponentType().getSimpleName() + ", record index " + index
                    + " asked for one more");
        }
        Permutation p = permutation;
        if (p == null || p.key() != draw.fieldSeed()) {
            p = Permutation.of(constants.length, draw.fieldSeed());
            permutation = p;
        }
        return constants[(int) p.apply(index)];
    }

    /** Every constant, in declaration order, labelled by its name. */
    @Override
    public List<Edge<E>> edges(GenerationContext context) {
        EdgeList<E> list = new EdgeList<>(c -> true, null);
        for (E constant : constants) {
            list.add(String.valueOf(constant), constant);
        }
        return list.build();
    }

    @Override
    public String toString() {
        return "EnumSpec[" + constants.getClass().getComponentType().getSimpleName() + (unique ? ", unique]" : "]");
    }
}
