package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Permutation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * Decimals with exactly {@code scale} fraction digits, uniform on the grid of step
 * 10<sup>-scale</sup> inside an inclusive range (min rounded up, max rounded down to the scale).
 * Grids that fit a long are drawn with long arithmetic, larger ones with {@link BigInteger}s.
 *
 * <pre>{@code ValueSpec<BigDecimal> price = DecimalSpec.between(new BigDecimal("0.01"), new BigDecimal("999.99"), 2);}</pre>
 */
public final class DecimalSpec implements ValueSpec<BigDecimal> {

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final int scale;
    private final boolean unique;
    /** The grid's ends as unscaled values: the grid is {@code low..high} times 10^-scale. */
    private final BigInteger low;
    private final BigInteger high;
    private final BigInteger count;
    /** The ends as longs when both fit, for the fast path. */
    private final boolean longGrid;
    private final long lowLong;
    private final long highLong;
    /** The grid size when it fits a long, else -1. */
    private final long countLong;
    /** For unique values on grids beyond a long: the block of grid points each permuted index owns. */
    private final BigInteger stride;
    private volatile Permutation permutation;

    private DecimalSpec(BigInteger low, BigInteger high, int scale, boolean unique) {
        this.scale = scale;
        this.unique = unique;
        this.low = low;
        this.high = high;
        this.count = high.subtract(low).add(BigInteger.ONE);
        this.longGrid = low.bitLength() < 64 && high.bitLength() < 64;
        this.lowLong = low.longValue();
        this.highLong = high.longValue();
        this.countLong = count.compareTo(LONG_MAX) <= 0 ? count.longValueExact() : -1;
        this.stride = countLong < 0 ? count.divide(LONG_MAX) : BigInteger.ONE;
    }

    /**
     * Uniform values with exactly {@code scale} fraction digits in {@code [min, max]}.
     *
     * @throws IllegalArgumentException when no value of that scale lies in the range
     */
    public static DecimalSpec between(BigDecimal min, BigDecimal max, int scale) {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min.toPlainString() + " is above max " + max.toPlainString());
        }
        BigInteger low = min.setScale(scale, RoundingMode.CEILING).unscaledValue();
        BigInteger high = max.setScale(scale, RoundingMode.FLOOR).unscaledValue();
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("no value with " + scale + " fraction digits lies in ["
                    + min.toPlainString() + ", " + max.toPlainString() + "]");
        }
        return new DecimalSpec(low, high, scale, false);
    }

    /** Distinct values: record {@code i} gets grid point {@code p(i)}, p a permutation keyed by the field. */
    public DecimalSpec unique() {
        return new DecimalSpec(low, high, scale, true);
    }

    /** The smallest value this spec gives. */
    public BigDecimal min() {
        return new BigDecimal(low, scale);
    }

    /** The largest value this spec gives. */
    public BigDecimal max() {
        return new BigDecimal(high, scale);
    }

    public int scale() {
        return scale;
    }

    @Override
    public long capacity() {
        return unique && countLong > 0 ? countLong : Long.MAX_VALUE;
    }

    @Override
    public BigDecimal next(Draw draw) {
        if (longGrid && !unique) {
            return BigDecimal.valueOf(draw.between(lowLong, highLong), scale);
        }
        if (longGrid && countLong > 0) {
            // unique here: the offset stays below the count, so lowLong + offset <= highLong
            return BigDecimal.valueOf(lowLong + uniqueOffset(draw), scale);
        }
        return new BigDecimal(nextUnscaled(draw), scale);
    }

    /** This spec's values as whole numbers; the scale must be 0. */
    public ValueSpec<BigInteger> asBigInteger() {
        if (scale != 0) {
            throw new IllegalStateException("only a spec of scale 0 gives whole numbers, this one has scale " + scale);
        }
        return new ValueSpec<>() {
            @Override
            public BigInteger next(Draw draw) {
                return nextUnscaled(draw);
            }

            @Override
            public long capacity() {
                return DecimalSpec.this.capacity();
            }

            @Override
            public List<Edge<BigInteger>> edges(GenerationContext context) {
                return DecimalSpec.this.edges(context).stream().map(e -> e.map(BigDecimal::toBigIntegerExact)).toList();
            }
        };
    }

    /**
     * Boundaries (min, min+step, max-step, max, a step being 10^-scale), zero and plus and minus
     * one and the smallest steps either side of zero where the range holds them, and the value with
     * the most digits: the largest in magnitude whose every fraction digit counts (999.99 for
     * {@code @Digits(integer = 3, fraction = 2)}, 499.99 below a maximum of 500), the precision limit.
     */
    @Override
    public List<Edge<BigDecimal>> edges(GenerationContext context) {
        EdgeList<BigInteger> list = new EdgeList<>(u -> u.compareTo(low) >= 0 && u.compareTo(high) <= 0,
                u -> "= " + new BigDecimal(u, scale).toPlainString());
        BigInteger one = BigInteger.TEN.pow(scale);
        list.add("min", low);
        if (low.compareTo(high) < 0) {
            list.add("min+step", low.add(BigInteger.ONE));
            list.add("max-step", high.subtract(BigInteger.ONE));
        }
        list.add("max", high);
        list.add("zero", BigInteger.ZERO).add("one", one).add("minus one", one.negate());
        if (scale > 0) {
            list.add("smallest positive", BigInteger.ONE).add("smallest negative", BigInteger.ONE.negate());
        }
        list.add("most digits", mostDigits());
        return list.build().stream().map(e -> e.map(u -> new BigDecimal(u, scale))).toList();
    }

    /** The grid point of largest magnitude whose last fraction digit is not zero (for scale 0, the larger end). */
    private BigInteger mostDigits() {
        BigInteger nearHigh = high;
        BigInteger nearLow = low;
        if (scale > 0) {
            nearHigh = high.mod(BigInteger.TEN).signum() == 0 ? high.subtract(BigInteger.ONE) : high;
            nearLow = low.mod(BigInteger.TEN).signum() == 0 ? low.add(BigInteger.ONE) : low;
        }
        return nearLow.abs().compareTo(nearHigh.abs()) > 0 ? nearLow : nearHigh;
    }

    private BigInteger nextUnscaled(Draw draw) {
        if (!unique) {
            if (longGrid) {
                return BigInteger.valueOf(draw.between(lowLong, highLong));
            }
            BigInteger offset = countLong > 0 ? BigInteger.valueOf(draw.below(countLong)) : randomBelow(count, draw);
            return low.add(offset);
        }
        if (countLong > 0) {
            return low.add(BigInteger.valueOf(uniqueOffset(draw)));
        }
        // Index p owns the grid points [p * stride, (p + 1) * stride): distinct indexes land in
        // disjoint blocks, and the position inside a block is free to be random.
        BigInteger block = BigInteger.valueOf(permutation(Long.MAX_VALUE, draw.fieldSeed()).apply(draw.index()));
        return low.add(block.multiply(stride)).add(randomBelow(stride, draw));
    }

    private long uniqueOffset(Draw draw) {
        long index = draw.index();
        if (index >= countLong) {
            throw new IllegalStateException("only " + countLong + " distinct values in [" + min().toPlainString()
                    + ", " + max().toPlainString() + "], record index " + index + " asked for one more");
        }
        return permutation(countLong, draw.fieldSeed()).apply(index);
    }

    private Permutation permutation(long domain, long key) {
        Permutation p = permutation;
        if (p == null || p.key() != key) {
            p = Permutation.of(domain, key);
            permutation = p;
        }
        return p;
    }

    /** A uniform value in {@code [0, bound)} for any positive bound, by rejection on whole words. */
    static BigInteger randomBelow(BigInteger bound, Draw draw) {
        if (bound.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        int bits = bound.bitLength();
        int words = (bits + 63) / 64;
        byte[] bytes = new byte[words * 8 + 1];
        while (true) {
            for (int w = 0; w < words; w++) {
                long word = draw.nextLong();
                for (int b = 0; b < 8; b++) {
                    bytes[1 + w * 8 + b] = (byte) (word >>> (56 - 8 * b));
                }
            }
            BigInteger candidate = new BigInteger(bytes).shiftRight(words * 64 - bits);
            if (candidate.compareTo(bound) < 0) {
                return candidate;
            }
        }
    }

    @Override
    public String toString() {
        return "DecimalSpec[" + min().toPlainString() + ", " + max().toPlainString() + (unique ? ", unique]" : "]");
    }
}
