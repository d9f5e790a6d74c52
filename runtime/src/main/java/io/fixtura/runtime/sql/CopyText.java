package io.fixtura.runtime.sql;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.LoadException;
import io.fixtura.runtime.dataset.Columns;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row as PostgreSQL's {@code COPY ... FROM STDIN} reads its text format: fields separated by
 * tabs, null as {@code \N}, backslash, tab and line breaks escaped. Every row is one physical line,
 * so the line number PostgreSQL gives for a failing row is the row's index plus one (in CSV, line
 * breaks inside quoted values shift it). Values PostgreSQL cannot store are refused, naming the row.
 */
final class CopyText {

    private CopyText() {
    }

    /** Appends row {@code index} ({@code record}) of {@code table} and its line end to {@code out}. */
    static void append(Table table, long index, Object record, StringBuilder out) {
        List<FieldModel<?>> fields = table.fields();
        for (int f = 0; f < fields.size(); f++) {
            FieldModel<?> field = fields.get(f);
            if (f > 0) {
                out.append('\t');
            }
            Object value = table.isDeferred(field) ? null : Columns.value(field, record);
            if (value == null) {
                out.append("\\N");
                continue;
            }
            String text = text(value);
            String problem = Texts.postgresqlProblem(text);
            if (problem == null && Columns.isJson(field) && Texts.jsonHasNul(text)) {
                problem = "PostgreSQL jsonb cannot hold the NUL character (\\u0000) in a string";
            }
            if (problem != null) {
                throw new LoadException(table.table(), index, "column " + field.column() + ": " + problem, null);
            }
            escape(text, out);
        }
        out.append('\n');
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
    }

    /** The text of a column value as COPY reads it, before escaping. */
    static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return "\\x" + Texts.hex(bytes);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof OffsetDateTime t) {
            return Texts.timestamp(t);
        }
        if (value instanceof LocalDateTime t) {
            return Texts.timestamp(t);
        }
        if (value instanceof LocalDate d) {
            return Texts.date(d);
        }
        if (value instanceof LocalTime t) {
            return Texts.time(t);
        }
        return value.toString();
    }
}
