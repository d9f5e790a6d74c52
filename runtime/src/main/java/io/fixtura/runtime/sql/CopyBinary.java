package io.fixtura.runtime.sql;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.LoadException;
import io.fixtura.runtime.dataset.Columns;
import java.util.List;

/**
 * Rows in the format of PostgreSQL's {@code COPY ... FROM STDIN (FORMAT binary)}: a signature and
 * header, then per row its field count and each field as a length (-1 for null) and the bytes
 * {@link PgType} makes, then a trailer. The server counts rows as lines, so the line it names in an
 * error is the row's index plus one, as in text COPY.
 */
final class CopyBinary {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private CopyBinary() {
    }

    /** The signature, no flags (no OIDs), and an empty header extension. */
    static void header(CopyBuffer out) {
        out.putBytes(SIGNATURE);
        out.putInt(0);
        out.putInt(0);
    }

    /** Appends row {@code index} ({@code record}) of {@code table}, whose columns have the {@code types}. */
    static void append(Table table, List<PgType> types, long index, Object record, CopyBuffer out) {
        List<FieldModel<?>> fields = table.fields();
        out.putShort(fields.size());
        for (int f = 0; f < fields.size(); f++) {
            FieldModel<?> field = fields.get(f);
            Object value = table.isDeferred(field) ? null : Columns.value(field, record);
            if (value == null) {
                out.putInt(-1);
                continue;
            }
            String problem = types.get(f).write(value, out);
            if (problem != null) {
                throw new LoadException(table.table(), index, "column " + field.column() + ": " + problem, null);
            }
        }
    }

    /** The end of the data: a field count of -1. */
    static void trailer(CopyBuffer out) {
        out.putShort(-1);
    }
}
