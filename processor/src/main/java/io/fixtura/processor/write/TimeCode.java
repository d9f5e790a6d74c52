package io.fixtura.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.fixtura.processor.kinds.ValueKind;
import io.fixtura.processor.model.Constraints;
import io.fixtura.processor.model.Constraints.TimeValue;
import io.fixtura.processor.model.ScalarType;
import java.util.Locale;

/**
 * Writes the spec of a date-time or duration field: bounds from {@code @Range}, else the kind's
 * window (a birth date, a creation time), else two years back to one ahead of the reference time;
 * then narrowed by {@code @Past}/{@code @Future} and made unique if asked.
 */
final class TimeCode {

    private static final ClassName TIME_SPEC = SpecCode.values("TimeSpec");

    private TimeCode() {
    }

    static CodeBlock spec(ScalarType type, Constraints c, ValueKind kind, boolean unique) {
        CodeBlock spec;
        if (type == ScalarType.LOCAL_TIME) {
            spec = CodeBlock.of("$T.localTime($L, $L)", TIME_SPEC, fixed(c, true, "java.time.LocalTime", "MIN"),
                    fixed(c, false, "java.time.LocalTime", "MAX"));
        } else if (type == ScalarType.DURATION) {
            spec = CodeBlock.of("$T.duration($L, $L)", TIME_SPEC, fixed(c, true, "java.time.Duration", "ZERO"),
                    c.time() != null && c.time().max() != null ? fixed(c, false, "java.time.Duration", null)
                            : CodeBlock.of("$T.ofDays(30)", ClassName.get("java.time", "Duration")));
        } else {
            spec = CodeBlock.of("$T.$L($L, $L)", TIME_SPEC, factoryMethod(type), bound(c, kind, true, unique),
                    bound(c, kind, false, unique));
            if (c.temporal() != null) {
                spec = CodeBlock.of("$L.$L()", spec, decapitalize(c.temporal()));
            }
        }
        return unique ? CodeBlock.of("$L.unique()", spec) : spec;
    }

    private static CodeBlock bound(Constraints c, ValueKind kind, boolean min, boolean unique) {
        TimeValue declared = c.time() == null ? null : min ? c.time().min() : c.time().max();
        if (declared != null) {
            return SpecCode.timeBound(declared);
        }
        if (kind != null && kind.timeRange().isPresent() && fitsDirection(kind, c.temporal())) {
            ValueKind.TimeOffset offset = min ? kind.timeRange().get().min() : kind.timeRange().get().max();
            return SpecCode.timeBound(offset.amount(), offset.unit().name());
        }
        if (unique) {
            // a unique value needs a wide domain: two centuries of seconds (or days)
            return SpecCode.timeBound(min ? -100 : 100, "YEARS");
        }
        return min ? SpecCode.timeBound(-2, "YEARS") : SpecCode.timeBound(1, "YEARS");
    }

    /** A kind's window is used only when it agrees with a declared past or future. */
    private static boolean fitsDirection(ValueKind kind, String temporal) {
        if (temporal == null) {
            return true;
        }
        boolean future = temporal.startsWith("Future");
        return future == (kind == ValueKind.FUTURE_TIME);
    }

    private static CodeBlock fixed(Constraints c, boolean min, String type, String fallbackConstant) {
        TimeValue declared = c.time() == null ? null : min ? c.time().min() : c.time().max();
        ClassName name = ClassName.bestGuess(type);
        if (declared != null) {
            return CodeBlock.of("$T.parse($S)", name, declared.text());
        }
        return CodeBlock.of("$T.$L", name, fallbackConstant);
    }

    private static String factoryMethod(ScalarType type) {
        return switch (type) {
            case INSTANT -> "instant";
            case LOCAL_DATE -> "localDate";
            case LOCAL_DATE_TIME -> "localDateTime";
            case OFFSET_DATE_TIME -> "offsetDateTime";
            default -> "zonedDateTime";
        };
    }

    private static String decapitalize(String name) {
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
