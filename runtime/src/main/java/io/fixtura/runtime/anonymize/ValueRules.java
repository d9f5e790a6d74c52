package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.LeakReport;
import io.fixtura.runtime.dataset.Columns;
import java.math.BigDecimal;
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
import java.util.List;
import java.util.UUID;

/**
 * The strategies for numbers, times and UUIDs, fitted to the field's declared bounds: tokens of a
 * bounded whole number are a keyed permutation of its range, generalized values are clamped into
 * it, and redacted or faked values come from the field's own spec.
 */
final class ValueRules {

    /** The bucket numbers are generalized to. */
    static final int BUCKET = 10;
    private static final int REDRAWS = 8;

    private ValueRules() {
    }

    static Object apply(FieldRule rule, Object value) {
        return switch (rule.strategy()) {
            case FAKE -> rule.unique() ? token(rule, value) : drawnOr(rule, "FAKE:" + rule.domain(), value);
            case HASH, TOKENIZE -> token(rule, value);
            case GENERALIZE -> generalize(rule, value);
            case REDACT -> value instanceof UUID ? new UUID(0, 0) : drawnOr(rule, "REDACT:" + rule.domain(), null);
            case MASK -> throw rule.unsupported(value, "MASK keeps characters of text");
        };
    }

    private static Object drawnOr(FieldRule rule, String purpose, Object value) {
        String original = value == null ? "" : canonical(value);
        List<String> kept = value == null ? List.of() : texts(original);
        Object drawn = null;
        // a pool can hand back a piece of the original (a street, a name); the next keyed draw never keeps one
        for (int attempt = 0; attempt < REDRAWS; attempt++) {
            drawn = rule.draw(attempt == 0 ? purpose : purpose + "#" + attempt, original);
            String text = drawn == null ? null : canonical(drawn);
            if (text == null || kept.stream().noneMatch(piece -> LeakReport.leaks(piece, text))) {
                break;
            }
        }
        if (drawn != null) {
            return drawn;
        }
        if (value == null) {
            throw rule.unsupported(null, "REDACT needs the field's generated spec for a fixed value");
        }
        return token(rule, value);
    }

    /** The texts of a value worth hiding: the value itself, or each text of 6+ characters inside its JSON form. */
    private static List<String> texts(String canonical) {
        if (!canonical.startsWith("{") && !canonical.startsWith("[")) {
            return List.of(canonical);
        }
        List<String> texts = new ArrayList<>();
        try {
            Columns.mapper().readTree(canonical).forEach(node -> collect(node, texts));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            texts.add(canonical);
        }
        return texts;
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode node, List<String> texts) {
        if (node.isTextual() && node.asText().length() >= LeakReport.SUBSTRING_MIN) {
            texts.add(node.asText());
        }
        node.forEach(child -> collect(child, texts));
    }

    /** The text a value is hashed by: its JSON form for anything but a plain value, so it is stable across runs. */
    private static String canonical(Object value) {
        return value instanceof Number || value instanceof CharSequence || value instanceof java.time.temporal.Temporal
                || value instanceof UUID || value instanceof Boolean || value instanceof Enum<?>
                ? String.valueOf(value) : Columns.json(value);
    }

    private static Object token(FieldRule rule, Object value) {
        if (value instanceof UUID u) {
            return Tokenize.uuid(rule.key(), u);
        }
        if (value instanceof BigDecimal d) {
            BigDecimal unscaled = new BigDecimal(d.unscaledValue());
            if (unscaled.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw rule.unsupported(value, "TOKENIZE keeps up to 18 digits of a decimal");
            }
            return BigDecimal.valueOf(Tokenize.number(rule.key(), unscaled.longValue()), d.scale());
        }
        if (!(value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte)) {
            throw rule.unsupported(value, "TOKENIZE rewrites text, whole numbers, decimals and UUIDs");
        }
        long number = ((Number) value).longValue();
        long[] type = typeRange(value);
        Limits limits = rule.limits();
        long min = limits.wholeMin(type[0]);
        long max = limits.wholeMax(type[1]);
        long token;
        if ((limits.bounded() || type[1] < Integer.MAX_VALUE) && number >= min && number <= max) {
            token = Tokenize.inRange(rule.key(), "whole", number, min, max);
        } else {
            token = value instanceof Long ? Tokenize.number(rule.key(), number)
                    : Tokenize.number(rule.key(), (int) number);
        }
        return box(value, token);
    }

    private static Object generalize(FieldRule rule, Object value) {
        Limits limits = rule.limits();
        if (value instanceof BigDecimal d) {
            BigDecimal bucket = Generalize.bucket(d, BigDecimal.valueOf(BUCKET)).setScale(Math.max(d.scale(), 0));
            BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(d.scale(), 0));
            if (limits.min() != null && (bucket.compareTo(limits.min()) < 0
                    || (!limits.minInclusive() && bucket.compareTo(limits.min()) == 0))) {
                bucket = limits.minInclusive() ? limits.min() : limits.min().add(step);
            }
            return bucket;
        }
        if (value instanceof Double || value instanceof Float) {
            double floored = Math.floor(((Number) value).doubleValue() / BUCKET) * BUCKET;
            double least = limits.min() == null ? floored : limits.min().doubleValue();
            double result = Math.max(floored, least);
            return value instanceof Float ? (Object) (float) result : (Object) result;
        }
        if (value instanceof Number n) {
            long[] type = typeRange(value);
            long bucket = Generalize.bucket(n.longValue(), BUCKET);
            return box(value, Math.min(Math.max(bucket, limits.wholeMin(type[0])), limits.wholeMax(type[1])));
        }
        Object month = month(value, rule);
        return clamp(month, limits.earliest(value.getClass(), rule.referenceTime()),
                limits.latest(value.getClass(), rule.referenceTime()));
    }

    private static Object month(Object value, FieldRule rule) {
        if (value instanceof LocalDate d) {
            return Generalize.month(d);
        }
        if (value instanceof LocalDateTime t) {
            return Generalize.month(t);
        }
        if (value instanceof Instant i) {
            return Generalize.month(i);
        }
        if (value instanceof OffsetDateTime t) {
            return Generalize.month(t.toInstant()).atOffset(ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime t) {
            return Generalize.month(t.toInstant()).atZone(ZoneOffset.UTC);
        }
        if (value instanceof LocalTime t) {
            return t.truncatedTo(ChronoUnit.HOURS);
        }
        if (value instanceof Duration d) {
            return Duration.ofHours(d.toHours());
        }
        throw rule.unsupported(value, "GENERALIZE rounds numbers, dates, times and postcodes");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object clamp(Object value, Object earliest, Object latest) {
        Comparable c = (Comparable) value;
        if (earliest != null && c.compareTo(earliest) < 0) {
            return earliest;
        }
        if (latest != null && c.compareTo(latest) > 0) {
            return latest;
        }
        return value;
    }

    private static long[] typeRange(Object value) {
        if (value instanceof Byte) {
            return new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
        }
        if (value instanceof Short) {
            return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
        }
        if (value instanceof Integer) {
            return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    }

    private static Object box(Object like, long value) {
        if (like instanceof Byte) {
            return (byte) value;
        }
        if (like instanceof Short) {
            return (short) value;
        }
        if (like instanceof Integer) {
            return (int) value;
        }
        return value;
    }
}
