package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Permutation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * Finite doubles (or floats, through {@link #asFloat()}) in an inclusive range: uniform, or rounded
 * to a number of decimals, or unique on such a rounded grid. Bounds are compared as the double
 * values themselves, which is what Bean Validation does ({@code BigDecimal.valueOf(double)}).
 *
 * <pre>{@code ValueSpec<Double> latitude = DoubleSpec.between(-90, 90).rounded(6);}</pre>
 */
public final class DoubleSpec implements ValueSpec<Double> {

    /** The grid unique values use when no rounding was asked for. */
    public static final int DEFAULT_UNIQUE_SCALE = 6;

    private static final double[] POWERS_OF_TEN = new double[23];
    private static final float[] FLOAT_POWERS_OF_TEN = new float[11];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
        for (int i = 0; i < FLOAT_POWERS_OF_TEN.length; i++) {
            FLOAT_POWERS_OF_TEN[i] = (float) POWERS_OF_TEN[i];
        }
    }

    private enum Shape { UNIFORM, GRID, WIDE_GRID, ORDINALS }

    /** The bounds as given, kept so that later calls ({@code rounded}, {@code asFloat}) start from them. */
    private final double givenMin;
    private final double givenMax;
    /** The bounds the values respect: the given ones, or the floats just inside them. */
    private final double min;
    private final double max;
    private final int scale;
    private final boolean unique;
    private final boolean single;
    private final Shape shape;
    /** GRID: values are k * 10^-gridScale for k in [low, high]; ORDINALS: the ordinals of representable values. */
    private final int gridScale;
    private final long low;
    private final long high;
    private final BigDecimal wideLow;
    private final BigDecimal wideHigh;
    private volatile Permutation permutation;

    private DoubleSpec(double givenMin, double givenMax, int scale, boolean unique, boolean single) {
        this.givenMin = givenMin;
        this.givenMax = givenMax;
        this.scale = scale;
        this.unique = unique;
        this.single = single;
        if (single) {
            min = floatAtLeast(givenMin);
            max = floatAtMost(givenMax);
            if (min > max) {
                throw new IllegalArgumentException("no float lies in [" + givenMin + ", " + givenMax + "]");
            }
        } else {
            min = givenMin;
            max = givenMax;
        }
        if (!unique) {
            gridScale = scale;
            if (scale < 0) {
                shape = Shape.UNIFORM;
                low = high = 0;
                wideLow = wideHigh = null;
                return;
            }
            wideLow = decimal(min).setScale(scale, RoundingMode.CEILING);
            wideHigh = decimal(max).setScale(scale, RoundingMode.FLOOR);
            if (wideLow.compareTo(wideHigh) > 0) {
                throw noGridPoint(scale);
            }
            boolean fits = wideLow.unscaledValue().bitLength() < 64 && wideHigh.unscaledValue().bitLength() < 64;
            shape = fits ? Shape.GRID : Shape.WIDE_GRID;
            low = fits ? wideLow.unscaledValue().longValue() : 0;
            high = fits ? wideHigh.unscaledValue().longValue() : 0;
            return;
        }
        wideLow = wideHigh = null;
        // Grid points k * 10^-s are distinct doubles (floats) while |k| < 2^52 (2^23): their
        // spacing is then wider than an ulp. So the scale drops until the whole grid fits that (or
        // the next scale has no grid point in the range). A grid still too wide keeps its part
        // inside the limit; a range wholly beyond it takes every representable value, all whole there.
        BigInteger limit = BigInteger.valueOf(single ? (1L << 23) - 1 : (1L << 52) - 1);
        int s = scale < 0 ? DEFAULT_UNIQUE_SCALE : scale;
        BigInteger[] grid = grid(s);
        if (grid == null && scale >= 0) {
            throw noGridPoint(scale);
        }
        while (grid != null && (grid[0].compareTo(limit.negate()) < 0 || grid[1].compareTo(limit) > 0)
                && s > 0 && grid(s - 1) != null) {
            s--;
            grid = grid(s);
        }
        if (grid != null && grid[0].compareTo(limit) <= 0 && grid[1].compareTo(limit.negate()) >= 0) {
            shape = Shape.GRID;
            gridScale = s;
            low = grid[0].max(limit.negate()).longValueExact();
            high = grid[1].min(limit).longValueExact();
        } else {
            shape = Shape.ORDINALS;
            gridScale = 0;
            low = ordinal(min);
            high = ordinal(max);
        }
    }

    /** Uniform finite doubles in {@code [min, max]}. */
    public static DoubleSpec between(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("bounds must be finite, were [" + min + ", " + max + "]");
        }
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
        return new DoubleSpec(min, max, -1, false, false);
    }

    /** Values rounded to {@code scale} decimals, still inside the bounds. */
    public DoubleSpec rounded(int scale) {
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative, was " + scale);
        }
        return new DoubleSpec(givenMin, givenMax, scale, unique, single);
    }

    /**
     * Distinct values: a keyed permutation of the record index over the rounded grid (scale
     * {@value #DEFAULT_UNIQUE_SCALE} unless {@link #rounded} says otherwise). Where the range lies
     * beyond 2<sup>52</sup> the grid gets coarser, down to whole numbers, so that distinct grid
     * points stay distinct doubles.
     */
    public DoubleSpec unique() {
        return new DoubleSpec(givenMin, givenMax, scale, true, single);
    }

    /** This spec as floats: bounds move inside to the nearest floats, and uniqueness holds for the floats. */
    public ValueSpec<Float> asFloat() {
        DoubleSpec floats = new DoubleSpec(givenMin, givenMax, scale, unique, true);
        return new ValueSpec<>() {
            @Override
            public Float next(Draw draw) {
                return (float) floats.nextDouble(draw);
            }

            @Override
            public long capacity() {
                return floats.capacity();
            }

            @Override
            public List<Edge<Float>> edges(GenerationContext context) {
                return floats.edges(context).stream().map(e -> e.map(Double::floatValue)).toList();
            }

            @Override
            public String toString() {
                return floats.toString();
            }
        };
    }

    @Override
    public long capacity() {
        if (!unique) {
            return Long.MAX_VALUE;
        }
        long count = high - low + 1;
        return count > 0 ? count : Long.MAX_VALUE;
    }

    @Override
    public Double next(Draw draw) {
        return nextDouble(draw);
    }

    /** The value of this draw, unboxed (a float's value when this spec makes floats). */
    public double nextDouble(Draw draw) {
        switch (shape) {
            case GRID:
                return atGrid(unique ? low + uniqueOffset(draw) : draw.between(low, high), gridScale);
            case WIDE_GRID:
                BigDecimal rounded = decimal(uniform(draw)).setScale(gridScale, RoundingMode.HALF_EVEN);
                rounded = rounded.max(wideLow).min(wideHigh);
                return single ? rounded.floatValue() : rounded.doubleValue();
            case ORDINALS:
                return fromOrdinal(low + uniqueOffset(draw));
            default:
                double value = uniform(draw);
                return single ? (float) value : value;
        }
    }

    /**
     * Boundaries (min, max and the values one step inside them: one ulp, or one grid step when
     * rounded or unique), zero and plus and minus one, and the smallest positive (and, on a grid,
     * negative) value, each where the range holds it and as the spec would make it (on its grid,
     * a float when it makes floats). Ends at the type's limits say so ("max, largest double").
     */
    @Override
    public List<Edge<Double>> edges(GenerationContext context) {
        EdgeList<Double> list = new EdgeList<>(v -> v >= min && v <= max,
                v -> "= " + (single ? Float.toString((float) (double) v) : Double.toString(v)));
        String type = single ? "float" : "double";
        double limit = single ? Float.MAX_VALUE : Double.MAX_VALUE;
        switch (shape) {
            case GRID -> {
                list.add("min", atGrid(low, gridScale));
                if (low < high) {
                    list.add("min+step", atGrid(low + 1, gridScale)).add("max-step", atGrid(high - 1, gridScale));
                }
                list.add("max", atGrid(high, gridScale));
                if (gridScale < 19) {
                    long one = (long) POWERS_OF_TEN[gridScale];
                    addIfOnGrid(list, "zero", 0);
                    addIfOnGrid(list, "one", one);
                    addIfOnGrid(list, "minus one", -one);
                }
                if (gridScale > 0) {
                    addIfOnGrid(list, "smallest positive", 1);
                    addIfOnGrid(list, "smallest negative", -1);
                }
            }
            case WIDE_GRID -> {
                BigDecimal step = BigDecimal.ONE.movePointLeft(gridScale);
                addIfWithin(list, "min", wideLow);
                addIfWithin(list, "min+step", wideLow.add(step));
                addIfWithin(list, "max-step", wideHigh.subtract(step));
                addIfWithin(list, "max", wideHigh);
                addIfWithin(list, "zero", BigDecimal.ZERO);
                addIfWithin(list, "one", BigDecimal.ONE);
                addIfWithin(list, "minus one", BigDecimal.ONE.negate());
                addIfWithin(list, "smallest positive", step);
            }
            case ORDINALS -> {
                list.add("min", fromOrdinal(low)).add("min+ulp", fromOrdinal(low + 1));
                list.add("max-ulp", fromOrdinal(high - 1)).add("max", fromOrdinal(high));
                list.add("zero", 0.0).add("one", 1.0).add("minus one", -1.0);
            }
            default -> {
                list.add("min", min);
                if (min < max) {
                    list.add("min+ulp", single ? (double) Math.nextUp((float) min) : Math.nextUp(min));
                    list.add("max-ulp", single ? (double) Math.nextDown((float) max) : Math.nextDown(max));
                }
                list.add("max", max).add("zero", 0.0).add("one", 1.0).add("minus one", -1.0);
                list.add("smallest positive normal", single ? (double) Float.MIN_NORMAL : Double.MIN_NORMAL);
            }
        }
        list.add("smallest " + type, -limit).add("largest " + type, limit);
        return list.build();
    }

    /** Adds a point of the wide grid when it lies between the grid's ends. */
    private void addIfWithin(EdgeList<Double> list, String role, BigDecimal value) {
        if (value.compareTo(wideLow) >= 0 && value.compareTo(wideHigh) <= 0) {
            list.add(role, single ? (double) value.floatValue() : value.doubleValue());
        }
    }

    /** Adds grid point {@code k} when the grid holds it. */
    private void addIfOnGrid(EdgeList<Double> list, String role, long k) {
        if (k >= low && k <= high) {
            list.add(role, atGrid(k, gridScale));
        }
    }

    /** Uniform in [min, max], without overflow when max - min exceeds Double.MAX_VALUE. */
    private double uniform(Draw draw) {
        double u = draw.nextDouble();
        double width = max - min;
        double value = Double.isInfinite(width) ? 2 * (min / 2 + u * (max / 2 - min / 2)) : min + u * width;
        return Math.min(max, Math.max(min, value));
    }

    /**
     * The double (or float) nearest to k * 10^-s. Beyond the integers a double holds exactly, a
     * uniform value may be an ulp off instead (one rounding more) and is kept inside the bounds;
     * unique values, whose grids stay below 2^52, are always the nearest.
     */
    private double atGrid(long k, int s) {
        if (s < FLOAT_POWERS_OF_TEN.length && single && Math.abs(k) < (1L << 24)) {
            return (float) k / FLOAT_POWERS_OF_TEN[s];
        }
        if (s < POWERS_OF_TEN.length && !single && Math.abs(k) < (1L << 53)) {
            return k / POWERS_OF_TEN[s];
        }
        if (unique || s >= POWERS_OF_TEN.length) {
            return single ? BigDecimal.valueOf(k, s).floatValue() : BigDecimal.valueOf(k, s).doubleValue();
        }
        double value = k / POWERS_OF_TEN[s];
        return Math.min(max, Math.max(min, single ? (float) value : value));
    }

    private long uniqueOffset(Draw draw) {
        long count = high - low + 1;
        long index = draw.index();
        if (index >= count) {
            throw new IllegalStateException("only " + count + " distinct values in [" + min + ", " + max
                    + "], record index " + index + " asked for one more");
        }
        Permutation p = permutation;
        if (p == null || p.key() != draw.fieldSeed()) {
            p = Permutation.of(count, draw.fieldSeed());
            permutation = p;
        }
        return p.apply(index);
    }

    /** The ends {ceil(min), floor(max)} of the grid at scale s, unscaled; null when the range holds no grid point. */
    private BigInteger[] grid(int s) {
        BigInteger lowK = decimal(min).setScale(s, RoundingMode.CEILING).unscaledValue();
        BigInteger highK = decimal(max).setScale(s, RoundingMode.FLOOR).unscaledValue();
        return lowK.compareTo(highK) <= 0 ? new BigInteger[] {lowK, highK} : null;
    }

    /**
     * The decimal Bean Validation compares: {@code BigDecimal.valueOf(double)}, and for a float the
     * digits of {@code Float.toString}, the shortest that round to it (so 0.1f is 0.1). Rounding
     * is monotone, so a grid point between the decimals of two values converts to a value between them.
     */
    private BigDecimal decimal(double value) {
        return single ? new BigDecimal(Float.toString((float) value)) : BigDecimal.valueOf(value);
    }

    private IllegalArgumentException noGridPoint(int s) {
        return new IllegalArgumentException("no value with " + s + " decimals lies in [" + min + ", " + max + "]");
    }

    /** A monotone numbering of the representable values: consecutive values have consecutive ordinals. */
    private long ordinal(double value) {
        if (single) {
            int bits = Float.floatToRawIntBits((float) value);
            return bits >= 0 ? bits : -(long) (bits & Integer.MAX_VALUE);
        }
        long bits = Double.doubleToRawLongBits(value);
        return bits >= 0 ? bits : -(bits & Long.MAX_VALUE);
    }

    private double fromOrdinal(long ordinal) {
        if (single) {
            return ordinal >= 0 ? Float.intBitsToFloat((int) ordinal) : -Float.intBitsToFloat((int) -ordinal);
        }
        return ordinal >= 0 ? Double.longBitsToDouble(ordinal) : -Double.longBitsToDouble(-ordinal);
    }

    private static double floatAtLeast(double value) {
        float f = (float) value;
        return f < value ? Math.nextUp(f) : f;
    }

    private static double floatAtMost(double value) {
        float f = (float) value;
        return f > value ? Math.nextDown(f) : f;
    }

    @Override
    public String toString() {
        return (single ? "FloatSpec[" : "DoubleSpec[") + min + ", " + max
                + (scale >= 0 ? ", scale " + scale : "") + (unique ? ", unique]" : "]");
    }
}
