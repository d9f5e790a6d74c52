package io.fixtura.runtime;

import java.sql.JDBCType;

/**
 * The SQL type of a column, dialect-neutral: a standard type name, the JDBC type it binds as, and
 * a length (strings, binaries) or precision and scale (decimals). {@link #toString()} gives
 * standard SQL such as {@code VARCHAR(120)} or {@code DECIMAL(10, 2)}.
 */
public record SqlType(String name, JDBCType jdbcType, int length, int precision, int scale) {

    /** A type without length or precision, named as JDBC names it. */
    public static SqlType of(JDBCType type) {
        String name = switch (type) {
            case DOUBLE -> "DOUBLE PRECISION";
            case TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMP WITH TIME ZONE";
            case TIME_WITH_TIMEZONE -> "TIME WITH TIME ZONE";
            default -> type.getName();
        };
        return new SqlType(name, type, 0, 0, 0);
    }

    /** {@code VARCHAR(length)}. */
    public static SqlType varchar(int length) {
        return new SqlType("VARCHAR", JDBCType.VARCHAR, length, 0, 0);
    }

    /** {@code CHAR(length)}. */
    public static SqlType fixedChar(int length) {
        return new SqlType("CHAR", JDBCType.CHAR, length, 0, 0);
    }

    /** {@code VARBINARY(length)}. */
    public static SqlType varbinary(int length) {
        return new SqlType("VARBINARY", JDBCType.VARBINARY, length, 0, 0);
    }

    /** {@code DECIMAL(precision, scale)}. */
    public static SqlType decimal(int precision, int scale) {
        return new SqlType("DECIMAL", JDBCType.DECIMAL, 0, precision, scale);
    }

    /** {@code UUID}. */
    public static SqlType uuid() {
        return new SqlType("UUID", JDBCType.OTHER, 0, 0, 0);
    }

    /** {@code JSON}: collections and nested values are stored as one JSON document. */
    public static SqlType json() {
        return new SqlType("JSON", JDBCType.OTHER, 0, 0, 0);
    }

    @Override
    public String toString() {
        if (length > 0) {
            return name + "(" + length + ")";
        }
        if (precision > 0) {
            return name + "(" + precision + ", " + scale + ")";
        }
        return name;
    }
}
