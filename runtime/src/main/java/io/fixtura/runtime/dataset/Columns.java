package io.fixtura.runtime.dataset;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fixtura.runtime.FieldModel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Base64;
import java.util.Optional;

/**
 * Turns a field's Java value into what a column stores, the same way for every sink: enums by
 * name, instants as UTC offset date-times, durations as whole seconds, collections and nested
 * values as one JSON document, Optional unwrapped. One place, so JSON, CSV, SQL and JDBC agree.
 */
public final class Columns {

    private static final ObjectMapper JSON = mapper();

    private Columns() {
    }

    /** The Jackson mapper sinks share: ISO-8601 times, fields read directly, stable key order. */
    public static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return mapper;
    }

    /** The value {@code field} stores for {@code entity}: a JDBC-ready object, or null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object value(FieldModel<?> field, Object entity) {
        return column(field, ((FieldModel) field).get(entity));
    }

    /** The column form of one field value. */
    public static Object column(FieldModel<?> field, Object value) {
        if (value instanceof Optional<?> optional) {
            value = optional.orElse(null);
        }
        if (value == null) {
            return null;
        }
        if (isJson(field)) {
            return json(value);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        if (value instanceof Duration d) {
            return d.getSeconds();
        }
        if (value instanceof Character c) {
            return String.valueOf(c);
        }
        return value;
    }

    /** The column value as text: ISO-8601 times, plain decimals, base64 bytes, JSON documents. */
    public static String text(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (column instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (column instanceof OffsetDateTime t) {
            return t.toString();
        }
        if (column instanceof Temporal t) {
            return t.toString();
        }
        return column.toString();
    }

    /** Whether the field is stored as one JSON document (collections, maps, nested values). */
    public static boolean isJson(FieldModel<?> field) {
        return field.sqlType() != null && field.sqlType().name().equals("JSON");
    }

    /** {@code value} as a JSON document. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
