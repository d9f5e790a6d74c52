package io.fixtura.runtime.sql;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.Columns;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Spells a column value (as {@link Columns} makes it) as an SQL literal of one dialect. Strings
 * are standard literals with quotes doubled and backslashes left alone; a string holding control
 * characters becomes a standard Unicode literal ({@code U&'a\000Ab'}) so every statement stays on
 * one line; values PostgreSQL cannot store (NUL in text) are refused.
 */
final class SqlLiterals {

    private SqlLiterals() {
    }

    /** Thrown for a value the dialect cannot store; callers add the table, row and column. */
    static final class UnstorableValue extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnstorableValue(String message) {
            super(message);
        }
    }

    /** The literal of {@code column}, the value {@code field} stores. */
    static String of(Object column, FieldModel<?> field, SqlDialect dialect) {
        if (column == null) {
            return "NULL";
        }
        if (column instanceof String s && Columns.isJson(field)) {
            return json(s, dialect);
        }
        return of(column, dialect);
    }

    /** The literal of a column value whose field needs no special handling. */
    static String of(Object column, SqlDialect dialect) {
        if (column == null) {
            return "NULL";
        }
        if (column instanceof String s) {
            return string(s, dialect);
        }
        if (column instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (column instanceof Double || column instanceof Float) {
            return floating((Number) column);
        }
        if (column instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (column instanceof Number n && (n instanceof BigInteger || n instanceof Long || n instanceof Integer
                || n instanceof Short || n instanceof Byte)) {
            return n.toString();
        }
        if (column instanceof byte[] bytes) {
            return dialect == SqlDialect.H2 ? "X'" + Texts.hex(bytes) + "'" : "'\\x" + Texts.hex(bytes) + "'::bytea";
        }
        if (column instanceof UUID u) {
            return "UUID '" + u + "'";
        }
        if (column instanceof OffsetDateTime t) {
            return "TIMESTAMP WITH TIME ZONE '" + Texts.timestamp(t) + "'";
        }
        if (column instanceof LocalDateTime t) {
            return "TIMESTAMP '" + Texts.timestamp(t) + "'";
        }
        if (column instanceof LocalDate d) {
            return "DATE '" + Texts.date(d) + "'";
        }
        if (column instanceof LocalTime t) {
            return "TIME '" + Texts.time(t) + "'";
        }
        return string(column.toString(), dialect);
    }

    /** A string literal: plain when it can be, a Unicode literal when it holds control characters. */
    static String string(String s, SqlDialect dialect) {
        if (dialect == SqlDialect.POSTGRESQL) {
            String problem = Texts.postgresqlProblem(s);
            if (problem != null) {
                throw new UnstorableValue(problem);
            }
        }
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            plain = !needsEscape(s, i);
        }
        if (plain) {
            return "'" + s.replace("'", "''") + "'";
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append("U&'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                out.append("''");
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (needsEscape(s, i)) {
                out.append('\\').append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** Control characters (a line break would split the statement) and lone surrogates (no UTF-8 form). */
    private static boolean needsEscape(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || c == 0x7F) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    private static String json(String document, SqlDialect dialect) {
        if (dialect == SqlDialect.H2) {
            return string(document, dialect);
        }
        if (Texts.jsonHasNul(document)) {
            throw new UnstorableValue("PostgreSQL jsonb cannot hold the NUL character (\\u0000) in a string");
        }
        return string(document, dialect) + "::jsonb";
    }

    private static String floating(Number n) {
        double d = n.doubleValue();
        // a literal -0.0 is minus applied to 0.0 and loses its sign; the cast of the text keeps it
        boolean negativeZero = d == 0 && Double.doubleToRawLongBits(d) != 0;
        if (Double.isFinite(d) && !negativeZero) {
            return n.toString();
        }
        String type = n instanceof Float ? "REAL" : "DOUBLE PRECISION";
        String text = negativeZero ? "-0" : Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        return "CAST('" + text + "' AS " + type + ")";
    }
}
