package io.fixtura.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.EntityRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DdlTest {

    private final Dataset library = Library.dataset(3, 5).build();

    @Test
    void tablesComeInDependencyOrderWithTheirConstraints() {
        String ddl = Ddl.create(library.rows(), SqlDialect.H2);

        assertThat(ddl.indexOf("CREATE TABLE authors")).isLessThan(ddl.indexOf("CREATE TABLE books"));
        assertThat(ddl.indexOf("CREATE TABLE \"user\"")).isLessThan(ddl.indexOf("CREATE TABLE \"order\""));
        assertThat(ddl).contains("id BIGINT NOT NULL,", "PRIMARY KEY (id)",
                "email VARCHAR(120) NOT NULL UNIQUE",
                "age INTEGER NOT NULL CHECK (age >= 18) CHECK (age <= 99)",
                "name VARCHAR(200) NOT NULL CHECK (CHAR_LENGTH(TRIM(name)) > 0) CHECK (CHAR_LENGTH(name) BETWEEN 1 AND 200)",
                "genre VARCHAR(6) NOT NULL CHECK (genre IN ('NOVEL', 'POETRY', 'ESSAY'))",
                "rating DECIMAL(3, 2) CHECK (rating > 0) CHECK (rating <= 5)",
                "joined_at TIMESTAMP(9) WITH TIME ZONE NOT NULL"
                        + " CHECK (joined_at >= TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00'),",
                "FOREIGN KEY (mentor_id) REFERENCES authors (id)",
                "FOREIGN KEY (author_id) REFERENCES authors (id)",
                "price DOUBLE PRECISION NOT NULL CHECK (price > 0)",
                "\"user\" BIGINT NOT NULL", "\"value\" INTEGER NOT NULL CHECK (\"value\" >= 1)",
                "FOREIGN KEY (\"user\") REFERENCES \"user\" (id)");
        // a bound relative to the reference time would hold only on the day the data was made
        assertThat(ddl).doesNotContain("2025");
        // teams come before members, so the link closing the cycle is added once both exist
        assertThat(ddl).contains("ALTER TABLE teams ADD FOREIGN KEY (leader_id) REFERENCES members (id);");
        assertThat(ddl.indexOf("ALTER TABLE teams")).isGreaterThan(ddl.indexOf("CREATE TABLE members"));
    }

    @Test
    void typesAndQuotingFollowTheDialect() {
        String h2 = Ddl.create(library.rows(), SqlDialect.H2);
        String postgresql = Ddl.create(library.rows(), SqlDialect.POSTGRESQL);

        assertThat(h2).contains("tags CHARACTER LARGE OBJECT NOT NULL", "avatar VARBINARY(16)", "token UUID NOT NULL");
        assertThat(postgresql).contains("tags JSONB NOT NULL", "avatar BYTEA CHECK (OCTET_LENGTH(avatar) <= 16)", "token UUID NOT NULL UNIQUE",
                "rating NUMERIC(3, 2)", "joined_at TIMESTAMP WITH TIME ZONE NOT NULL");
        // "value" is a keyword in H2 but not in PostgreSQL; "user" and "order" are in both
        assertThat(postgresql).contains("value INTEGER NOT NULL CHECK (value >= 1)", "CREATE TABLE \"order\"");
    }

    @Test
    void oneTableDeclaresItsForeignKeysInline() {
        EntityRows<?> books = library.rows().stream().filter(r -> r.model().table().equals("books")).findFirst()
                .orElseThrow();

        String ddl = Ddl.create(books, SqlDialect.POSTGRESQL);

        assertThat(ddl).startsWith("CREATE TABLE books (").endsWith(");\n")
                .contains("FOREIGN KEY (author_id) REFERENCES authors (id)").doesNotContain("ALTER");
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void theDatabaseEnforcesEveryConstraint(SqlDialect dialect) throws SQLException {
        DataSource db = Databases.fresh(dialect);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(Ddl.create(library.rows(), dialect));
            s.execute(insert(author(1, "a1@x.org")));
            s.execute("INSERT INTO books (id, author_id, price, active) VALUES (1, 1, 9.5, TRUE)");

            assertRejected(s, author(2, "a2@x.org", "name", "NULL"), "NOT NULL");
            assertRejected(s, author(2, "a1@x.org"), "UNIQUE email");
            assertRejected(s, author(1, "a2@x.org"), "PRIMARY KEY");
            assertRejected(s, author(2, "a2@x.org", "age", "17"), "CHECK age >= 18");
            assertRejected(s, author(2, "a2@x.org", "age", "100"), "CHECK age <= 99");
            assertRejected(s, author(2, "a2@x.org", "name", "''"), "CHECK name length >= 1");
            assertRejected(s, author(2, "a2@x.org", "genre", "'DRAMA'"), "CHECK enum constants");
            assertRejected(s, author(2, "a2@x.org", "rating", "0"), "CHECK rating > 0");
            assertRejected(s, author(2, "a2@x.org", "joined_at",
                    "TIMESTAMP WITH TIME ZONE '1999-12-31 23:59:59+00:00'"), "CHECK fixed time bound");
            assertRejected(s, author(2, "a2@x.org", "mentor_id", "99"), "FOREIGN KEY to itself");
            assertRejected(s, "INSERT INTO books (id, author_id, price, active) VALUES (2, 99, 9.5, TRUE)",
                    "FOREIGN KEY");
            assertRejected(s, "INSERT INTO books (id, author_id, price, active) VALUES (2, 1, 0, TRUE)",
                    "CHECK price > 0");
            assertRejected(s, "INSERT INTO teams (id, name, leader_id) VALUES (1, 't', 5)", "FOREIGN KEY by ALTER");

            s.execute(insert(author(2, "a2@x.org", "age", "99", "rating", "5", "mentor_id", "1")));
            assertThat(count(s, "authors")).isEqualTo(2);
            assertThat(count(s, "books")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void tablesNamedByKeywordsWork(SqlDialect dialect) throws SQLException {
        DataSource db = Databases.fresh(dialect);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(Ddl.create(library.rows(), dialect));
            s.execute("INSERT INTO \"user\" (id, \"order\") VALUES (1, 'first')");
            s.execute("INSERT INTO \"order\" (id, \"user\", " + Names.of("value", dialect) + ") VALUES (1, 1, 3)");

            assertRejected(s, "INSERT INTO \"order\" (id, \"user\", " + Names.of("value", dialect)
                    + ") VALUES (2, 2, 3)", "FOREIGN KEY to \"user\"");
            try (ResultSet rs = s.executeQuery("SELECT u.\"order\" FROM \"order\" o JOIN \"user\" u"
                    + " ON u.id = o.\"user\"")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("first");
            }
        }
    }

    private static void assertRejected(Statement s, String sql, String constraint) {
        assertThatThrownBy(() -> s.execute(sql)).as(constraint).isInstanceOf(SQLException.class);
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A valid author row as column literals, with {@code overrides} (column, literal, ...) applied. */
    private static Map<String, String> author(long id, String email, String... overrides) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", Long.toString(id));
        row.put("name", "'Ann'");
        row.put("email", "'" + email + "'");
        row.put("age", "40");
        row.put("genre", "'ESSAY'");
        row.put("joined_at", "TIMESTAMP WITH TIME ZONE '2010-05-01 12:00:00+00:00'");
        row.put("rating", "NULL");
        row.put("token", "UUID '00000000-0000-0000-0000-00000000000" + id + "'");
        row.put("tags", "'[]'");
        row.put("mentor_id", "NULL");
        for (int i = 0; i < overrides.length; i += 2) {
            row.put(overrides[i], overrides[i + 1]);
        }
        return row;
    }

    private static String insert(Map<String, String> row) {
        return "INSERT INTO authors (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", List.copyOf(row.values())) + ")";
    }

    private static void assertRejected(Statement s, Map<String, String> row, String constraint) {
        assertRejected(s, insert(row), constraint);
    }
}
