package io.fixtura.processor.read;

import io.fixtura.processor.model.Constraints.TimeValue;
import io.fixtura.processor.model.ScalarType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code @Range} bounds at compile time for the field's type: numbers as decimals, and
 * date-times as fixed values or offsets from the reference time ({@code now-30d}).
 */
final class RangeParser {

    private static final Pattern RELATIVE = Pattern.compile("now(?:\\s*([+-])\\s*(\\d{1,9})\\s*([smhdwMy]))?");

    private RangeParser() {
    }

    /** Thrown with what was expected, for the error message. */
    static final class Invalid extends Exception {
        final String expected;
        final String example;

        Invalid(String reason, String expected, String example) {
            super(reason);
            this.expected = expected;
            this.example = example;
        }
    }

    /** A numeric bound; integral types must get whole numbers. */
    static BigDecimal number(String text, ScalarType type) throws Invalid {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new Invalid("not a number", "number", "\"10\" or \"0.01\"");
        }
        if (type.isIntegral()) {
            try {
                value.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw new Invalid("a fraction for a whole-number field", "whole number", "\"10\"");
            }
        }
        return value;
    }

    /** A date-time bound for a field of {@code type}. */
    static TimeValue time(String text, ScalarType type) throws Invalid {
        String t = text.trim();
        Matcher m = RELATIVE.matcher(t);
        if (m.matches()) {
            if (type == ScalarType.LOCAL_TIME || type == ScalarType.DURATION) {
                throw new Invalid("\"now\" has no meaning for " + simple(type), simple(type),
                        type == ScalarType.DURATION ? "\"PT1H\"" : "\"08:30\"");
            }
            if (m.group(1) == null) {
                return new TimeValue(t, null, 0, "SECONDS");
            }
            long amount = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
            return new TimeValue(t, null, amount, unit(m.group(3)));
        }
        try {
            switch (type) {
                case INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME -> {
                    if (t.length() == 10) {
                        LocalDate.parse(t);
                        return new TimeValue(t, "java.time.LocalDate", 0, null);
                    }
                    Instant.parse(t);
                    return new TimeValue(t, "java.time.Instant", 0, null);
                }
                case LOCAL_DATE -> {
                    LocalDate.parse(t);
                    return new TimeValue(t, "java.time.LocalDate", 0, null);
                }
                case LOCAL_DATE_TIME -> {
                    if (t.length() == 10) {
                        LocalDate.parse(t);
                        return new TimeValue(t + "T00:00:00", "java.time.LocalDateTime", 0, null);
                    }
                    LocalDateTime.parse(t);
                    return new TimeValue(t, "java.time.LocalDateTime", 0, null);
                }
                case LOCAL_TIME -> {
                    LocalTime.parse(t);
                    return new TimeValue(t, "java.time.LocalTime", 0, null);
                }
                case DURATION -> {
                    Duration.parse(t);
                    return new TimeValue(t, "java.time.Duration", 0, null);
                }
                default -> throw new IllegalArgumentException(type.name());
            }
        } catch (DateTimeParseException e) {
            throw new Invalid(e.getMessage(), simple(type), example(type));
        }
    }

    /** A comparable instant-ish key of a fixed bound, to check min <= max; null for relative ones. */
    static Comparable<?> comparable(TimeValue v) {
        if (v.isRelative()) {
            return null;
        }
        return switch (v.absoluteType()) {
            case "java.time.Instant" -> Instant.parse(v.text());
            case "java.time.LocalDate" -> LocalDate.parse(v.text()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            case "java.time.LocalDateTime" -> LocalDateTime.parse(v.text());
            case "java.time.LocalTime" -> LocalTime.parse(v.text());
            default -> Duration.parse(v.text());
        };
    }

    private static String unit(String letter) {
        return switch (letter) {
            case "s" -> "SECONDS";
            case "m" -> "MINUTES";
            case "h" -> "HOURS";
            case "d" -> "DAYS";
            case "w" -> "WEEKS";
            case "M" -> "MONTHS";
            default -> "YEARS";
        };
    }

    private static String simple(ScalarType type) {
        String name = type.boxedName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String example(ScalarType type) {
        return switch (type) {
            case LOCAL_DATE -> "\"2020-01-01\" or \"now-30d\"";
            case LOCAL_DATE_TIME -> "\"2020-01-01T08:00:00\" or \"now-1y\"";
            case LOCAL_TIME -> "\"08:30\"";
            case DURATION -> "\"PT1H\"";
            default -> "\"2020-01-01T00:00:00Z\", \"2020-01-01\" or \"now+1y\"";
        };
    }
}
