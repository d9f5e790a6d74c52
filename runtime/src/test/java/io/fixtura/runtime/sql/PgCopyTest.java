package io.fixtura.runtime.sql;

import static io.fixtura.runtime.sql.Databases.count;
import static io.fixtura.runtime.sql.Databases.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.LoadException;
import io.fixtura.runtime.LoadReport;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.sql.AllTypes.Row;
import io.fixtura.runtime.sql.Library.Book;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binary COPY into a real PostgreSQL: every column type reads back as the value the dataset made
 * and equals what PostgreSQL makes of the same value's SQL literal; tables whose column types have
 * no binary writer here fall back to text; and a failure anywhere in a long stream, on the server,
 * in the encoding or in the generation, leaves the database as it was and names the row.
 */
class PgCopyTest {

    @TempDir
    Path dir;

    @Test
    void everyColumnTypeIsCopiedInBinary() throws SQLException {
        DataSource db = Databases.postgresql();
        EntityRows<Row> rows = AllTypes.MODEL.rows(List.of());
        execute(db, Ddl.create(List.of(rows), SqlDialect.POSTGRESQL));

        try (Connection c = db.getConnection()) {
            assertThat(PgCopy.binaryTypes(c, Table.of(rows, Spelling.of(SqlDialect.POSTGRESQL)))).containsExactly(
                    PgType.INT8, PgType.INT2, PgType.INT2, PgType.INT4, PgType.INT8, PgType.NUMERIC, PgType.NUMERIC,
                    PgType.NUMERIC, PgType.FLOAT4, PgType.FLOAT8, PgType.BOOL, PgType.TEXT, PgType.TEXT, PgType.UUID,
                    PgType.DATE, PgType.TIME, PgType.TIMESTAMP, PgType.TIMESTAMPTZ, PgType.TIMESTAMPTZ,
                    PgType.TIMESTAMPTZ, PgType.INT8, PgType.BYTEA, PgType.JSONB, PgType.TEXT, PgType.TEXT);
        }
    }

    @Test
    void everyValueReadsBackExactlyAsTheDatasetMadeIt() throws Exception {
        List<Row> made = AllTypes.rows(2_000, false);
        DataSource db = Databases.postgresql();

        LoadReport report = JdbcLoader.load(List.of(AllTypes.MODEL.rows(made)), db);

        assertThat(report.rows("all_types")).isEqualTo(2_000);
        List<List<String>> actual = read(db);
        assertThat(actual).hasSize(made.size());
        for (int i = 0; i < made.size(); i++) {
            assertThat(actual.get(i)).as("row %d", i).isEqualTo(expected(made.get(i)));
        }
    }

    @Test
    void binaryCopyStoresWhatPostgresqlMakesOfTheSameValuesAsSqlLiterals() throws Exception {
        // rows 0 and 1 hold dates before year 1, which SQL literals do not spell; nanoseconds make
        // PostgreSQL round
        List<Row> all = AllTypes.rows(1_500, true);
        List<Row> made = new ArrayList<>(all.subList(4, 1_500));
        made.add(all.get(2)); // the row of nulls
        made.add(all.get(3)); // negative zeros
        EntityRows<Row> rows = AllTypes.MODEL.rows(made);
        DataSource copied = Databases.postgresql();
        DataSource inserted = Databases.postgresql();
        Path script = dir.resolve("all.sql");
        SqlScript.write(List.of(rows), script, SqlDialect.POSTGRESQL);

        JdbcLoader.load(List.of(rows), copied);
        execute(inserted, Ddl.create(List.of(rows), SqlDialect.POSTGRESQL) + Files.readString(script));

        List<List<String>> viaCopy = readAsText(copied);
        List<List<String>> viaInsert = readAsText(inserted);
        assertThat(viaCopy).hasSize(1_498).hasSameSizeAs(viaInsert);
        for (int i = 0; i < viaCopy.size(); i++) {
            assertThat(viaCopy.get(i)).as("id %s", viaInsert.get(i).get(0)).isEqualTo(viaInsert.get(i));
        }
        assertThat(made).as("times PostgreSQL must round")
                .anyMatch(r -> r.clock() != null && r.clock().getNano() % 1000 != 0);
    }

    @Test
    void newTablesEndWithExactlyTheConstraintsTheirDdlDeclares() throws SQLException {
        Dataset ds = Library.dataset(30, 60).build();
        DataSource loaded = Databases.postgresql();
        DataSource declared = Databases.postgresql();

        JdbcLoader.load(ds.rows(), loaded);
        execute(declared, Ddl.create(ds.rows(), SqlDialect.POSTGRESQL));

        List<String> constraints = constraints(loaded);
        assertThat(constraints).anyMatch(c -> c.startsWith("books books_author_id_fkey FOREIGN KEY"))
                .anyMatch(c -> c.startsWith("authors authors_mentor_id_fkey FOREIGN KEY"))
                .isEqualTo(constraints(declared));
    }

    @Test
    void intoTablesThatExistSelfReferencesGoInOnePassAndAForeignKeyNamesADanglingOne() throws SQLException {
        Dataset ds = Library.dataset(300, 10).build();
        DataSource db = Databases.postgresql();
        execute(db, Ddl.create(ds.rows(), SqlDialect.POSTGRESQL));
        List<Library.Author> authors = new ArrayList<>(ds.all(Library.Author.class));
        Library.Author a = authors.get(217);
        authors.set(217, new Library.Author(a.id(), a.name(), a.email(), a.age(), a.genre(), a.joined(), a.rating(),
                a.token(), a.born(), a.avatar(), a.tags(), 9_999L));
        Dataset dangling = Library.dataset(300, 10).records(Library.Author.class, authors).build();

        LoadException e = catchThrowableOfType(LoadException.class, () -> JdbcLoader.load(dangling.rows(), db));
        JdbcLoader.load(ds.rows(), db);

        assertThat(e).hasMessageStartingWith("table authors, row 217: ").hasMessageContaining("foreign key")
                .hasMessageContaining("(mentor_id)=(9999)").hasMessageNotContaining("second pass");
        EntityRows<?> loaded = part(ds, "authors");
        assertThat(Readback.actual(db, loaded, SqlDialect.POSTGRESQL)).isEqualTo(Readback.expected(loaded));
        assertThat(Readback.expected(loaded)).as("authors whose mentor comes after them")
                .anyMatch(row -> row.get(11) != null && (Long) row.get(11) > (Long) row.get(0));
    }

    @Test
    void tablesWithOtherColumnTypesAreCopiedInBinaryWhereTheyFitAndInTextWhereNot() throws Exception {
        Dataset ds = Library.dataset(50, 200).build();
        DataSource db = Databases.postgresql();
        // authors.age is a wider integer and books.published a timestamp with time zone, which text
        // COPY reads in the session's time zone: authors stay binary, books fall back to text
        EntityRows<?> authors = part(ds, "authors");
        EntityRows<?> books = part(ds, "books");
        execute(db, (Ddl.create(authors, SqlDialect.POSTGRESQL) + Ddl.create(books, SqlDialect.POSTGRESQL))
                .replace("age INTEGER", "age BIGINT").replace("published TIMESTAMP", "published TIMESTAMPTZ"));

        JdbcLoader.load(ds.rows(), db);

        try (Connection c = db.getConnection()) {
            assertThat(PgCopy.binaryTypes(c, Table.of(authors, Spelling.of(SqlDialect.POSTGRESQL))))
                    .startsWith(PgType.INT8, PgType.TEXT, PgType.TEXT, PgType.INT8).doesNotContain(PgType.INT4);
            assertThat(PgCopy.binaryTypes(c, Table.of(books, Spelling.of(SqlDialect.POSTGRESQL)))).isNull();
        }
        assertThat(Readback.actual(db, authors, SqlDialect.POSTGRESQL)).isEqualTo(Readback.expected(authors));
        assertThat(titles(db)).as("text COPY escaped them").isEqualTo(ds.stream(Book.class).map(Book::title).toList());
    }

    @Test
    void aRowTheServerRefusesFarIntoALongStreamIsNamedAndNothingStays() throws SQLException {
        DataSource db = Databases.postgresql();
        execute(db, "CREATE TABLE audit (note VARCHAR(20)); INSERT INTO audit VALUES ('before')");
        Dataset ds = withBook(60_000, 47_321, b -> new Book(b.id(), b.authorId(), b.title(), -1.0, b.published(),
                b.active()));

        LoadException e = catchThrowableOfType(LoadException.class, () -> JdbcLoader.load(ds.rows(), db));

        assertThat(e).hasMessageStartingWith("table books, row 47321: ");
        assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains("check constraint");
        assertThat(e.rowIndex()).isEqualTo(47_321);
        assertThat(Databases.tables(db)).containsExactly("audit");
        assertThat(count(db, "audit")).isEqualTo(1);
        assertThat(rowMakers()).as("the thread making rows has ended").isEmpty();
    }

    @Test
    void aValueTheEncodingRefusesFarIntoALongStreamIsNamedAndNothingStays() throws SQLException {
        DataSource db = Databases.postgresql();
        Dataset ds = withBook(60_000, 51_234, b -> new Book(b.id(), b.authorId(), "nul\u0000here", b.price(),
                b.published(), b.active()));

        LoadException e = catchThrowableOfType(LoadException.class, () -> JdbcLoader.load(ds.rows(), db));

        assertThat(e).hasMessageStartingWith("table books, row 51234: column title: ")
                .hasMessageContaining("PostgreSQL text cannot hold the NUL");
        assertThat(Databases.tables(db)).isEmpty();
        assertThat(rowMakers()).isEmpty();
    }

    @Test
    void aRecordThatCannotBeMadeFarIntoALongStreamIsNamedAndNothingStays() throws SQLException {
        DataSource db = Databases.postgresql();
        EntityRows<Row> breaking = new EntityRows<>() {
            @Override
            public io.fixtura.runtime.EntityModel<Row> model() {
                return AllTypes.MODEL;
            }

            @Override
            public long count() {
                return 40_000;
            }

            @Override
            public Stream<Row> stream() {
                return LongStream.range(0, count()).mapToObj(i -> {
                    if (i == 33_333) {
                        throw new IllegalStateException("the maker broke");
                    }
                    return AllTypes.row(i, false);
                });
            }

            @Override
            public Set<String> deferredFields() {
                return Set.of();
            }
        };

        LoadException e = catchThrowableOfType(LoadException.class, () -> JdbcLoader.load(List.of(breaking), db));

        assertThat(e).hasMessage("table all_types, row 33333: cannot make its rows: the maker broke");
        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
        assertThat(Databases.tables(db)).isEmpty();
        assertThat(rowMakers()).isEmpty();
    }

    /** The rows of all_types in key order, each column read with the JDBC getter of its type, as text. */
    private static List<List<String>> read(DataSource db) throws SQLException {
        List<FieldModel<Row>> fields = AllTypes.MODEL.fields();
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM all_types ORDER BY id")) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int f = 0; f < fields.size(); f++) {
                    row.add(read(rs, f + 1, fields.get(f).name()));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String read(ResultSet rs, int i, String field) throws SQLException {
        String value = switch (field) {
            case "id", "small", "tiny", "whole", "big", "duration" -> String.valueOf(rs.getLong(i));
            case "ratio" -> "float " + Float.floatToIntBits(rs.getFloat(i));
            case "measure" -> "double " + Double.doubleToLongBits(rs.getDouble(i));
            case "flag" -> String.valueOf(rs.getBoolean(i));
            case "token" -> String.valueOf(rs.getObject(i, UUID.class));
            case "day" -> String.valueOf(rs.getObject(i, LocalDate.class));
            case "clock" -> String.valueOf(rs.getObject(i, LocalTime.class));
            case "local" -> String.valueOf(rs.getObject(i, LocalDateTime.class));
            case "instant", "offset", "zoned" -> {
                OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                yield t == null ? null : t.toInstant().toString();
            }
            case "bytes" -> {
                byte[] bytes = rs.getBytes(i);
                yield bytes == null ? null : HexFormat.of().formatHex(bytes);
            }
            case "tags" -> json(rs.getString(i));
            default -> rs.getString(i); // numeric as PostgreSQL prints it: every digit up to its scale
        };
        return rs.wasNull() ? "null" : value;
    }

    /** {@code row} as {@link #read} reads it back, from the column values {@link Columns} makes. */
    private static List<String> expected(Row row) {
        List<String> out = new ArrayList<>();
        for (FieldModel<Row> field : AllTypes.MODEL.fields()) {
            Object v = Columns.value(field, row);
            out.add(v == null ? "null" : switch (field.name()) {
                case "ratio" -> "float " + Float.floatToIntBits((Float) v);
                case "measure" -> "double " + Double.doubleToLongBits((Double) v);
                case "amount", "exact" -> ((BigDecimal) v).toPlainString();
                case "huge" -> ((BigInteger) v).toString();
                case "instant", "offset", "zoned" -> ((OffsetDateTime) v).toInstant().toString();
                case "bytes" -> HexFormat.of().formatHex((byte[]) v);
                case "tags" -> json((String) v);
                default -> v.toString();
            });
        }
        return out;
    }

    /** The rows of all_types in key order, every column as PostgreSQL's own text of it. */
    private static List<List<String>> readAsText(DataSource db) throws SQLException {
        List<FieldModel<Row>> fields = AllTypes.MODEL.fields();
        List<String> columns = new ArrayList<>();
        fields.forEach(f -> columns.add(Names.of(f.column(), SqlDialect.POSTGRESQL) + "::text"));
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns)
                        + " FROM all_types ORDER BY all_types.id")) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int f = 0; f < fields.size(); f++) {
                    row.add(String.valueOf(rs.getString(f + 1)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String json(String text) {
        try {
            return text == null ? null : Columns.mapper().readTree(text).toString();
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static Dataset withBook(int books, int index, UnaryOperator<Book> change) {
        List<Book> all = new ArrayList<>(Library.dataset(300, books).build().all(Book.class));
        all.set(index, change.apply(all.get(index)));
        return Library.dataset(300, books).records(Book.class, all).build();
    }

    /** Every constraint of the database's tables: table, name and definition. */
    private static List<String> constraints(DataSource db) throws SQLException {
        List<String> constraints = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT conrelid::regclass::text || ' ' || conname || ' '"
                        + " || pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE connamespace = 'public'::regnamespace ORDER BY 1")) {
            while (rs.next()) {
                constraints.add(rs.getString(1));
            }
        }
        return constraints;
    }

    private static List<String> titles(DataSource db) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT title FROM books ORDER BY id")) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }

    private static EntityRows<?> part(Dataset ds, String table) {
        return ds.rows().stream().filter(r -> r.model().table().equals(table)).findFirst().orElseThrow();
    }

    private static List<Thread> rowMakers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("fixtura-load-rows"))
                .filter(Thread::isAlive).toList();
    }
}
