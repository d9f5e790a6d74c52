package io.fixtura.runtime;

import io.fixtura.runtime.values.TimeBound;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One declared constraint of a field, named after the annotation it came from ({@code "Size"},
 * {@code "Min"}, {@code "Range"}, …), able to check a value. As in Bean Validation, every constraint
 * but {@code NotNull}, {@code NotBlank} and {@code NotEmpty} accepts null.
 */
public sealed interface Constraint {

    /** The simple name of the annotation this constraint came from. */
    String name();

    /** A message saying what is wrong with {@code value}, or null if it satisfies this constraint. */
    String check(Object value, CheckClock clock);

    /** What "now" means while checking: the reference time for relative ranges, the wall clock for past and future. */
    record CheckClock(Instant referenceTime, Instant now, ZoneId zone) {
    }

    static Constraint notNull() {
        return new Presence("NotNull");
    }

    static Constraint notEmpty() {
        return new Presence("NotEmpty");
    }

    static Constraint notBlank() {
        return new Presence("NotBlank");
    }

    /** A length (strings, in chars), size (collections, maps) or array length within {@code [min, max]}. */
    static Constraint size(String name, int min, int max) {
        return new Size(name, min, max);
    }

    /** A number within bounds; either may be null (open), each inclusive or not. */
    static Constraint number(String name, BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {
        return new NumberRange(name, min, minInclusive, max, maxInclusive);
    }

    /** A date, time or duration within bounds; either may be null. */
    static Constraint time(String name, TimeBound min, TimeBound max) {
        return new TimeRange(name, min, max);
    }

    /** The whole string matches {@code regexp} ({@link java.util.regex.Pattern} syntax). */
    static Constraint pattern(String name, String regexp) {
        return new Pattern(name, regexp, java.util.regex.Pattern.compile(regexp));
    }

    /** A well-formed email address, as Bean Validation's {@code @Email} accepts it. */
    static Constraint email() {
        return new Email("Email");
    }

    static Constraint digits(int integer, int fraction) {
        return new Digits("Digits", integer, fraction);
    }

    /** {@code Past}, {@code PastOrPresent}, {@code Future} or {@code FutureOrPresent}. */
    static Constraint temporal(String name) {
        return new Temporal(name);
    }

    /** No two records share the value; checked across a dataset, not on one instance. */
    static Constraint unique() {
        return new Unique("Unique");
    }

    /** Constraints on each element of a collection or on an Optional's value. */
    static Constraint elements(Constraint... constraints) {
        return new Elements("Elements", List.of(constraints));
    }

    record Presence(String name) implements Constraint {
        @Override
        public String check(Object value, CheckClock clock) {
            return switch (name) {
                case "NotNull" -> value == null ? "must not be null" : null;
                case "NotEmpty" -> value == null || sizeOf(value) == 0 ? "must not be empty" : null;
                default -> value == null || value.toString().trim().isEmpty() ? "must not be blank" : null;
            };
        }
    }

    record Size(String name, int min, int max) implements Constraint {
        @Override
        public String check(Object value, CheckClock clock) {
            if (value == null) {
                return null;
            }
            long size = sizeOf(value);
            return size < min || size > max ? "size must be between " + min + " and " + max + ", was " + size : null;
        }
    }

    record NumberRange(String name, BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive)
            implements Constraint {
        @Override
        public String check(Object value, CheckClock clock) {
            if (value == null) {
                return null;
            }
            BigDecimal number = decimal(value);
            if (number == null) {
                return "must be a finite number";
            }
            if (min != null) {
                int c = number.compareTo(min);
                if (c < 0 || (c == 0 && !minInclusive)) {
                    return "must be " + (minInclusive ? "at least " : "above ") + min.toPlainString();
                }
            }
            if (max != null) {
                int c = number.compareTo(max);
                if (c > 0 || (c == 0 && !maxInclusive)) {
                    return "must be " + (maxInclusive ? "at most " : "below ") + max.toPlainString();
                }
            }
            return null;
        }
    }

    record TimeRange(String name, TimeBound min, TimeBound max) implements Constraint {
        @Override
        public String check(Object value, CheckClock clock) {
            if (value == null) {
                return null;
            }
            if (min != null && compare(value, min.resolve(value.getClass(), clock.referenceTime())) < 0) {
                return "must not be before " + min;
            }
            if (max != null && compare(value, max.resolve(value.getClass(), clock.referenceTime())) > 0) {
                return "must not be after " + max;
            }
            return null;
        }
    }

    record Pattern(String name, String regexp, java.util.regex.Pattern compiled) implements Constraint {
        @Override
        public String check(Object value, CheckClock clock) {
            if (value == null) {
                return null;
            }
            return compiled.matcher(value.toString()).matches() ? null : "must match \"" + regexp + "\"";
        }
    }

    record Email(String name) implements Constraint {
        @Override
        public String check(Object value, CheckClock clock) {
            if (value == null) {
                return null;
            }
            return EmailSyntax.isValid(value.toString()) ? null : "must be a well-formed email address";
        }
    }

    record Digits(String name, int integer, int fraction) implements Constraint {
        @Override
        public String check(Object value, CheckClock clock) {
            if (value == null) {
                return null;
            }
            BigDecimal number = decimal(value);
            if (number == null) {
                return "must be a finite number";
            }
            BigDecimal stripped = number.stripTrailingZeros();
            int fractionDigits = Math.max(stripped.scale(), 0);
            int integerDigits = stripped.precision() - stripped.scale();
            return integerDigits > integer || fractionDigits > fraction
                    ? "must have at most " + integer + " integer and " + fraction + " fraction digits"
                    : null;
        }
    }

    record Temporal(String name) implements Constraint {
        @Override
        public String check(Object value, CheckClock clock) {
            if (value == null) {
                return null;
            }
            int c = compareToNow(value, clock);
            return switch (name) {
                case "Past" -> c < 0 ? null : "must be in the past";
                case "PastOrPresent" -> c <= 0 ? null : "must be in the past or present";
                case "Future" -> c > 0 ? null : "must be in the future";
                default -> c >= 0 ? null : "must be in the present or future";
            };
        }
    }

    record Unique(String name) implements Constraint {
        @Override
        public String check(Object value, CheckClock clock) {
            return null;
        }
    }

    record Elements(String name, List<Constraint> constraints) implements Constraint {
        @Override
        public String check(Object value, CheckClock clock) {
            if (value == null) {
                return null;
            }
            Iterable<?> items = value instanceof Optional<?> o ? o.stream().toList()
                    : value instanceof Map<?, ?> m ? m.values() : (Iterable<?>) value;
            int position = 0;
            for (Object item : items) {
                for (Constraint c : constraints) {
                    String message = c.check(item, clock);
                    if (message != null) {
                        return "element " + position + " " + message + " (@" + c.name() + ")";
                    }
                }
                position++;
            }
            return null;
        }
    }

    private static long sizeOf(Object value) {
        if (value instanceof CharSequence s) {
            return s.length();
        }
        if (value instanceof Collection<?> c) {
            return c.size();
        }
        if (value instanceof Map<?, ?> m) {
            return m.size();
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? 1 : 0;
        }
        if (value.getClass().isArray()) {
            return Array.getLength(value);
        }
        throw new IllegalArgumentException("no size for " + value.getClass().getName());
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        if (value instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (value instanceof CharSequence s) {
            try {
                return new BigDecimal(s.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object value, Object bound) {
        if (value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return TimeBound.asInstant(value).compareTo(TimeBound.asInstant(bound));
        }
        return ((Comparable) value).compareTo(bound);
    }

    private static int compareToNow(Object value, CheckClock clock) {
        Instant now = clock.now();
        if (value instanceof LocalDate d) {
            return d.compareTo(LocalDate.ofInstant(now, clock.zone()));
        }
        if (value instanceof LocalDateTime t) {
            return t.compareTo(LocalDateTime.ofInstant(now, clock.zone()));
        }
        if (value instanceof LocalTime t) {
            return t.compareTo(LocalTime.ofInstant(now, clock.zone()));
        }
        if (value instanceof Duration) {
            throw new IllegalArgumentException("a Duration is neither past nor future");
        }
        return TimeBound.asInstant(value).compareTo(now);
    }
}
