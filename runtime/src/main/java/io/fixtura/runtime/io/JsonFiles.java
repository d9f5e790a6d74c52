package io.fixtura.runtime.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.dataset.EntityRows;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a dataset as JSON, one file per entity: objects keyed by column name holding the
 * {@link Columns} values (JSON-document columns embedded as JSON, times as ISO-8601 text, decimals
 * exact, bytes as base64), streamed record by record so a table never sits in memory.
 *
 * <pre>{@code JsonFiles.writeArrays(dataset.rows(), Path.of("target/data"));}</pre>
 */
public final class JsonFiles {

    /** Plain UTF-8 for astral characters (emoji stay emoji, not escaped pairs); exact decimals, never exponents. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonFiles() {
    }

    /** Writes {@code <table>.json} per entity, each a JSON array of row objects; all files or none. */
    public static List<Path> writeArrays(List<? extends EntityRows<?>> rows, Path dir) {
        try (Staging staging = Staging.in(dir)) {
            for (EntityRows<?> part : rows) {
                staging.write(part.model().table() + ".json", out -> writeArray(part, out));
            }
            return staging.commit();
        }
    }

    /** Writes {@code <table>.jsonl} per entity, JSON Lines: one row object per line; all files or none. */
    public static List<Path> writeLines(List<? extends EntityRows<?>> rows, Path dir) {
        try (Staging staging = Staging.in(dir)) {
            writeLines(rows, staging);
            return staging.commit();
        }
    }

    /** Stages {@link #linesFileName(String) <table>.jsonl} per entity, for callers that write more files with them. */
    public static void writeLines(List<? extends EntityRows<?>> rows, Staging staging) {
        for (EntityRows<?> part : rows) {
            staging.write(linesFileName(part.model().table()), out -> writeLines(part, out));
        }
    }

    /** The JSON Lines file of {@code table}. */
    public static String linesFileName(String table) {
        return table + ".jsonl";
    }

    private static <T> void writeArray(EntityRows<T> part, OutputStream out) throws IOException {
        try (JsonGenerator json = generator(out); Stream<T> records = part.stream()) {
            json.setPrettyPrinter(new OneRowPerLine());
            json.writeStartArray();
            for (T record : (Iterable<T>) records::iterator) {
                writeRow(json, part.model(), record);
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
    }

    private static <T> void writeLines(EntityRows<T> part, OutputStream out) throws IOException {
        try (JsonGenerator json = generator(out); Stream<T> records = part.stream()) {
            json.setPrettyPrinter(new MinimalPrettyPrinter(""));
            for (T record : (Iterable<T>) records::iterator) {
                writeRow(json, part.model(), record);
                json.writeRaw('\n');
            }
        }
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out, JsonEncoding.UTF8);
    }

    private static <T> void writeRow(JsonGenerator json, EntityModel<T> model, T record) throws IOException {
        json.writeStartObject();
        for (FieldModel<T> field : model.fields()) {
            json.writeFieldName(field.column());
            writeValue(json, field, Columns.value(field, record));
        }
        json.writeEndObject();
    }

    /** One column value; anything without a JSON counterpart is written as its {@link Columns#text} form. */
    public static void writeValue(JsonGenerator json, FieldModel<?> field, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s && Columns.isJson(field)) {
            json.writeRawValue(s);
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            json.writeNumber(i);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Float f) {
            json.writeNumber(f);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof byte[] bytes) {
            json.writeBinary(bytes);
        } else {
            json.writeString(Columns.text(value));
        }
    }

    /** Minimal JSON, but each row of the top-level array on a line of its own, so files diff well. */
    private static final class OneRowPerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        OneRowPerLine() {
            super("");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(values == 0 ? "]" : "\n]");
        }
    }
}
