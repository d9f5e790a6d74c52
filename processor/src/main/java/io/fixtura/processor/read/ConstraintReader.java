package io.fixtura.processor.read;

import io.fixtura.processor.check.Diagnostics;
import io.fixtura.processor.check.Message;
import io.fixtura.processor.model.Constraints;
import io.fixtura.processor.model.Constraints.NumberBound;
import io.fixtura.processor.model.Constraints.TimeValue;
import io.fixtura.processor.model.ScalarType;
import io.fixtura.processor.model.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Turns the annotations on one slot (ours, Bean Validation's, JPA's {@code @Column}) into its
 * {@link Constraints}, reporting malformed ones on the annotation attribute at fault.
 */
final class ConstraintReader {

    private static final Set<String> VALIDATION_PACKAGES =
            Set.of("jakarta.validation.constraints", "javax.validation.constraints");
    private static final Set<String> JPA_PACKAGES = Set.of("jakarta.persistence", "javax.persistence");

    private final Annotations annotations;
    private final Diagnostics diagnostics;

    ConstraintReader(Annotations annotations, Diagnostics diagnostics) {
        this.annotations = annotations;
        this.diagnostics = diagnostics;
    }

    /** The constraints of a slot of {@code shape} declared by {@code declared}, on {@code element} for errors. */
    Constraints read(Element element, String fieldName, Shape shape, List<AnnotationData> declared) {
        Builder b = new Builder();
        for (AnnotationData a : declared.stream().flatMap(d -> d.expanded().stream()).toList()) {
            String pkg = a.type().substring(0, Math.max(a.type().lastIndexOf('.'), 0));
            if (VALIDATION_PACKAGES.contains(pkg)) {
                readValidation(element, a, b);
            } else if (JPA_PACKAGES.contains(pkg) && a.simpleName().equals("Column")) {
                b.columnNotNull = !a.bool("nullable", true);
                b.columnUnique = a.bool("unique", false);
                if (shape instanceof Shape.Scalar s && s.type() == ScalarType.STRING) {
                    b.columnLength = a.integer("length", 255);
                }
                int precision = a.integer("precision", 0);
                int scale = a.integer("scale", 0);
                b.columnPrecision = precision > 0 ? precision : null;
                b.columnScale = precision > 0 || scale > 0 ? scale : null;
            } else if (a.type().equals("io.fixtura.annotations.Range")) {
                readRange(element, fieldName, shape, a, b);
            }
        }
        return b.build();
    }

    private void readValidation(Element element, AnnotationData a, Builder b) {
        switch (a.simpleName()) {
            case "NotNull" -> b.notNull = true;
            case "NotBlank" -> b.notBlank = true;
            case "NotEmpty" -> b.notEmpty = true;
            case "Email" -> b.email = true;
            case "Size" -> {
                int min = a.integer("min", 0);
                int max = a.integer("max", Integer.MAX_VALUE);
                if (min > max) {
                    report(element, a, "min", Message.SIZE_MIN_ABOVE_MAX, "Size", min, max);
                } else if (min < 0) {
                    report(element, a, "min", Message.NO_VALID_VALUE, element.getSimpleName(), "@Size min is negative");
                } else {
                    b.size = new Constraints.Size("Size", min, max);
                }
            }
            case "Min" -> b.numbers.add(new NumberBound("Min", BigDecimal.valueOf(a.longValue("value", 0)), true, null, false));
            case "Max" -> b.numbers.add(new NumberBound("Max", null, false, BigDecimal.valueOf(a.longValue("value", 0)), true));
            case "DecimalMin", "DecimalMax" -> readDecimalBound(element, a, b);
            case "Positive" -> b.numbers.add(new NumberBound("Positive", BigDecimal.ZERO, false, null, false));
            case "PositiveOrZero" -> b.numbers.add(new NumberBound("PositiveOrZero", BigDecimal.ZERO, true, null, false));
            case "Negative" -> b.numbers.add(new NumberBound("Negative", null, false, BigDecimal.ZERO, false));
            case "NegativeOrZero" -> b.numbers.add(new NumberBound("NegativeOrZero", null, false, BigDecimal.ZERO, true));
            case "Digits" -> b.digits = new Constraints.Digits(a.integer("integer", 0), a.integer("fraction", 0));
            case "Past", "PastOrPresent", "Future", "FutureOrPresent" -> b.temporal = a.simpleName();
            case "Pattern" -> b.pattern = patternOf(a);
            default -> {
                // constraints outside DESIGN's list (e.g. @AssertTrue) are not generated from
            }
        }
    }

    private static String patternOf(AnnotationData a) {
        String regexp = a.string("regexp", "");
        Object flags = null;
        if (a.has("flags")) {
            flags = a.string("flags", "");
        }
        return flags != null && flags.toString().contains("CASE_INSENSITIVE") ? "(?i)" + regexp : regexp;
    }

    private void readDecimalBound(Element element, AnnotationData a, Builder b) {
        String text = a.string("value", "");
        boolean inclusive = a.bool("inclusive", true);
        try {
            BigDecimal value = new BigDecimal(text.trim());
            b.numbers.add(a.simpleName().equals("DecimalMin")
                    ? new NumberBound("DecimalMin", value, inclusive, null, false)
                    : new NumberBound("DecimalMax", null, false, value, inclusive));
        } catch (NumberFormatException e) {
            report(element, a, "value", Message.NO_VALID_VALUE, element.getSimpleName(),
                    "@" + a.simpleName() + " value \"" + text + "\" is not a number");
        }
    }

    private void readRange(Element element, String fieldName, Shape shape, AnnotationData a, Builder b) {
        ScalarType type = shape instanceof Shape.Scalar s ? s.type() : null;
        if (type == null || !(type.isNumeric() || type.isTemporal())) {
            report(element, a, null, Message.RANGE_UNSUPPORTED_TYPE, fieldName, describe(shape));
            return;
        }
        String minText = a.string("min", "");
        String maxText = a.string("max", "");
        if (type.isNumeric()) {
            BigDecimal min = parseNumber(element, a, "min", minText, type);
            BigDecimal max = parseNumber(element, a, "max", maxText, type);
            if (min != null && max != null && min.compareTo(max) > 0) {
                report(element, a, "min", Message.RANGE_MIN_ABOVE_MAX, minText, maxText);
                return;
            }
            if ((min != null || minText.isBlank()) && (max != null || maxText.isBlank())) {
                b.numbers.add(new NumberBound("Range", min, true, max, true));
            }
            return;
        }
        TimeValue min = parseTime(element, a, "min", minText, type);
        TimeValue max = parseTime(element, a, "max", maxText, type);
        if (min != null && max != null) {
            Comparable<?> lo = RangeParser.comparable(min);
            Comparable<?> hi = RangeParser.comparable(max);
            if (lo != null && hi != null && lo.getClass() == hi.getClass() && compare(lo, hi) > 0) {
                report(element, a, "min", Message.RANGE_MIN_ABOVE_MAX, minText, maxText);
                return;
            }
            if (min.isRelative() && max.isRelative() && compareRelative(min, max) > 0) {
                report(element, a, "min", Message.RANGE_MIN_ABOVE_MAX, minText, maxText);
                return;
            }
        }
        if ((min != null || minText.isBlank()) && (max != null || maxText.isBlank())) {
            b.time = new Constraints.TimeRange(min, max);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable lo, Comparable hi) {
        return lo.compareTo(hi);
    }

    private static int compareRelative(TimeValue a, TimeValue b) {
        return Long.compare(approximateSeconds(a), approximateSeconds(b));
    }

    private static long approximateSeconds(TimeValue v) {
        long unit = switch (v.unit()) {
            case "SECONDS" -> 1;
            case "MINUTES" -> 60;
            case "HOURS" -> 3600;
            case "DAYS" -> 86_400;
            case "WEEKS" -> 604_800;
            case "MONTHS" -> 2_629_746;
            default -> 31_556_952;
        };
        return v.amount() * unit;
    }

    private BigDecimal parseNumber(Element element, AnnotationData a, String attribute, String text, ScalarType type) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return RangeParser.number(text, type);
        } catch (RangeParser.Invalid e) {
            report(element, a, attribute, Message.RANGE_UNPARSABLE, attribute, text, e.expected, e.getMessage(),
                    e.example);
            return null;
        }
    }

    private TimeValue parseTime(Element element, AnnotationData a, String attribute, String text, ScalarType type) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return RangeParser.time(text, type);
        } catch (RangeParser.Invalid e) {
            report(element, a, attribute, Message.RANGE_UNPARSABLE, attribute, text, e.expected, e.getMessage(),
                    e.example);
            return null;
        }
    }

    private void report(Element element, AnnotationData a, String attribute, Message message, Object... args) {
        if (a.mirror() == null) {
            diagnostics.error(element, message, args);
            return;
        }
        AnnotationValue value = attribute == null ? null : annotations.explicitValue(a.mirror(), attribute);
        if (value == null) {
            diagnostics.error(element, a.mirror(), message, args);
        } else {
            diagnostics.error(element, a.mirror(), value, message, args);
        }
    }

    static String describe(Shape shape) {
        if (shape instanceof Shape.Scalar s) {
            return s.primitive() ? s.type().primitiveName()
                    : s.type() == ScalarType.BYTES ? "byte[]" : s.type().boxedName();
        }
        if (shape instanceof Shape.Enum e) {
            return e.name().canonicalName();
        }
        if (shape instanceof Shape.Nested n) {
            return n.name().canonicalName();
        }
        return shape.getClass().getSimpleName();
    }

    private static final class Builder {
        boolean notNull;
        boolean notBlank;
        boolean notEmpty;
        Constraints.Size size;
        final List<NumberBound> numbers = new ArrayList<>();
        Constraints.TimeRange time;
        String pattern;
        boolean email;
        Constraints.Digits digits;
        String temporal;
        Integer columnLength;
        Integer columnPrecision;
        Integer columnScale;
        boolean columnNotNull;
        boolean columnUnique;

        Constraints build() {
            return new Constraints(notNull, notBlank, notEmpty, size, List.copyOf(numbers), time, pattern, email,
                    digits, temporal, columnLength, columnPrecision, columnScale, columnNotNull, columnUnique);
        }
    }
}
