package io.fixtura.runtime.cases;

import io.fixtura.runtime.Constraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate values that break one constraint, derived from a valid value of the field: just past
 * a bound, one character too long, the wrong side of now, text that no pattern or email accepts.
 * The caller keeps the first candidate that breaks that constraint and nothing else.
 */
final class InvalidValues {

    private static final List<String> NOT_MATCHING = List.of("", " ", "!", "\u0001", "~~~~", "0", "a", "A",
            "not valid at all", "\n");

    private InvalidValues() {
    }

    /** Candidates breaking {@code constraint} for a field of {@code type} whose valid value is {@code valid}. */
    static List<Candidate> of(Constraint constraint, Class<?> type, Object valid, Instant referenceTime) {
        List<Candidate> out = new ArrayList<>();
        if (constraint instanceof Constraint.Presence p) {
            if (!type.isPrimitive()) {
                out.add(new Candidate(null, "null"));
            }
            if (!p.name().equals("NotNull")) {
                empties(type, valid, out);
                if (p.name().equals("NotBlank")) {
                    out.add(new Candidate("   ", "whitespace only"));
                }
            }
        } else if (constraint instanceof Constraint.Size s) {
            sized(s, valid, out);
        } else if (constraint instanceof Constraint.NumberRange r) {
            BigDecimal step = step(type, valid);
            if (r.min() != null) {
                number(type, r.minInclusive() ? r.min().subtract(step) : r.min(), "just below " + r.min().toPlainString(), out);
            }
            if (r.max() != null) {
                number(type, r.maxInclusive() ? r.max().add(step) : r.max(), "just above " + r.max().toPlainString(), out);
            }
        } else if (constraint instanceof Constraint.Digits d) {
            number(type, BigDecimal.TEN.pow(d.integer()), "too many integer digits", out);
            number(type, BigDecimal.ONE.movePointLeft(d.fraction() + 1), "too many fraction digits", out);
        } else if (constraint instanceof Constraint.TimeRange t && valid != null) {
            if (t.min() != null) {
                shifted(t.min().resolve(valid.getClass(), referenceTime), -1, "just before " + t.min(), out);
            }
            if (t.max() != null) {
                shifted(t.max().resolve(valid.getClass(), referenceTime), 1, "just after " + t.max(), out);
            }
        } else if (constraint instanceof Constraint.Temporal t && valid != null) {
            Instant now = Instant.now();
            boolean needsFuture = t.name().startsWith("Future");
            Instant wrong = needsFuture ? now.minus(3, ChronoUnit.DAYS) : now.plus(3, ChronoUnit.DAYS);
            Object value = at(valid.getClass(), wrong);
            if (value != null) {
                out.add(new Candidate(value, needsFuture ? "in the past" : "in the future"));
            }
        } else if (constraint instanceof Constraint.Pattern || constraint instanceof Constraint.Email) {
            out.add(new Candidate("not-an-email", "\"not-an-email\""));
            for (String text : NOT_MATCHING) {
                out.add(new Candidate(text, "\"" + text.replace("\n", "\\n") + "\""));
            }
            if (valid instanceof String v) {
                out.add(new Candidate(v + "\n", "a valid value with a newline after it"));
                out.add(new Candidate("!" + v, "a valid value with '!' before it"));
            }
        }
        return out;
    }

    record Candidate(Object value, String description) {
    }

    private static void empties(Class<?> type, Object valid, List<Candidate> out) {
        if (valid instanceof CharSequence) {
            out.add(new Candidate("", "empty"));
        } else if (valid instanceof Set<?>) {
            out.add(new Candidate(new LinkedHashSet<>(), "empty"));
        } else if (valid instanceof Collection<?>) {
            out.add(new Candidate(new ArrayList<>(), "empty"));
        } else if (valid instanceof Map<?, ?>) {
            out.add(new Candidate(new LinkedHashMap<>(), "empty"));
        }
    }

    private static void sized(Constraint.Size s, Object valid, List<Candidate> out) {
        if (valid instanceof String v) {
            if (v.contains("@") && s.max() < 250) {
                out.add(new Candidate(longEmail(s.max() + 1), (s.max() + 1) + " characters, still an email"));
            }
            if (s.max() < Integer.MAX_VALUE - 1) {
                String base = v.isEmpty() ? "x" : v;
                StringBuilder longer = new StringBuilder(base);
                while (longer.length() < s.max() + 1) {
                    longer.append(base);
                }
                out.add(new Candidate(longer.substring(0, s.max() + 1), (s.max() + 1) + " characters"));
                out.add(new Candidate("x".repeat(s.max() + 1), (s.max() + 1) + " characters"));
            }
            if (s.min() > 0) {
                out.add(new Candidate(v.substring(0, Math.min(v.length(), s.min() - 1)), (s.min() - 1) + " characters"));
                out.add(new Candidate("x".repeat(s.min() - 1), (s.min() - 1) + " characters"));
            }
        } else if (valid instanceof byte[] bytes) {
            if (s.max() < 1 << 20) {
                out.add(new Candidate(java.util.Arrays.copyOf(bytes, s.max() + 1), (s.max() + 1) + " bytes"));
            }
            if (s.min() > 0) {
                out.add(new Candidate(java.util.Arrays.copyOf(bytes, s.min() - 1), (s.min() - 1) + " bytes"));
            }
        } else if (valid instanceof List<?> list && !list.isEmpty()) {
            if (s.max() < 10_000) {
                List<Object> longer = new ArrayList<>();
                while (longer.size() < s.max() + 1) {
                    longer.addAll(list);
                }
                out.add(new Candidate(new ArrayList<>(longer.subList(0, s.max() + 1)), (s.max() + 1) + " elements"));
            }
            if (s.min() > 0) {
                out.add(new Candidate(new ArrayList<>(list.subList(0, Math.min(list.size(), s.min() - 1))),
                        (s.min() - 1) + " elements"));
            }
        } else if (valid instanceof Collection<?> items && s.min() > 0) {
            List<Object> fewer = new ArrayList<Object>(items).subList(0, Math.min(items.size(), s.min() - 1));
            out.add(new Candidate(new LinkedHashSet<>(fewer), (s.min() - 1) + " elements"));
        }
    }

    /** A well-formed email of exactly {@code length} characters: short local part, long labelled domain. */
    private static String longEmail(int length) {
        StringBuilder domain = new StringBuilder("example.com");
        while (domain.length() < length - 2) {
            domain.insert(0, "a".repeat(Math.min(60, Math.max(1, length - 3 - domain.length()))) + ".");
        }
        String email = "x@" + domain;
        return email.length() > length ? "x@" + domain.substring(email.length() - length) : email;
    }

    private static BigDecimal step(Class<?> type, Object valid) {
        if (valid instanceof BigDecimal d) {
            return BigDecimal.ONE.movePointLeft(Math.max(d.scale(), 0));
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return new BigDecimal("0.001");
        }
        return BigDecimal.ONE;
    }

    private static void number(Class<?> type, BigDecimal value, String description, List<Candidate> out) {
        Object converted = convert(type, value);
        if (converted != null) {
            out.add(new Candidate(converted, description + " (" + value.toPlainString() + ")"));
        }
    }

    /** {@code value} as a {@code type}, or null when that type cannot hold it exactly. */
    private static Object convert(Class<?> type, BigDecimal value) {
        try {
            if (type == int.class || type == Integer.class) {
                return value.intValueExact();
            }
            if (type == long.class || type == Long.class) {
                return value.longValueExact();
            }
            if (type == short.class || type == Short.class) {
                return value.shortValueExact();
            }
            if (type == byte.class || type == Byte.class) {
                return value.byteValueExact();
            }
            if (type == BigInteger.class) {
                return value.toBigIntegerExact();
            }
            if (type == double.class || type == Double.class) {
                return value.doubleValue();
            }
            if (type == float.class || type == Float.class) {
                return value.floatValue();
            }
            if (type == BigDecimal.class) {
                return value;
            }
        } catch (ArithmeticException e) {
            return null;
        }
        return null;
    }

    private static void shifted(Object bound, int direction, String description, List<Candidate> out) {
        Object value = null;
        if (bound instanceof Instant i) {
            value = i.plusSeconds(direction);
        } else if (bound instanceof LocalDate d) {
            value = d.plusDays(direction);
        } else if (bound instanceof LocalDateTime t) {
            value = t.plusSeconds(direction);
        } else if (bound instanceof LocalTime t) {
            value = t.plusSeconds(direction);
        } else if (bound instanceof OffsetDateTime t) {
            value = t.plusSeconds(direction);
        } else if (bound instanceof ZonedDateTime t) {
            value = t.plusSeconds(direction);
        } else if (bound instanceof Duration d) {
            value = d.plusSeconds(direction);
        }
        if (value != null) {
            out.add(new Candidate(value, description));
        }
    }

    /** {@code instant} in the field's own date-time type, or null for types without one (times of day, durations). */
    private static Object at(Class<?> type, Instant instant) {
        try {
            return io.fixtura.runtime.values.TimeBound.at(instant).resolve(type, instant);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
