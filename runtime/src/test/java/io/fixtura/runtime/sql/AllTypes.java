package io.fixtura.runtime.sql;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.SqlType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.JDBCType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A table with a column of every field type the runtime stores, and rows that put each at its
 * limits: the smallest values PostgreSQL holds (row 0), the largest (row 1), nulls (row 2), zeros
 * and epochs (row 3), then varied values from a fixed random stream: decimals of every sign and
 * scale, the special floats, text with quotes, line breaks and astral characters, dates before 2000.
 * Times have whole microseconds, unless {@code nanos} asks for nanoseconds PostgreSQL must round.
 */
final class AllTypes {

    enum Mood { CALM, ANGRY, SLEEPY }

    record Row(Long id, Short small, Byte tiny, Integer whole, Long big, BigDecimal amount, BigDecimal exact,
            BigInteger huge, Float ratio, Double measure, Boolean flag, String label, Character letter, UUID token,
            LocalDate day, LocalTime clock, LocalDateTime local, Instant instant, OffsetDateTime offset,
            ZonedDateTime zoned, Duration duration, byte[] bytes, List<String> tags, Mood mood,
            Optional<String> maybe) {
    }

    /** Unconstrained NUMERIC: every scale is kept as it is. */
    private static final SqlType NUMERIC = new SqlType("NUMERIC", JDBCType.NUMERIC, 0, 0, 0);
    private static final SqlType TIMESTAMPTZ = SqlType.of(JDBCType.TIMESTAMP_WITH_TIMEZONE);

    static final SqlModel<Row> MODEL = new SqlModel<>(Row.class, "all_types", List.of("id"), List.of(
            FieldModel.<Row>of("id", Long.class, Row::id).sqlType(SqlType.of(JDBCType.BIGINT)).key(),
            FieldModel.<Row>of("small", Short.class, Row::small).sqlType(SqlType.of(JDBCType.SMALLINT)),
            FieldModel.<Row>of("tiny", Byte.class, Row::tiny).sqlType(SqlType.of(JDBCType.TINYINT)),
            FieldModel.<Row>of("whole", Integer.class, Row::whole).sqlType(SqlType.of(JDBCType.INTEGER)),
            FieldModel.<Row>of("big", Long.class, Row::big).sqlType(SqlType.of(JDBCType.BIGINT)),
            FieldModel.<Row>of("amount", BigDecimal.class, Row::amount).sqlType(SqlType.decimal(14, 4)),
            FieldModel.<Row>of("exact", BigDecimal.class, Row::exact).sqlType(NUMERIC),
            FieldModel.<Row>of("huge", BigInteger.class, Row::huge).sqlType(NUMERIC),
            FieldModel.<Row>of("ratio", Float.class, Row::ratio).sqlType(SqlType.of(JDBCType.REAL)),
            FieldModel.<Row>of("measure", Double.class, Row::measure).sqlType(SqlType.of(JDBCType.DOUBLE)),
            FieldModel.<Row>of("flag", Boolean.class, Row::flag).sqlType(SqlType.of(JDBCType.BOOLEAN)),
            FieldModel.<Row>of("label", String.class, Row::label).sqlType(SqlType.varchar(300)),
            // a column that must be quoted, and keeps its case
            FieldModel.<Row>of("letter", Character.class, Row::letter).column("Letter").sqlType(SqlType.fixedChar(1)),
            FieldModel.<Row>of("token", UUID.class, Row::token).sqlType(SqlType.uuid()),
            FieldModel.<Row>of("day", LocalDate.class, Row::day).sqlType(SqlType.of(JDBCType.DATE)),
            FieldModel.<Row>of("clock", LocalTime.class, Row::clock).sqlType(SqlType.of(JDBCType.TIME)),
            FieldModel.<Row>of("local", LocalDateTime.class, Row::local).sqlType(SqlType.of(JDBCType.TIMESTAMP)),
            FieldModel.<Row>of("instant", Instant.class, Row::instant).sqlType(TIMESTAMPTZ),
            FieldModel.<Row>of("offset", OffsetDateTime.class, Row::offset).column("offset_at").sqlType(TIMESTAMPTZ),
            FieldModel.<Row>of("zoned", ZonedDateTime.class, Row::zoned).sqlType(TIMESTAMPTZ),
            FieldModel.<Row>of("duration", Duration.class, Row::duration).sqlType(SqlType.of(JDBCType.BIGINT)),
            FieldModel.<Row>of("bytes", byte[].class, Row::bytes).sqlType(SqlType.varbinary(64)),
            FieldModel.<Row>of("tags", List.class, Row::tags).sqlType(SqlType.json()),
            // a column named by a reserved word
            FieldModel.<Row>of("mood", Mood.class, Row::mood).column("order").sqlType(SqlType.varchar(6)),
            FieldModel.<Row>of("maybe", Optional.class, Row::maybe).sqlType(SqlType.varchar(20))),
            (c, i) -> row(i, false));

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** The first and last dates and instants PostgreSQL holds. */
    private static final LocalDate FIRST_DAY = LocalDate.of(-4713, 11, 24);
    private static final LocalDate LAST_DAY = LocalDate.of(5_874_897, 12, 31);
    private static final LocalDateTime FIRST_TIME = FIRST_DAY.atStartOfDay();
    private static final LocalDateTime LAST_TIME = LocalDateTime.of(294_276, 12, 31, 23, 59, 59, 999_999_000);

    private AllTypes() {
    }

    /** Rows {@code 0 .. count-1}. */
    static List<Row> rows(int count, boolean nanos) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(i, nanos));
        }
        return rows;
    }

    static Row row(long i, boolean nanos) {
        Long id = i + 1;
        if (i == 0) {
            return new Row(id, Short.MIN_VALUE, Byte.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE,
                    new BigDecimal("-9999999999.9999"), new BigDecimal("-1E-1000"), BigInteger.TWO.pow(300).negate(),
                    -Float.MAX_VALUE, -Double.MAX_VALUE, false, "", '\'', new UUID(0, 0), FIRST_DAY, LocalTime.MIDNIGHT,
                    FIRST_TIME, FIRST_TIME.toInstant(ZoneOffset.UTC), FIRST_TIME.atOffset(ZoneOffset.UTC),
                    FIRST_TIME.atZone(ZoneOffset.UTC), Duration.ofSeconds(Long.MIN_VALUE), new byte[0], List.of(),
                    Mood.CALM, Optional.of(""));
        }
        if (i == 1) {
            byte[] all = new byte[64];
            for (int b = 0; b < all.length; b++) {
                all[b] = (byte) (b * 4 + 3);
            }
            return new Row(id, Short.MAX_VALUE, Byte.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
                    new BigDecimal("9999999999.9999"), new BigDecimal("9.87654321E+500"), BigInteger.TEN.pow(300),
                    Float.MAX_VALUE, Double.MAX_VALUE, true, "😀".repeat(150) + "é".repeat(150), 'ß',
                    new UUID(-1, -1), LAST_DAY, LocalTime.of(23, 59, 59, 999_999_000), LAST_TIME,
                    LAST_TIME.toInstant(ZoneOffset.UTC), LAST_TIME.minusHours(12).atOffset(ZoneOffset.ofHours(-12)),
                    LAST_TIME.atZone(ZoneOffset.UTC), Duration.ofSeconds(Long.MAX_VALUE), all,
                    List.of("\"quoted\"", "back\\slash", "new\nline", "😀", "\u0001"), Mood.SLEEPY,
                    Optional.of("x".repeat(20)));
        }
        if (i == 2) {
            return new Row(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, Optional.empty());
        }
        if (i == 3) {
            LocalDateTime epoch = LocalDateTime.of(2000, 1, 1, 0, 0);
            return new Row(id, (short) 0, (byte) 0, 0, 0L, new BigDecimal("0.0000"), new BigDecimal("0.000"),
                    BigInteger.ZERO, -0.0f, -0.0, false, " ", ' ', new UUID(0, 1),
                    LocalDate.of(2000, 1, 1), LocalTime.NOON, epoch, Instant.EPOCH, epoch.atOffset(ZoneOffset.UTC),
                    Instant.EPOCH.atZone(BERLIN), Duration.ZERO, new byte[] {0}, List.of(""), Mood.ANGRY,
                    Optional.of("0"));
        }
        SplittableRandom r = new SplittableRandom(i);
        return new Row(id, (short) r.nextInt(), (byte) r.nextInt(), r.nextInt(), r.nextLong(), amount(r),
                exact(r), new BigInteger(r.nextInt(1, 400), new java.util.Random(i)).subtract(BigInteger.TEN.pow(40)),
                ratio(r, i), measure(r, i), r.nextBoolean(), label(r, i), (char) r.nextInt(0x21, 0x2FF),
                new UUID(r.nextLong(), r.nextLong()), day(r, i), LocalTime.ofNanoOfDay(nanos(r, 86_400, nanos)),
                local(r, nanos), local(r, nanos).toInstant(ZoneOffset.UTC),
                local(r, nanos).atOffset(ZoneOffset.ofTotalSeconds(r.nextInt(-18, 19) * 900)),
                local(r, nanos).atZone(BERLIN), Duration.ofSeconds(r.nextLong()), bytes(r),
                List.of(label(r, i + 3), label(r, i + 7)), Mood.values()[(int) (i % 3)],
                i % 5 == 0 ? Optional.empty() : Optional.of("maybe " + i));
    }

    /** A decimal of scale 4 within NUMERIC(14, 4), of either sign. */
    private static BigDecimal amount(SplittableRandom r) {
        return BigDecimal.valueOf(r.nextLong(-99_999_999_999_999L, 100_000_000_000_000L), 4);
    }

    /** A decimal of any sign, from 1 to 60 digits, with a scale from -30 to 40. */
    private static BigDecimal exact(SplittableRandom r) {
        StringBuilder digits = new StringBuilder(r.nextBoolean() ? "-" : "");
        int length = r.nextInt(1, 61);
        for (int d = 0; d < length; d++) {
            digits.append((char) ('0' + (r.nextInt(4) == 0 ? 0 : r.nextInt(10))));
        }
        return new BigDecimal(new BigInteger(digits.toString()), r.nextInt(-30, 41));
    }

    private static float ratio(SplittableRandom r, long i) {
        float[] special = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, 0.1f};
        return i % 10 < special.length ? special[(int) (i % 10)] : (float) (r.nextDouble(-1e6, 1e6));
    }

    private static double measure(SplittableRandom r, long i) {
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 0.1};
        return i % 10 < special.length ? special[(int) (i % 10)] : r.nextDouble(-1e300, 1e300) * r.nextDouble();
    }

    private static String label(SplittableRandom r, long i) {
        return Library.EDGE_STRINGS.get((int) (i % Library.EDGE_STRINGS.size())) + " " + r.nextInt(1000);
    }

    /** Dates before and after 2000, leap days among them. */
    private static LocalDate day(SplittableRandom r, long i) {
        LocalDate[] special = {LocalDate.of(1999, 12, 31), LocalDate.of(1970, 1, 1), LocalDate.of(2000, 2, 29),
            LocalDate.of(1900, 3, 1), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)};
        return i % 9 < special.length ? special[(int) (i % 9)]
                : LocalDate.ofEpochDay(r.nextLong(LocalDate.of(1600, 1, 1).toEpochDay(),
                        LocalDate.of(2400, 1, 1).toEpochDay()));
    }

    private static LocalDateTime local(SplittableRandom r, boolean nanos) {
        long days = r.nextLong(LocalDate.of(1800, 1, 1).toEpochDay(), LocalDate.of(2200, 1, 1).toEpochDay());
        long seconds = days * 86_400;
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).plusNanos(nanos(r, 86_400, nanos));
    }

    /**
     * Nanoseconds within {@code seconds}: whole microseconds, or with {@code nanos} any, half of them
     * on or next to a tie between two microseconds, where rounding is decided.
     */
    private static long nanos(SplittableRandom r, long seconds, boolean nanos) {
        long micros = r.nextLong(seconds * 1_000_000);
        if (!nanos) {
            return micros * 1_000;
        }
        return switch (r.nextInt(4)) {
            case 0 -> micros * 1_000 + 500;
            case 1 -> micros * 1_000 + 499 + r.nextInt(3);
            default -> micros * 1_000 + r.nextInt(1_000);
        };
    }

    private static byte[] bytes(SplittableRandom r) {
        byte[] bytes = new byte[r.nextInt(65)];
        for (int b = 0; b < bytes.length; b++) {
            bytes[b] = (byte) r.nextInt();
        }
        return bytes;
    }
}
