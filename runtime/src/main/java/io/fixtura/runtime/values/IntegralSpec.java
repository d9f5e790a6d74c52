package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Permutation;
import java.math.BigInteger;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Whole numbers in an inclusive range: uniform, unique (a keyed permutation of the record index
 * over the range) or a sequence ({@code min + index}, for keys). Narrower types are views.
 *
 * <pre>{@code ValueSpec<Integer> age = IntegralSpec.between(18, 99).asInt();}</pre>
 */
public final class IntegralSpec implements ValueSpec<Long> {

    private enum Mode { UNIFORM, UNIQUE, SEQUENCE }

    private final long min;
    private final long max;
    /** {@code max - min + 1}, wrapped: zero or negative when the range holds 2^63 values or more. */
    private final long span;
    private final Mode mode;
    private volatile Permutation permutation;

    private IntegralSpec(long min, long max, Mode mode) {
        this.min = min;
        this.max = max;
        this.span = max - min + 1;
        this.mode = mode;
    }

    /** Uniform values in {@code [min, max]}, both inclusive. */
    public static IntegralSpec between(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
        return new IntegralSpec(min, max, Mode.UNIFORM);
    }

    /** Distinct values: record {@code i} gets {@code min + p(i)}, p a permutation keyed by the field. */
    public IntegralSpec unique() {
        return new IntegralSpec(min, max, Mode.UNIQUE);
    }

    /** Record {@code i} gets {@code min + i}: distinct and ascending, for keys. */
    public IntegralSpec sequence() {
        return new IntegralSpec(min, max, Mode.SEQUENCE);
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

    /** The number of values in the range, or {@code Long.MAX_VALUE} when that does not fit a long. */
    public long domain() {
        return span > 0 ? span : Long.MAX_VALUE;
    }

    @Override
    public long capacity() {
        return mode == Mode.UNIFORM ? Long.MAX_VALUE : domain();
    }

    @Override
    public Long next(Draw draw) {
        return nextLong(draw);
    }

    /** The value of this draw, unboxed. */
    public long nextLong(Draw draw) {
        switch (mode) {
            case UNIQUE:
                long index = checkedIndex(draw);
                // Unsigned offsets: min + offset wraps correctly for ranges wider than 2^63.
                return min + permutation(draw.fieldSeed()).apply(index);
            case SEQUENCE:
                return min + checkedIndex(draw);
            default:
                return draw.between(min, max);
        }
    }

    private long checkedIndex(Draw draw) {
        long index = draw.index();
        if (index < 0) {
            throw new IllegalArgumentException("record index must not be negative, was " + index);
        }
        if (span > 0 && index >= span) {
            throw new IllegalStateException("only " + span + " distinct values in [" + min + ", " + max
                    + "], record index " + index + " asked for one more");
        }
        return index;
    }

    private Permutation permutation(long key) {
        Permutation p = permutation;
        if (p == null || p.key() != key) {
            p = Permutation.ofUnsigned(span, key);
            permutation = p;
        }
        return p;
    }

    /** A view of this spec in a narrower type ({@link #asInt()} and the like), which knows its source. */
    public interface View<T> extends ValueSpec<T> {

        /** The spec whose values this view converts. */
        IntegralSpec source();
    }

    /** This spec as {@code int} values; the range must fit an int. */
    public ValueSpec<Integer> asInt() {
        checkFits(Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
        return new View<>() {
            @Override
            public IntegralSpec source() {
                return IntegralSpec.this;
            }

            @Override
            public Integer next(Draw draw) {
                return (int) nextLong(draw);
            }

            @Override
            public long capacity() {
                return IntegralSpec.this.capacity();
            }

            @Override
            public List<Edge<Integer>> edges(GenerationContext context) {
                return edgesAs(Integer.MIN_VALUE, Integer.MAX_VALUE, "int", v -> (int) v);
            }
        };
    }

    /** This spec as {@code short} values; the range must fit a short. */
    public ValueSpec<Short> asShort() {
        checkFits(Short.MIN_VALUE, Short.MAX_VALUE, "short");
        return new View<>() {
            @Override
            public IntegralSpec source() {
                return IntegralSpec.this;
            }

            @Override
            public Short next(Draw draw) {
                return (short) nextLong(draw);
            }

            @Override
            public long capacity() {
                return IntegralSpec.this.capacity();
            }

            @Override
            public List<Edge<Short>> edges(GenerationContext context) {
                return edgesAs(Short.MIN_VALUE, Short.MAX_VALUE, "short", v -> (short) v);
            }
        };
    }

    /** This spec as {@code byte} values; the range must fit a byte. */
    public ValueSpec<Byte> asByte() {
        checkFits(Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
        return new View<>() {
            @Override
            public IntegralSpec source() {
                return IntegralSpec.this;
            }

            @Override
            public Byte next(Draw draw) {
                return (byte) nextLong(draw);
            }

            @Override
            public long capacity() {
                return IntegralSpec.this.capacity();
            }

            @Override
            public List<Edge<Byte>> edges(GenerationContext context) {
                return edgesAs(Byte.MIN_VALUE, Byte.MAX_VALUE, "byte", v -> (byte) v);
            }
        };
    }

    /** This spec as {@link BigInteger} values (for ranges beyond a long, see {@link DecimalSpec#asBigInteger}). */
    public ValueSpec<BigInteger> asBigInteger() {
        return new View<>() {
            @Override
            public IntegralSpec source() {
                return IntegralSpec.this;
            }

            @Override
            public BigInteger next(Draw draw) {
                return BigInteger.valueOf(nextLong(draw));
            }

            @Override
            public long capacity() {
                return IntegralSpec.this.capacity();
            }

            @Override
            public List<Edge<BigInteger>> edges(GenerationContext context) {
                return edgesAs(Long.MIN_VALUE, Long.MAX_VALUE, "long", v -> BigInteger.valueOf(v));
            }
        };
    }

    /**
     * Boundaries (min, min+1, max-1, max) and zero, one and minus one where the range holds them;
     * an end that is also a limit of the type says so ("min, smallest int = -2147483648"), which is
     * how an unconstrained field shows its type's own limits.
     */
    @Override
    public List<Edge<Long>> edges(GenerationContext context) {
        return edgesAs(Long.MIN_VALUE, Long.MAX_VALUE, "long", v -> v);
    }

    private <T> List<Edge<T>> edgesAs(long typeMin, long typeMax, String type, LongFunction<T> conversion) {
        EdgeList<Long> list = new EdgeList<>(v -> v >= min && v <= max, v -> "= " + v);
        list.add("min", min);
        if (min == typeMin) {
            list.add("smallest " + type, min);
        }
        if (min < max) {
            list.add("min+1", min + 1);
            list.add("max-1", max - 1);
        }
        list.add("max", max);
        if (max == typeMax) {
            list.add("largest " + type, max);
        }
        list.add("zero", 0L).add("one", 1L).add("minus one", -1L);
        return list.build().stream().map(e -> e.map(conversion::apply)).toList();
    }

    private void checkFits(long low, long high, String type) {
        if (min < low || max > high) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "] does not fit type " + type
                    + " ([" + low + ", " + high + "])");
        }
    }

    @Override
    public String toString() {
        return "IntegralSpec[" + min + ", " + max + ", " + mode.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
}
