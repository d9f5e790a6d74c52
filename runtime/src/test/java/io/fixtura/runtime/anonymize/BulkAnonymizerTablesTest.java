package io.fixtura.runtime.anonymize;

import static io.fixtura.runtime.anonymize.BulkModels.CHILD_COUNT;
import static io.fixtura.runtime.anonymize.BulkModels.KEY;
import static io.fixtura.runtime.anonymize.BulkModels.PARENT_COUNT;
import static io.fixtura.runtime.anonymize.BulkModels.anonymizer;
import static io.fixtura.runtime.anonymize.BulkModels.rows;
import static io.fixtura.runtime.sql.Databases.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.anonymize.BulkModels.Child;
import io.fixtura.runtime.anonymize.BulkModels.Parent;
import io.fixtura.runtime.io.CsvFiles;
import io.fixtura.runtime.io.CsvReader;
import io.fixtura.runtime.sql.Databases;
import io.fixtura.runtime.sql.Ddl;
import io.fixtura.runtime.sql.JdbcLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk anonymizer on database tables, H2 and PostgreSQL; the anonymized CSV files of the same
 * data are the oracle, since every sink must rewrite a value alike.
 */
class BulkAnonymizerTablesTest {

    private static final String PARENT_COLUMNS = "id, email, phone, born, display_name, tags";
    private static final String CHILD_COLUMNS = "id, parent_id, note, amount";

    @TempDir
    Path tmp;

    @Test
    void tablesAreCopiedParentsFirstWithTheValuesTheFilesGet() throws Exception {
        DataSource source = loaded(Databases.h2());
        DataSource target = created(Databases.h2(), SqlDialect.H2);

        Map<Class<?>, Long> copied;
        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            copied = anonymizer(KEY).tables(from, to);
            assertThat(from.getAutoCommit()).isTrue();
            assertThat(to.getAutoCommit()).isTrue();
        }

        assertThat(copied).containsExactly(entry(Parent.class, (long) PARENT_COUNT),
                entry(Child.class, (long) CHILD_COUNT));
        assertRows(target, "SELECT " + PARENT_COLUMNS + " FROM parents", anonymizedCsv("parents"));
        assertRows(target, "SELECT " + CHILD_COLUMNS + " FROM children", anonymizedCsv("children"));
        assertThat(select(source, "SELECT email FROM parents WHERE id = 1000000"))
                .containsExactly(List.of("person.0@corp.example"));
    }

    @Test
    void aTableGoesIntoAnotherSchemaAndTableOfTheSameDatabase() throws Exception {
        DataSource db = loaded(Databases.h2());

        try (Connection from = db.getConnection(); Connection to = db.getConnection();
                Statement ddl = to.createStatement()) {
            ddl.execute("CREATE SCHEMA anon");
            to.setSchema("ANON");
            ddl.execute("CREATE TABLE parents_copy (id BIGINT PRIMARY KEY, email VARCHAR(120) NOT NULL, phone"
                    + " VARCHAR(20), born DATE, display_name VARCHAR(200), tags CHARACTER LARGE OBJECT)");
            ddl.execute("CREATE TABLE children (id BIGINT, parent_id BIGINT, note VARCHAR(200), amount"
                    + " DECIMAL(10, 2))");

            assertThat(anonymizer(KEY).table(Parent.class, from, to, "parents_copy")).isEqualTo(PARENT_COUNT);
            assertThat(anonymizer(KEY).table(Child.class, from, to)).isEqualTo(CHILD_COUNT);
        }

        assertRows(db, "SELECT " + PARENT_COLUMNS + " FROM anon.parents_copy", anonymizedCsv("parents"));
        assertRows(db, "SELECT " + CHILD_COLUMNS + " FROM anon.children", anonymizedCsv("children"));
        assertThat(select(db, "SELECT COUNT(*) FROM public.parents WHERE email LIKE '%@corp.example'"))
                .containsExactly(List.of(String.valueOf(PARENT_COUNT)));
    }

    @Test
    void oneConnectionCanBeBothSourceAndTarget() throws Exception {
        DataSource db = loaded(Databases.h2());
        execute(db, "CREATE TABLE children_copy (id BIGINT, parent_id BIGINT, note VARCHAR(200), amount"
                + " DECIMAL(10, 2))");

        try (Connection c = db.getConnection()) {
            assertThat(anonymizer(KEY).table(Child.class, c, c, "children_copy")).isEqualTo(CHILD_COUNT);
            assertThat(c.getAutoCommit()).isTrue();
        }

        assertRows(db, "SELECT " + CHILD_COLUMNS + " FROM children_copy", anonymizedCsv("children"));
    }

    @Test
    void aFailureRollsEveryTableBack() throws Exception {
        DataSource source = loaded(Databases.h2());
        DataSource target = created(Databases.h2(), SqlDialect.H2);
        execute(target, "ALTER TABLE children ADD CONSTRAINT small_amounts CHECK (amount < 10)");

        AnonymizationException e;
        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            e = catchThrowableOfType(AnonymizationException.class, () -> anonymizer(KEY).tables(from, to));
            assertThat(to.getAutoCommit()).isTrue();
        }

        assertThat(e.getMessage()).contains("table children, rows 1-" + CHILD_COUNT);
        assertThat(select(target, "SELECT COUNT(*) FROM parents")).containsExactly(List.of("0"));
        assertThat(select(target, "SELECT COUNT(*) FROM children")).containsExactly(List.of("0"));
    }

    @Test
    void aMissingTargetTableIsNamed() throws Exception {
        DataSource source = loaded(Databases.h2());

        try (Connection from = source.getConnection(); Connection to = Databases.h2().getConnection()) {
            AnonymizationException e = catchThrowableOfType(AnonymizationException.class,
                    () -> anonymizer(KEY).table(Parent.class, from, to, "elsewhere"));
            assertThat(e.getMessage()).contains("table parents -> elsewhere", "no table elsewhere");
        }
    }

    @Test
    void postgresqlTablesStreamAndGetTheSameValues() throws Exception {
        DataSource source = loaded(Databases.postgresql());
        DataSource target = created(Databases.postgresql(), SqlDialect.POSTGRESQL);

        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            assertThat(anonymizer(KEY).tables(from, to)).containsExactly(entry(Parent.class, (long) PARENT_COUNT),
                    entry(Child.class, (long) CHILD_COUNT));
            assertThat(from.getAutoCommit()).isTrue();
        }

        // jsonb keeps its own spelling of a document, so tags are left out of the comparison
        List<List<String>> parents = anonymizedCsv("parents");
        parents.forEach(row -> row.remove(5));
        assertRows(target, "SELECT id, email, phone, born, display_name FROM parents", parents);
        assertRows(target, "SELECT " + CHILD_COLUMNS + " FROM children", anonymizedCsv("children"));
        assertThat(select(target, "SELECT tags::text FROM parents WHERE display_name = 'plain 1'"))
                .containsExactly(List.of("[\"t1\", \"x,y\"]"));
    }

    private static DataSource loaded(DataSource db) {
        JdbcLoader.load(rows(), db);
        return db;
    }

    private static DataSource created(DataSource db, SqlDialect dialect) throws SQLException {
        execute(db, Ddl.create(rows(), dialect));
        return db;
    }

    /** The records of the anonymized CSV file of {@code table}, in file order. */
    private List<List<String>> anonymizedCsv(String table) {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        CsvFiles.write(rows(), in);
        anonymizer(KEY).directory(in, out);
        List<List<String>> records = new ArrayList<>();
        CsvReader.read(out.resolve(table + ".csv"), record -> records.add(new ArrayList<>(record)));
        return records;
    }

    /** Every row of {@code sql} as text (dates in ISO-8601, decimals plain), in the order the database gives. */
    private static List<List<String>> select(DataSource db, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof java.sql.Date ? rs.getObject(i, LocalDate.class).toString()
                            : value instanceof java.math.BigDecimal d ? d.toPlainString() : rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The rows of {@code sql} are {@code expected}, in any order: a table need not keep its insertion order. */
    private static void assertRows(DataSource db, String sql, List<List<String>> expected) throws SQLException {
        assertThat(select(db, sql)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
