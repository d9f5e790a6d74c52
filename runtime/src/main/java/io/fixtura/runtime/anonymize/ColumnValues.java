package io.fixtura.runtime.anonymize;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.dataset.Columns;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a column's stored form (CSV text, a JSON Lines value, a JDBC column) back into its field's
 * Java value, the inverse of {@link Columns#column}, so rules see the values a generated anonymizer
 * sees. A value that does not read fails with what was expected, never with the value itself.
 */
final class ColumnValues {

    private static final ObjectMapper JSON = Columns.mapper();

    /** Types a JSON Lines file holds as strings. */
    private static final Set<Class<?>> TEXTS = Set.of(String.class, Character.class, UUID.class, LocalDate.class,
            LocalDateTime.class, LocalTime.class, Instant.class, OffsetDateTime.class, ZonedDateTime.class,
            byte[].class);
    /** Types a JSON Lines file holds as whole numbers. */
    private static final Set<Class<?>> WHOLE = Set.of(Byte.class, Short.class, Integer.class, Long.class,
            BigInteger.class, Duration.class);
    /** Types a JSON Lines file holds as numbers, whole or not. */
    private static final Set<Class<?>> DECIMAL = Set.of(BigDecimal.class, Double.class, Float.class);

    private ColumnValues() {
    }

    /**
     * Fails, naming the field, if it is rewritten but its type has no column form to read back:
     * checked before a file is opened, so no row is half done.
     */
    static void requireReadable(EntityModel<?> model, FieldModel<?> field) {
        Class<?> type = boxed(field.javaType());
        if (Columns.isJson(field) || TEXTS.contains(type) || WHOLE.contains(type) || DECIMAL.contains(type)
                || type == Boolean.class || type.isEnum()) {
            return;
        }
        throw new AnonymizationException(model.type().getSimpleName() + "." + field.name() + " is @Sensitive (or"
                + " references a sensitive field) but its type " + type.getSimpleName() + " has no column form the"
                + " bulk anonymizer can read back; store it as a JSON column or use a generated anonymizer");
    }

    /** The value of {@code field} whose {@link Columns#text} form is {@code text}; null stays null. */
    static Object fromText(FieldModel<?> field, String text) {
        if (text == null) {
            return null;
        }
        if (Columns.isJson(field)) {
            return json(field, text);
        }
        Class<?> type = boxed(field.javaType());
        try {
            return parse(type, text);
        } catch (RuntimeException e) {
            // the parser's own message quotes the input, which is personal data
            throw unreadable(field, type);
        }
    }

    /**
     * The value of {@code field} from one JSON Lines value: {@code token} is its kind, {@code text}
     * the decoded string of a string token, {@code raw} the value as written (a JSON column's document).
     */
    static Object fromJson(FieldModel<?> field, JsonToken token, String text, String raw) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (Columns.isJson(field)) {
            return json(field, raw);
        }
        Class<?> type = boxed(field.javaType());
        boolean fits = switch (token) {
            case VALUE_STRING -> TEXTS.contains(type) || type.isEnum() || type == Double.class || type == Float.class;
            case VALUE_NUMBER_INT -> WHOLE.contains(type) || DECIMAL.contains(type);
            case VALUE_NUMBER_FLOAT -> DECIMAL.contains(type);
            case VALUE_TRUE, VALUE_FALSE -> type == Boolean.class;
            default -> false;
        };
        if (!fits) {
            throw unreadable(field, type);
        }
        return fromText(field, token == JsonToken.VALUE_STRING ? text : raw);
    }

    /** The value of {@code field} in column {@code column} of the current row of {@code rows}. */
    static Object fromJdbc(FieldModel<?> field, ResultSet rows, int column) {
        Class<?> type = boxed(field.javaType());
        try {
            if (Columns.isJson(field)) {
                String document = rows.getString(column);
                return document == null ? null : json(field, document);
            }
            Object value = jdbc(type, rows, column);
            return rows.wasNull() ? null : value;
        } catch (SQLException | RuntimeException e) {
            if (e instanceof AnonymizationException a) {
                throw a;
            }
            // drivers' conversion messages quote the value
            throw unreadable(field, type);
        }
    }

    private static Object jdbc(Class<?> type, ResultSet rows, int c) throws SQLException {
        if (type == Boolean.class) {
            return rows.getBoolean(c);
        }
        if (type == Byte.class) {
            return rows.getByte(c);
        }
        if (type == Short.class) {
            return rows.getShort(c);
        }
        if (type == Integer.class) {
            return rows.getInt(c);
        }
        if (type == Long.class) {
            return rows.getLong(c);
        }
        if (type == Double.class) {
            return rows.getDouble(c);
        }
        if (type == Float.class) {
            return rows.getFloat(c);
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(rows.getLong(c));
        }
        if (type == BigDecimal.class) {
            return rows.getBigDecimal(c);
        }
        if (type == BigInteger.class) {
            BigDecimal value = rows.getBigDecimal(c);
            return value == null ? null : value.toBigIntegerExact();
        }
        if (type == byte[].class) {
            return rows.getBytes(c);
        }
        if (type == LocalDate.class || type == LocalDateTime.class || type == LocalTime.class
                || type == OffsetDateTime.class) {
            return rows.getObject(c, type);
        }
        if (type == Instant.class || type == ZonedDateTime.class) {
            OffsetDateTime value = rows.getObject(c, OffsetDateTime.class);
            return value == null ? null : type == Instant.class ? value.toInstant() : value.toZonedDateTime();
        }
        if (type == UUID.class) {
            Object value = rows.getObject(c);
            return value == null || value instanceof UUID ? value : UUID.fromString(value.toString());
        }
        String text = rows.getString(c);
        return text == null ? null : parse(type, text);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String text) {
        if (type == String.class) {
            return text;
        }
        if (type == Character.class) {
            if (text.length() != 1) {
                throw new IllegalArgumentException("not one char");
            }
            return text.charAt(0);
        }
        if (type == Boolean.class) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("not a boolean");
            }
            return Boolean.valueOf(text);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class) type, text);
        }
        if (type == Byte.class) {
            return Byte.valueOf(text);
        }
        if (type == Short.class) {
            return Short.valueOf(text);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == BigInteger.class) {
            return new BigInteger(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type == Double.class) {
            return Double.valueOf(text);
        }
        if (type == Float.class) {
            return Float.valueOf(text);
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        if (type == UUID.class) {
            if (text.length() != 36) {
                throw new IllegalArgumentException("not a UUID");
            }
            return UUID.fromString(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text);
        }
        if (type == LocalTime.class) {
            return LocalTime.parse(text);
        }
        if (type == Instant.class) {
            return OffsetDateTime.parse(text).toInstant();
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(text);
        }
        if (type == ZonedDateTime.class) {
            return ZonedDateTime.parse(text);
        }
        if (type == byte[].class) {
            return Base64.getDecoder().decode(text);
        }
        throw new IllegalArgumentException("no column form");
    }

    private static Object json(FieldModel<?> field, String document) {
        try {
            return JSON.readValue(document, field.javaType());
        } catch (Exception e) {
            // Jackson's message quotes the document
            throw new AnonymizationException("the JSON document of sensitive field " + field.name()
                    + " does not read back as a " + field.javaType().getSimpleName()
                    + "; a JSON column is only rewritten when it reads back as its field's type");
        }
    }

    private static AnonymizationException unreadable(FieldModel<?> field, Class<?> type) {
        return new AnonymizationException("expected " + form(type) + " for field " + field.name()
                + " (the value is not shown: it is personal data)");
    }

    /** What a column of {@code type} holds, for error messages. */
    private static String form(Class<?> type) {
        if (type.isEnum()) {
            return "one of the names of " + type.getSimpleName();
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == Character.class) {
            return "a single character";
        }
        if (type == Duration.class) {
            return "a Duration as whole seconds";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a " + type.getSimpleName() + " as an ISO-8601 date-time with offset, like 2024-01-01T10:00Z";
        }
        if (type == LocalDate.class || type == LocalDateTime.class || type == LocalTime.class) {
            return "a " + type.getSimpleName() + " in ISO-8601, like " + (type == LocalDate.class ? "2024-01-31"
                    : type == LocalTime.class ? "10:15:30" : "2024-01-31T10:15:30");
        }
        if (type == byte[].class) {
            return "base64 bytes";
        }
        String name = type.getSimpleName();
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** The wrapper of a primitive type, any other type as it is. */
    static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }
}
