package io.fixtura.runtime.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.HandMadeModel;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.SqlType;
import io.fixtura.runtime.io.CsvFiles;
import io.fixtura.runtime.io.CsvReader;
import io.fixtura.runtime.io.JsonFiles;
import io.fixtura.runtime.sql.Databases;
import io.fixtura.runtime.sql.JdbcLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every column form the sinks write (CSV text, JSON Lines, JDBC in H2 and PostgreSQL) reads back
 * as the field's own value: the sinks are the oracle for {@link ColumnValues}.
 */
class BulkColumnValuesTest {

    enum Level { LOW, HIGH }

    record Point(int x, int y) {
    }

    record Sample(String text, Character letter, Boolean flag, Byte tiny, Short small, Integer whole, Long big,
            BigDecimal amount, BigInteger huge, Double real, Float single, UUID id, LocalDate day,
            LocalDateTime stamp, LocalTime clock, Instant instant, OffsetDateTime offset, ZonedDateTime zoned,
            Duration span, Level level, List<String> tags, Point point) {
    }

    private static final List<FieldModel<Sample>> FIELDS = List.of(
            field("text", String.class, Sample::text, SqlType.varchar(50)),
            field("letter", Character.class, Sample::letter, SqlType.fixedChar(1)),
            field("flag", Boolean.class, Sample::flag, SqlType.of(JDBCType.BOOLEAN)),
            field("tiny", Byte.class, Sample::tiny, SqlType.of(JDBCType.TINYINT)),
            field("small", Short.class, Sample::small, SqlType.of(JDBCType.SMALLINT)),
            field("whole", Integer.class, Sample::whole, SqlType.of(JDBCType.INTEGER)),
            field("big", Long.class, Sample::big, SqlType.of(JDBCType.BIGINT)),
            field("amount", BigDecimal.class, Sample::amount, SqlType.decimal(10, 2)),
            field("huge", BigInteger.class, Sample::huge, SqlType.decimal(30, 0)),
            field("real", Double.class, Sample::real, SqlType.of(JDBCType.DOUBLE)),
            field("single", Float.class, Sample::single, SqlType.of(JDBCType.REAL)),
            field("id", UUID.class, Sample::id, SqlType.uuid()),
            field("day", LocalDate.class, Sample::day, SqlType.of(JDBCType.DATE)),
            field("stamp", LocalDateTime.class, Sample::stamp, SqlType.of(JDBCType.TIMESTAMP)),
            field("clock", LocalTime.class, Sample::clock, SqlType.of(JDBCType.TIME)),
            field("instant", Instant.class, Sample::instant, SqlType.of(JDBCType.TIMESTAMP_WITH_TIMEZONE)),
            field("offset", OffsetDateTime.class, Sample::offset, SqlType.of(JDBCType.TIMESTAMP_WITH_TIMEZONE)),
            field("zoned", ZonedDateTime.class, Sample::zoned, SqlType.of(JDBCType.TIMESTAMP_WITH_TIMEZONE)),
            field("span", Duration.class, Sample::span, SqlType.of(JDBCType.BIGINT)),
            field("level", Level.class, Sample::level, SqlType.varchar(10)),
            field("tags", List.class, Sample::tags, SqlType.json()),
            field("point", Point.class, Sample::point, SqlType.json()));

    /** UTC offsets: PostgreSQL's timestamptz keeps the instant, not the offset. */
    private static final Sample SAMPLE = new Sample("O'Brien, \"Jr.\"", 'x', true, (byte) -7, (short) 300, 70_000,
            9_000_000_000L, new BigDecimal("1.50"), new BigInteger("123456789012345678901234567890"), 1.25, 2.5f,
            UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"), LocalDate.of(2024, 2, 29),
            LocalDateTime.of(2024, 2, 29, 13, 45, 7), LocalTime.of(10, 15, 30), Instant.parse("2024-01-01T10:00:00Z"),
            OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC),
            ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC), Duration.ofSeconds(5400), Level.HIGH,
            List.of("a", "b,c"), new Point(3, 4));
    private static final Sample NULLS = new Sample(null, null, null, null, null, null, 1L, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);

    private static final HandMadeModel<Sample> MODEL = new HandMadeModel<>(Sample.class, "samples", List.of(), FIELDS,
            (context, index) -> SAMPLE);

    @TempDir
    Path tmp;

    @Test
    void csvTextReadsBack() {
        CsvFiles.write(List.of(MODEL.rows(List.of(SAMPLE, NULLS))), tmp);
        List<List<String>> records = new ArrayList<>();
        CsvReader.read(tmp.resolve("samples.csv"), records::add);

        assertThat(read(records.get(0), (field, i) -> ColumnValues.fromText(field, records.get(0).get(i))))
                .isEqualTo(values(SAMPLE));
        assertThat(read(records.get(1), (field, i) -> ColumnValues.fromText(field, records.get(1).get(i))))
                .isEqualTo(values(NULLS));
    }

    @Test
    void jsonLinesReadBack() throws IOException {
        JsonFiles.writeLines(List.of(MODEL.rows(List.of(SAMPLE, NULLS))), tmp);
        List<String> lines = Files.readAllLines(tmp.resolve("samples.jsonl"));

        assertThat(json(lines.get(0))).isEqualTo(values(SAMPLE));
        assertThat(json(lines.get(1))).isEqualTo(values(NULLS));
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void jdbcColumnsReadBack(SqlDialect dialect) throws Exception {
        DataSource db = Databases.fresh(dialect);
        JdbcLoader.load(List.of(MODEL.rows(List.of(SAMPLE, NULLS))), db);

        List<List<Object>> rows = new ArrayList<>();
        String columns = FIELDS.stream().map(FieldModel::column).collect(Collectors.joining(", "));
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + columns + " FROM samples ORDER BY v_big DESC")) {
            while (rs.next()) {
                rows.add(read(FIELDS, (field, i) -> ColumnValues.fromJdbc(field, rs, i + 1)));
            }
        }

        assertThat(rows).containsExactly(values(SAMPLE), values(NULLS));
    }

    @Test
    void aValueOfTheWrongFormIsNamedByItsTypeNeverShown() {
        for (String[] wrong : new String[][] {{"day", "29.02.2024"}, {"whole", "seventy"}, {"letter", "xy"},
            {"flag", "yes"}, {"level", "MEDIUM"}, {"id", "0f8fad5b"}, {"instant", "2024-01-01 10:00"},
            {"tags", "[\"unclosed"}}) {
            FieldModel<Sample> field = MODEL.field(wrong[0]);
            AnonymizationException e = catchThrowableOfType(AnonymizationException.class,
                    () -> ColumnValues.fromText(field, wrong[1]));
            assertThat(e.getMessage()).as(wrong[0]).contains(wrong[0]).doesNotContain(wrong[1]);
            assertThat(e.getCause()).isNull();
        }
        AnonymizationException e = catchThrowableOfType(AnonymizationException.class,
                () -> ColumnValues.fromJson(MODEL.field("whole"), JsonToken.VALUE_STRING, "70000", "\"70000\""));
        assertThat(e.getMessage()).contains("expected an Integer");
    }

    private List<Object> json(String line) throws IOException {
        List<Object> values = new ArrayList<>();
        try (JsonParser in = new ObjectMapper().createParser(line)) {
            in.nextToken();
            int i = 0;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                JsonToken token = in.nextToken();
                String raw = token.isStructStart() ? in.readValueAsTree().toString() : in.getText();
                values.add(ColumnValues.fromJson(FIELDS.get(i++), token, in.getText(), raw));
            }
        }
        return values;
    }

    private interface Reader {
        Object read(FieldModel<Sample> field, int index) throws Exception;
    }

    private static List<Object> read(List<?> columns, Reader reader) throws RuntimeException {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            try {
                values.add(reader.read(FIELDS.get(i), i));
            } catch (Exception e) {
                throw new IllegalStateException(FIELDS.get(i).name(), e);
            }
        }
        return values;
    }

    private static List<Object> values(Sample sample) {
        List<Object> values = new ArrayList<>();
        FIELDS.forEach(field -> values.add(field.get(sample)));
        return values;
    }

    private static <V> FieldModel<Sample> field(String name, Class<V> type, Function<Sample, ?> reader, SqlType sql) {
        return FieldModel.<Sample>of(name, type, reader).column("v_" + name).sqlType(sql);
    }
}
