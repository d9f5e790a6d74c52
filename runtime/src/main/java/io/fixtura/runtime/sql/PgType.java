package io.fixtura.runtime.sql;

import io.fixtura.runtime.SqlType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.JDBCType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A PostgreSQL column type that binary COPY writes, and how: each value as its length and the
 * bytes the type's receive function reads. Values are stored exactly as text COPY of the same
 * value would store them (times rounded to microseconds the way PostgreSQL rounds their text), so
 * choosing the binary format changes speed, not data. Text-like types receive the text itself.
 */
enum PgType {
    INT2, INT4, INT8, NUMERIC, FLOAT4, FLOAT8, BOOL, TEXT, JSON, JSONB, UUID, DATE, TIME, TIMESTAMP, TIMESTAMPTZ,
    BYTEA;

    private static final Set<JDBCType> INTEGRAL = EnumSet.of(JDBCType.TINYINT, JDBCType.SMALLINT, JDBCType.INTEGER,
            JDBCType.BIGINT);
    private static final Set<JDBCType> FLOATING = EnumSet.of(JDBCType.REAL, JDBCType.FLOAT, JDBCType.DOUBLE);
    private static final Set<JDBCType> BINARY = EnumSet.of(JDBCType.BINARY, JDBCType.VARBINARY,
            JDBCType.LONGVARBINARY, JDBCType.BLOB);

    /** 2000-01-01, PostgreSQL's epoch, in days and seconds since 1970-01-01. */
    private static final long EPOCH_DAY = 10_957;
    private static final long EPOCH_SECOND = EPOCH_DAY * 86_400;
    /** Dates PostgreSQL holds, in days since its epoch: 4714-11-24 BC up to, not including, 5874898-01-01. */
    private static final long MIN_DATE = -2_451_545;
    private static final long END_DATE = 2_145_031_949;
    /** Timestamps PostgreSQL holds, in microseconds since its epoch: 4714-11-24 BC up to 294277-01-01. */
    private static final long MIN_TIMESTAMP = -211_813_488_000_000_000L;
    private static final long END_TIMESTAMP = 9_223_371_331_200_000_000L;

    /** The type of a column whose {@code pg_type.typname} is {@code name}, or null: COPY must use text. */
    static PgType of(String name) {
        return switch (name) {
            case "int2", "smallserial" -> INT2;
            case "int4", "serial" -> INT4;
            case "int8", "bigserial" -> INT8;
            case "numeric" -> NUMERIC;
            case "float4" -> FLOAT4;
            case "float8" -> FLOAT8;
            case "bool" -> BOOL;
            case "text", "varchar", "bpchar" -> TEXT;
            case "json" -> JSON;
            case "jsonb" -> JSONB;
            case "uuid" -> UUID;
            case "date" -> DATE;
            case "time" -> TIME;
            case "timestamp" -> TIMESTAMP;
            case "timestamptz" -> TIMESTAMPTZ;
            case "bytea" -> BYTEA;
            default -> null;
        };
    }

    /**
     * Whether values of a field of SQL type {@code model} go into a column of this type unchanged.
     * Where text COPY would convert (an instant into a local timestamp, a double into numeric) the
     * table keeps the text format. Text-like columns take the text of any value, as text COPY does.
     */
    boolean accepts(SqlType model) {
        if (this == TEXT || this == JSON || this == JSONB) {
            return true;
        }
        if (model == null) {
            return false;
        }
        JDBCType jdbc = model.jdbcType();
        return switch (this) {
            case INT2, INT4, INT8 -> INTEGRAL.contains(jdbc);
            case NUMERIC -> INTEGRAL.contains(jdbc) || jdbc == JDBCType.DECIMAL || jdbc == JDBCType.NUMERIC;
            case FLOAT4, FLOAT8 -> FLOATING.contains(jdbc);
            case BOOL -> jdbc == JDBCType.BOOLEAN || jdbc == JDBCType.BIT;
            case UUID -> model.name().equals("UUID");
            case DATE -> jdbc == JDBCType.DATE;
            case TIME -> jdbc == JDBCType.TIME;
            case TIMESTAMP -> jdbc == JDBCType.TIMESTAMP;
            case TIMESTAMPTZ -> jdbc == JDBCType.TIMESTAMP_WITH_TIMEZONE;
            case BYTEA -> BINARY.contains(jdbc);
            default -> false;
        };
    }

    /**
     * Writes {@code value} (a column value, not null) as a field: its length, then its bytes.
     * Returns null, or why PostgreSQL cannot hold it, for the caller to name the row.
     */
    String write(Object value, CopyBuffer out) {
        switch (this) {
            case INT2, INT4, INT8:
                return integral(value, out);
            case NUMERIC:
                return numeric(value, out);
            case FLOAT4:
                if (!(value instanceof Float || value instanceof Double)) {
                    return wrong(value);
                }
                // a double goes into a real column as its text would: the float nearest its decimal digits
                out.putInt(4);
                out.putInt(Float.floatToIntBits(value instanceof Float f ? f : Float.parseFloat(value.toString())));
                return null;
            case FLOAT8:
                if (!(value instanceof Float || value instanceof Double)) {
                    return wrong(value);
                }
                // and a float into a double precision column: 0.1f as 0.1, not as 0.10000000149011612
                out.putInt(8);
                double number = value instanceof Double v ? v : Double.parseDouble(value.toString());
                out.putLong(Double.doubleToLongBits(number));
                return null;
            case BOOL:
                if (!(value instanceof Boolean b)) {
                    return wrong(value);
                }
                out.putInt(1);
                out.putByte(b ? 1 : 0);
                return null;
            case TEXT, JSON, JSONB:
                return text(CopyText.text(value), out);
            case UUID:
                if (!(value instanceof java.util.UUID u)) {
                    return wrong(value);
                }
                out.putInt(16);
                out.putLong(u.getMostSignificantBits());
                out.putLong(u.getLeastSignificantBits());
                return null;
            case DATE:
                return value instanceof LocalDate d ? date(d, out) : wrong(value);
            case TIME:
                if (!(value instanceof LocalTime t)) {
                    return wrong(value);
                }
                out.putInt(8);
                out.putLong(t.toSecondOfDay() * 1_000_000L + micros(t.getNano()));
                return null;
            case TIMESTAMP:
                return value instanceof LocalDateTime t
                        ? timestamp(t.toEpochSecond(ZoneOffset.UTC), t.getNano(), value, out) : wrong(value);
            case TIMESTAMPTZ:
                return timestamptz(value, out);
            case BYTEA:
                if (!(value instanceof byte[] b)) {
                    return wrong(value);
                }
                out.putInt(b.length);
                out.putBytes(b);
                return null;
            default:
                throw new AssertionError(this);
        }
    }

    private String integral(Object value, CopyBuffer out) {
        long v;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            v = ((Number) value).longValue();
        } else if (value instanceof BigInteger i && i.bitLength() < 64) {
            v = i.longValue();
        } else if (value instanceof BigInteger) {
            return outOfRange(value);
        } else {
            return wrong(value);
        }
        switch (this) {
            case INT2 -> {
                if (v != (short) v) {
                    return outOfRange(value);
                }
                out.putInt(2);
                out.putShort((int) v);
            }
            case INT4 -> {
                if (v != (int) v) {
                    return outOfRange(value);
                }
                out.putInt(4);
                out.putInt((int) v);
            }
            default -> {
                out.putInt(8);
                out.putLong(v);
            }
        }
        return null;
    }

    private String outOfRange(Object value) {
        return "value " + value + " is out of range for type " + (this == INT2 ? "smallint" : this == INT4 ? "integer"
                : "bigint");
    }

    private String numeric(Object value, CopyBuffer out) {
        if (value instanceof BigDecimal d) {
            return PgNumeric.write(d, out);
        }
        if (value instanceof BigInteger i) {
            return PgNumeric.write(new BigDecimal(i), out);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return PgNumeric.write(BigDecimal.valueOf(((Number) value).longValue()), out);
        }
        return wrong(value);
    }

    private String text(String text, CopyBuffer out) {
        if (this == JSONB && Texts.jsonHasNul(text)) {
            return "PostgreSQL jsonb cannot hold the NUL character (\\u0000) in a string";
        }
        int at = out.size();
        out.putInt(0);
        if (this == JSONB) {
            out.putByte(1); // the jsonb binary format's version; the document follows as text
        }
        if (out.putUtf8(text) >= 0) {
            return Texts.postgresqlProblem(text);
        }
        out.setInt(at, out.size() - at - 4);
        return null;
    }

    private static String date(LocalDate date, CopyBuffer out) {
        long days = date.toEpochDay() - EPOCH_DAY;
        if (days < MIN_DATE || days >= END_DATE) {
            return "date " + date + " is out of the range PostgreSQL can hold (4714-11-24 BC to 5874897-12-31)";
        }
        out.putInt(4);
        out.putInt((int) days);
        return null;
    }

    private String timestamptz(Object value, CopyBuffer out) {
        Instant instant;
        if (value instanceof OffsetDateTime t) {
            instant = t.toInstant();
        } else if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof ZonedDateTime z) {
            instant = z.toInstant();
        } else {
            return wrong(value);
        }
        return timestamp(instant.getEpochSecond(), instant.getNano(), value, out);
    }

    private static String timestamp(long epochSecond, int nano, Object value, CopyBuffer out) {
        long micros;
        try {
            micros = Math.addExact(Math.multiplyExact(epochSecond - EPOCH_SECOND, 1_000_000L), micros(nano));
        } catch (ArithmeticException e) {
            micros = Long.MAX_VALUE;
        }
        if (micros < MIN_TIMESTAMP || micros >= END_TIMESTAMP) {
            return "timestamp " + value + " is out of the range PostgreSQL can hold (4714-11-24 BC to 294276-12-31)";
        }
        out.putInt(8);
        out.putLong(micros);
        return null;
    }

    /**
     * Nanoseconds as the microseconds PostgreSQL makes of their text: {@code rint(strtod(".nnnnnnnnn") * 1e6)}.
     * The double nearest {@code nano / 1e9} is the one {@code strtod} reads from the digits, so this
     * rounds exactly as a text COPY would, ties to even included.
     */
    static long micros(int nano) {
        return nano % 1000 == 0 ? nano / 1000 : (long) Math.rint(nano / 1e9 * 1_000_000);
    }

    private String wrong(Object value) {
        return "a " + value.getClass().getSimpleName() + " cannot be written to a PostgreSQL "
                + name().toLowerCase(java.util.Locale.ROOT) + " column";
    }
}
