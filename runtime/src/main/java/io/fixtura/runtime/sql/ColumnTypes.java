package io.fixtura.runtime.sql;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.SqlType;
import java.util.Locale;

/**
 * Renders a dialect-neutral {@link SqlType} as the column type one database understands: JSON is
 * JSONB in PostgreSQL and text in H2 (so the document reads back as written), binaries are BYTEA
 * in PostgreSQL, which has no TINYINT either.
 */
final class ColumnTypes {

    private ColumnTypes() {
    }

    /** The column type of {@code field} in {@code dialect}. */
    static String of(String table, FieldModel<?> field, SqlDialect dialect) {
        SqlType type = field.sqlType();
        if (type == null) {
            throw new IllegalArgumentException("table " + table + ", column " + field.column() + " (field "
                    + field.name() + ") has no SQL type in its model");
        }
        return dialect == SqlDialect.POSTGRESQL ? postgresql(type) : h2(type);
    }

    private static String postgresql(SqlType type) {
        return switch (type.name().toUpperCase(Locale.ROOT)) {
            case "JSON" -> "JSONB";
            case "VARBINARY", "BINARY", "LONGVARBINARY", "BLOB", "BINARY VARYING" -> "BYTEA";
            case "TINYINT" -> "SMALLINT";
            case "DOUBLE", "FLOAT", "DOUBLE PRECISION" -> "DOUBLE PRECISION";
            case "CLOB", "LONGVARCHAR", "LONGNVARCHAR", "NCLOB", "TEXT" -> "TEXT";
            case "VARCHAR", "NVARCHAR", "CHARACTER VARYING" -> type.length() > 0 ? "VARCHAR(" + type.length() + ")"
                    : "TEXT";
            case "DECIMAL", "NUMERIC" -> numeric("NUMERIC", type);
            case "BIT" -> "BOOLEAN";
            default -> type.toString();
        };
    }

    private static String h2(SqlType type) {
        return switch (type.name().toUpperCase(Locale.ROOT)) {
            // H2's JSON type turns a character string into a JSON string value; text keeps the document as written
            case "JSON" -> "CHARACTER LARGE OBJECT";
            case "VARBINARY", "BINARY VARYING" -> type.length() > 0 ? "VARBINARY(" + type.length() + ")"
                    : "VARBINARY";
            case "LONGVARBINARY", "BLOB" -> "BINARY LARGE OBJECT";
            case "DOUBLE", "FLOAT", "DOUBLE PRECISION" -> "DOUBLE PRECISION";
            case "CLOB", "LONGVARCHAR", "LONGNVARCHAR", "NCLOB", "TEXT" -> "CHARACTER LARGE OBJECT";
            case "VARCHAR", "NVARCHAR", "CHARACTER VARYING" -> type.length() > 0 ? "VARCHAR(" + type.length() + ")"
                    : "CHARACTER VARYING";
            case "DECIMAL", "NUMERIC" -> numeric("DECIMAL", type);
            case "BIT" -> "BOOLEAN";
            // H2's default fractional precision is 0 for TIME and 6 for timestamps; Java times carry nanoseconds
            case "TIME" -> "TIME(9)";
            case "TIMESTAMP" -> "TIMESTAMP(9)";
            case "TIMESTAMP WITH TIME ZONE" -> "TIMESTAMP(9) WITH TIME ZONE";
            default -> type.toString();
        };
    }

    private static String numeric(String name, SqlType type) {
        return type.precision() > 0 ? name + "(" + type.precision() + ", " + type.scale() + ")" : name;
    }

    /** Whether values of {@code type} are numbers, so numeric bounds can be checked in SQL. */
    static boolean isNumeric(SqlType type) {
        return type != null && switch (type.jdbcType()) {
            case TINYINT, SMALLINT, INTEGER, BIGINT, REAL, FLOAT, DOUBLE, DECIMAL, NUMERIC -> true;
            default -> false;
        };
    }

    /** Whether values of {@code type} are character strings. */
    static boolean isText(SqlType type) {
        return type != null && !type.name().equals("JSON") && switch (type.jdbcType()) {
            case CHAR, VARCHAR, LONGVARCHAR, NCHAR, NVARCHAR, LONGNVARCHAR, CLOB, NCLOB -> true;
            default -> false;
        };
    }
}
