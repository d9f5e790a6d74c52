package io.fixtura.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.sql.Library.Book;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SqlScriptTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void theDatabaseReadsBackEveryValueTheScriptWrote(SqlDialect dialect) throws Exception {
        Dataset ds = Library.dataset(60, 1_200).build();
        Path script = dir.resolve("seed.sql");

        SqlScript.write(ds.rows(), script, dialect);
        DataSource db = Databases.fresh(dialect);
        run(db, Ddl.create(ds.rows(), dialect), script, dialect);

        for (EntityRows<?> rows : ds.rows()) {
            assertThat(Readback.actual(db, rows, dialect)).as(rows.model().table())
                    .isEqualTo(Readback.expected(rows));
        }
        String text = Files.readString(script);
        assertThat(text).contains("UPDATE authors SET mentor_id = ", "UPDATE teams SET leader_id = ");
        assertThat(text.split("INSERT INTO books ", -1)).as("1200 books in statements of 500 rows").hasSize(4);
    }

    @Test
    void everyRowStaysOnOneLineWhateverItsStrings() throws IOException {
        Dataset ds = Library.dataset(60, 100).build();
        Path script = dir.resolve("seed.sql");

        SqlScript.write(ds.rows(), script, SqlDialect.POSTGRESQL);

        try (Stream<String> lines = Files.lines(script, StandardCharsets.UTF_8)) {
            assertThat(lines.filter(l -> !l.isEmpty()))
                    .allMatch(l -> l.startsWith("INSERT INTO ") || l.startsWith("(") || l.startsWith("UPDATE ")
                            || l.startsWith("-- "));
        }
    }

    @Test
    void aNulCharacterIsStoredByH2() throws Exception {
        Dataset ds = withTitle(3, "nul\u0000inside");
        Path script = dir.resolve("nul.sql");

        SqlScript.write(ds.rows(), script, SqlDialect.H2);
        DataSource db = Databases.h2();
        run(db, Ddl.create(ds.rows(), SqlDialect.H2), script, SqlDialect.H2);

        EntityRows<?> books = rows(ds, "books");
        assertThat(Readback.actual(db, books, SqlDialect.H2)).isEqualTo(Readback.expected(books));
    }

    @Test
    void aValuePostgresqlCannotHoldFailsNamingItAndLeavesNoFile() throws IOException {
        Path script = dir.resolve("seed.sql");
        Files.writeString(script, "-- the previous script\n");
        Dataset ds = withTitle(3, "nul\u0000inside");

        assertThatThrownBy(() -> SqlScript.write(ds.rows(), script, SqlDialect.POSTGRESQL))
                .hasMessageContaining("table books, row 3, column title")
                .hasMessageContaining("NUL");

        assertThat(Files.readString(script)).isEqualTo("-- the previous script\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(script);
        }
    }

    @Test
    void aDeferredReferenceNeedsAKey() {
        var team = Library.TEAMS;
        var keyless = new SqlModel<>(Library.Team.class, "teams", List.of(), team.fields(), (c, i) -> null);
        EntityRows<?> rows = keyless.rows(List.of(new Library.Team(1L, "t", 1L)), "leaderId");

        assertThatThrownBy(() -> SqlScript.write(List.of(rows), dir.resolve("x.sql"), SqlDialect.H2))
                .hasMessageContaining("table teams has no key");
        assertThat(dir.resolve("x.sql")).doesNotExist();
    }

    private static Dataset withTitle(int index, String title) {
        List<Book> books = new ArrayList<>(Library.dataset(5, 10).build().all(Book.class));
        Book b = books.get(index);
        books.set(index, new Book(b.id(), b.authorId(), title, b.price(), b.published(), b.active()));
        return Library.dataset(5, 10).records(Book.class, books).build();
    }

    private static EntityRows<?> rows(Dataset ds, String table) {
        return ds.rows().stream().filter(r -> r.model().table().equals(table)).findFirst().orElseThrow();
    }

    /** Creates the tables and runs the script as a user would: H2's RUNSCRIPT, PostgreSQL's simple query. */
    private static void run(DataSource db, String ddl, Path script, SqlDialect dialect)
            throws SQLException, IOException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(ddl);
            if (dialect == SqlDialect.H2) {
                s.execute("RUNSCRIPT FROM '" + script.toAbsolutePath().toString().replace("'", "''")
                        + "' CHARSET 'UTF-8'");
            } else {
                s.execute(Files.readString(script, StandardCharsets.UTF_8));
            }
        }
    }
}
