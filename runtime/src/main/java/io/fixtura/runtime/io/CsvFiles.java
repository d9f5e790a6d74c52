package io.fixtura.runtime.io;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.dataset.EntityRows;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a dataset as CSV (RFC 4180, UTF-8), one {@code <table>.csv} per entity: a header row of
 * column names, then one row per record in the {@link Columns#text} form, CRLF line ends. A null is
 * an empty unquoted field and an empty string is {@code ""}, so {@link CsvReader} tells them apart.
 *
 * <pre>{@code CsvFiles.write(dataset.rows(), Path.of("target/csv"));}</pre>
 */
public final class CsvFiles {

    private static final String CRLF = "\r\n";

    private CsvFiles() {
    }

    /** Writes {@code <table>.csv} per entity, streaming the records; all files or none. */
    public static List<Path> write(List<? extends EntityRows<?>> rows, Path dir) {
        try (Staging staging = Staging.in(dir)) {
            for (EntityRows<?> part : rows) {
                staging.write(part.model().table() + ".csv", out -> write(part, out));
            }
            return staging.commit();
        }
    }

    private static <T> void write(EntityRows<T> part, OutputStream out) throws IOException {
        EntityModel<T> model = part.model();
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        boolean first = true;
        for (FieldModel<T> field : model.fields()) {
            if (!first) {
                csv.write(',');
            }
            writeField(csv, field.column());
            first = false;
        }
        csv.write(CRLF);
        long index = 0;
        try (Stream<T> records = part.stream()) {
            for (T record : (Iterable<T>) records::iterator) {
                first = true;
                for (FieldModel<T> field : model.fields()) {
                    if (!first) {
                        csv.write(',');
                    }
                    String text = Columns.text(Columns.value(field, record));
                    int broken = loneSurrogate(text);
                    if (broken >= 0) {
                        throw new IllegalArgumentException(model.type().getSimpleName() + " record " + index + ", "
                                + field.name() + " (column " + field.column() + "): char " + broken + " is half of a"
                                + " surrogate pair, which UTF-8 cannot encode; the CSV would not read back equal");
                    }
                    writeField(csv, text);
                    first = false;
                }
                csv.write(CRLF);
                index++;
            }
        }
        csv.flush();
    }

    /**
     * One field: null as nothing, quoted (quotes doubled) when empty or holding a comma, quote, CR or
     * LF. Public so other writers (the bulk anonymizer) quote exactly as these files do.
     */
    public static void writeField(Writer csv, String text) throws IOException {
        if (text == null) {
            return;
        }
        if (!needsQuotes(text)) {
            csv.write(text);
            return;
        }
        csv.write('"');
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                csv.write(text, start, i + 1 - start);
                csv.write('"');
                start = i + 1;
            }
        }
        csv.write(text, start, text.length() - start);
        csv.write('"');
    }

    /** The index of a surrogate char without its other half, or -1: such text has no UTF-8 form. */
    static int loneSurrogate(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
