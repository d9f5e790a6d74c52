package io.fixtura.processor.write;

import io.fixtura.processor.kinds.ValueKind;
import io.fixtura.processor.model.Constraints;
import io.fixtura.processor.model.Constraints.NumberBound;
import io.fixtura.processor.model.ScalarType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The range and scale a numeric field is generated in: the intersection of its type's limits,
 * every declared bound ({@code @Min}, {@code @DecimalMax}, {@code @Positive}, {@code @Range},
 * {@code @Digits}, {@code @Column(precision, scale)}), the kind's realistic range when no bound
 * is declared (and it fits inside), and a modest default for sides left open.
 */
record NumberPlan(BigDecimal min, BigDecimal max, int scale) {

    private static final BigDecimal DEFAULT_SPAN = BigDecimal.valueOf(10_000);
    /** A unique field left open gets a domain wide enough for any dataset. */
    private static final BigDecimal UNIQUE_SPAN = BigDecimal.TEN.pow(18);
    private static final int MAX_IMPLIED_SCALE = 12;

    /**
     * The plan for a field of {@code type}; {@link #isEmpty()} when the constraints leave no value.
     * A decimal whose scale is not declared gets more fraction digits when its bounds need them
     * ({@code > 9.99 and < 10} holds at scale 3).
     */
    static NumberPlan of(ScalarType type, Constraints c, ValueKind kind, boolean unique) {
        boolean scaleDeclared = type.isIntegral() || c.digits() != null || c.columnScale() != null;
        NumberPlan plan = of(type, c, kind, unique, scale(type, c, kind));
        for (int scale = plan.scale() + 1; plan.isEmpty() && !scaleDeclared && scale <= MAX_IMPLIED_SCALE; scale++) {
            plan = of(type, c, kind, unique, scale);
        }
        return plan;
    }

    private static NumberPlan of(ScalarType type, Constraints c, ValueKind kind, boolean unique, int scale) {
        BigDecimal span = unique ? UNIQUE_SPAN : DEFAULT_SPAN;
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal lo = typeMin(type);
        BigDecimal hi = typeMax(type);
        boolean declaredLo = false;
        boolean declaredHi = false;
        for (NumberBound b : c.numbers()) {
            if (b.min() != null) {
                BigDecimal v = b.minInclusive() ? b.min() : b.min().add(step);
                v = v.setScale(scale, RoundingMode.CEILING);
                lo = max(lo, v);
                declaredLo = true;
            }
            if (b.max() != null) {
                BigDecimal v = b.maxInclusive() ? b.max() : b.max().subtract(step);
                v = v.setScale(scale, RoundingMode.FLOOR);
                hi = min(hi, v);
                declaredHi = true;
            }
        }
        Integer integerDigits = c.digits() != null ? Integer.valueOf(c.digits().integer())
                : c.columnPrecision() != null ? Integer.valueOf(c.columnPrecision() - scale) : null;
        if (integerDigits != null) {
            BigDecimal limit = BigDecimal.TEN.pow(Math.max(integerDigits, 0)).subtract(step);
            hi = min(hi, limit);
            lo = max(lo, limit.negate());
        }
        // a kind's realistic range applies only where the field declares no bounds of its own, so edge
        // cases reach the declared ones
        if (kind != null && kind.numberRange().isPresent() && !unique && !declaredLo && !declaredHi) {
            BigDecimal kindLo = max(lo, kind.numberRange().get().minValue());
            BigDecimal kindHi = min(hi, kind.numberRange().get().maxValue());
            if (kindLo.compareTo(kindHi) <= 0) {
                return new NumberPlan(kindLo.setScale(scale, RoundingMode.CEILING),
                        kindHi.setScale(scale, RoundingMode.FLOOR), scale);
            }
        }
        if (!declaredLo && !declaredHi && integerDigits == null) {
            lo = max(lo, type.isIntegral() ? BigDecimal.ONE : BigDecimal.ZERO);
            hi = min(hi, span);
        } else if (!declaredLo && integerDigits == null) {
            lo = max(lo, hi.signum() > 0 && !unique ? BigDecimal.ZERO : hi.subtract(span));
        } else if (!declaredHi && integerDigits == null) {
            hi = min(hi, lo.add(span));
        }
        return new NumberPlan(lo.setScale(scale, RoundingMode.CEILING), hi.setScale(scale, RoundingMode.FLOOR), scale);
    }

    boolean isEmpty() {
        return min.compareTo(max) > 0;
    }

    private static int scale(ScalarType type, Constraints c, ValueKind kind) {
        if (type.isIntegral()) {
            return 0;
        }
        if (c.digits() != null) {
            return c.digits().fraction();
        }
        if (c.columnScale() != null) {
            return c.columnScale();
        }
        if (kind != null && kind.numberRange().isPresent()) {
            return kind.numberRange().get().scale();
        }
        return 2;
    }

    private static BigDecimal typeMin(ScalarType type) {
        return switch (type) {
            case BYTE -> BigDecimal.valueOf(Byte.MIN_VALUE);
            case SHORT -> BigDecimal.valueOf(Short.MIN_VALUE);
            case INT -> BigDecimal.valueOf(Integer.MIN_VALUE);
            case LONG -> BigDecimal.valueOf(Long.MIN_VALUE);
            case FLOAT -> BigDecimal.valueOf(-1e30);
            case DOUBLE -> BigDecimal.valueOf(-1e300);
            default -> new BigDecimal("-1e1000");
        };
    }

    private static BigDecimal typeMax(ScalarType type) {
        return switch (type) {
            case BYTE -> BigDecimal.valueOf(Byte.MAX_VALUE);
            case SHORT -> BigDecimal.valueOf(Short.MAX_VALUE);
            case INT -> BigDecimal.valueOf(Integer.MAX_VALUE);
            case LONG -> BigDecimal.valueOf(Long.MAX_VALUE);
            case FLOAT -> BigDecimal.valueOf(1e30);
            case DOUBLE -> BigDecimal.valueOf(1e300);
            default -> new BigDecimal("1e1000");
        };
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
