package io.fixtura.runtime.sql;

import static io.fixtura.runtime.sql.Databases.count;
import static io.fixtura.runtime.sql.Databases.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.LoadException;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.sql.Library.Book;
import io.fixtura.runtime.sql.Library.Team;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Loading into PostgreSQL tables that exist with their foreign keys: the keys of empty tables are
 * lifted for the load and come back exactly as they were, whether the load succeeds or a row
 * breaks one; keys that cannot come back the same, and those on tables of another owner, stay.
 */
class PgForeignKeysTest {

    private static final SqlDialect PG = SqlDialect.POSTGRESQL;
    private static final AtomicInteger ROLES = new AtomicInteger();

    @Test
    void existingForeignKeysComeBackExactlyAsTheyWereAndTheRowsJoin() throws SQLException {
        Dataset ds = Library.dataset(300, 2_000).build();
        DataSource db = Databases.postgresql();
        execute(db, Ddl.create(ds.rows(), PG)
                + "ALTER TABLE books DROP CONSTRAINT books_author_id_fkey;"
                + "ALTER TABLE books ADD CONSTRAINT \"Books' \"\"author\"\"\" FOREIGN KEY (author_id)"
                + " REFERENCES authors (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;"
                + "ALTER TABLE members DROP CONSTRAINT members_team_id_fkey;"
                + "ALTER TABLE members ADD CONSTRAINT members_team_id_fkey FOREIGN KEY (team_id)"
                + " REFERENCES teams (id) NOT VALID;"
                + "COMMENT ON CONSTRAINT authors_mentor_id_fkey ON authors IS 'who taught whom';"
                + "INSERT INTO \"user\" VALUES (1000, 'there before');"
                + "INSERT INTO \"order\" VALUES (1000, 1000, 1);"
                + "CREATE TABLE reviews (id BIGINT PRIMARY KEY, book_id BIGINT REFERENCES books (id));");
        List<String> before = constraints(db);
        Map<String, Long> oids = foreignKeyOids(db);

        JdbcLoader.load(ds.rows(), db);

        assertThat(constraints(db)).isEqualTo(before)
                .anyMatch(c -> c.contains("DEFERRABLE INITIALLY DEFERRED") && c.endsWith("deferrable deferred valid"))
                .anyMatch(c -> c.startsWith("members members_team_id_fkey ") && c.endsWith("not valid"));
        Map<String, Long> after = foreignKeyOids(db);
        assertThat(after.keySet()).isEqualTo(oids.keySet());
        assertThat(List.of("books Books' \"author\"", "teams teams_leader_id_fkey"))
                .as("lifted and added back").allMatch(k -> !after.get(k).equals(oids.get(k)));
        assertThat(List.of("members members_team_id_fkey", "authors authors_mentor_id_fkey",
                "\"order\" order_user_fkey", "reviews reviews_book_id_fkey"))
                .as("not valid, commented, on a table holding rows, on a table not loaded: left in place")
                .allMatch(k -> after.get(k).equals(oids.get(k)));
        for (String table : List.of("authors", "books", "teams", "members")) {
            EntityRows<?> rows = part(ds, table);
            assertThat(Readback.actual(db, rows, PG)).as(table).isEqualTo(Readback.expected(rows));
        }
        assertThat(count(db, "books b JOIN authors a ON a.id = b.author_id")).isEqualTo(2_000);
        assertThat(count(db, "members m JOIN teams t ON t.id = m.team_id")).isEqualTo(40);
        assertThat(count(db, "teams t JOIN members m ON m.id = t.leader_id"))
                .as("links closing the cycle, taken in one pass").isPositive()
                .isEqualTo(ds.stream(Team.class).filter(t -> t.leaderId() != null).count());
        assertThat(count(db, "\"order\" o JOIN \"user\" u ON u.id = o.\"user\"")).isEqualTo(21);
    }

    @Test
    void rowsThatBreakAnExistingForeignKeyFailTheLoadNamingItAndEveryConstraintStays() throws SQLException {
        Dataset ds = Library.dataset(30, 200).build();
        DataSource db = Databases.postgresql();
        // books point at the 5 accounts instead of the 30 authors: most of them cannot be met
        execute(db, Ddl.create(ds.rows(), PG)
                + "ALTER TABLE books DROP CONSTRAINT books_author_id_fkey;"
                + "ALTER TABLE books ADD CONSTRAINT books_by_account FOREIGN KEY (author_id)"
                + " REFERENCES \"user\" (id);");
        List<String> before = constraints(db);

        LoadException e = catchThrowableOfType(LoadException.class, () -> JdbcLoader.load(ds.rows(), db));

        assertThat(e.table()).isEqualTo("books");
        assertThat(e).hasMessageStartingWith("table books, row " + e.rowIndex() + ": ")
                .hasMessageContaining("violates foreign key constraint \"books_by_account\"");
        assertThat(e.rowIndex()).isNotNegative();
        Book named = ds.all(Book.class).get((int) e.rowIndex());
        assertThat(named.authorId()).as("the row named holds the key the message quotes").isGreaterThan(5)
                .satisfies(id -> assertThat(e).hasMessageContaining("(author_id)=(" + id + ")"));
        assertThat(constraints(db)).isEqualTo(before).anyMatch(c -> c.startsWith("books books_by_account "));
        assertThat(rowsInLoadedTables(db)).isZero();
    }

    @Test
    void intoEmptyTablesALinkClosingACycleGoesInOnePassAndItsForeignKeyNamesADanglingOne() throws SQLException {
        Dataset ds = withDanglingLeader();
        DataSource db = Databases.postgresql();
        execute(db, Ddl.create(ds.rows(), PG));
        List<String> before = constraints(db);

        LoadException e = catchThrowableOfType(LoadException.class, () -> JdbcLoader.load(ds.rows(), db));

        assertThat(e).hasMessageStartingWith("table teams, row 6: ")
                .hasMessageContaining("violates foreign key constraint \"teams_leader_id_fkey\"")
                .hasMessageContaining("(leader_id)=(999)").hasMessageNotContaining("second pass");
        assertThat(constraints(db)).isEqualTo(before);
        assertThat(rowsInLoadedTables(db)).isZero();
    }

    @Test
    void aNotValidForeignKeyStaysInPlaceAndStillChecksTheNewRows() throws SQLException {
        Dataset ds = withDanglingLeader();
        DataSource db = Databases.postgresql();
        // added back NOT VALID, the key would check none of the loaded rows
        execute(db, Ddl.create(ds.rows(), PG)
                + "ALTER TABLE teams DROP CONSTRAINT teams_leader_id_fkey;"
                + "ALTER TABLE teams ADD CONSTRAINT teams_leader_id_fkey FOREIGN KEY (leader_id)"
                + " REFERENCES members (id) NOT VALID;");
        List<String> before = constraints(db);

        LoadException e = catchThrowableOfType(LoadException.class, () -> JdbcLoader.load(ds.rows(), db));

        assertThat(e).hasMessageStartingWith("table teams, row 6: second pass, setting [leader_id]: ")
                .hasMessageContaining("teams_leader_id_fkey");
        assertThat(constraints(db)).isEqualTo(before).anyMatch(c -> c.contains("NOT VALID"));
        assertThat(rowsInLoadedTables(db)).isZero();
    }

    @Test
    void aRoleThatDoesNotOwnTheTablesLoadsWithTheForeignKeysInPlace() throws SQLException {
        Dataset ds = Library.dataset(200, 1_000).build();
        DataSource owner = Databases.postgresql();
        execute(owner, Ddl.create(ds.rows(), PG));
        DataSource loader = loaderRole(owner);
        List<String> before = constraints(owner);
        Map<String, Long> oids = foreignKeyOids(owner);

        JdbcLoader.load(ds.rows(), loader);

        for (EntityRows<?> rows : ds.rows()) {
            assertThat(Readback.actual(owner, rows, PG)).as(rows.model().table()).isEqualTo(Readback.expected(rows));
        }
        assertThat(constraints(owner)).isEqualTo(before);
        assertThat(foreignKeyOids(owner)).as("never dropped").isEqualTo(oids).hasSize(5);
    }

    @Test
    void aRoleThatDoesNotOwnTheTablesMeetsADanglingLinkClosingACycleInTheSecondPass() throws SQLException {
        Dataset ds = withDanglingLeader();
        DataSource owner = Databases.postgresql();
        execute(owner, Ddl.create(ds.rows(), PG));
        DataSource loader = loaderRole(owner);
        List<String> before = constraints(owner);

        LoadException e = catchThrowableOfType(LoadException.class, () -> JdbcLoader.load(ds.rows(), loader));

        assertThat(e).hasMessageStartingWith("table teams, row 6: second pass, setting [leader_id]: ")
                .hasMessageContaining("(leader_id)=(999)");
        assertThat(constraints(owner)).isEqualTo(before);
        assertThat(rowsInLoadedTables(owner)).isZero();
    }

    /** A new role with every privilege on the tables of {@code owner}'s database (REFERENCES too) but owning none. */
    private static DataSource loaderRole(DataSource owner) throws SQLException {
        String role = "loader" + ROLES.incrementAndGet();
        execute(owner, "CREATE ROLE " + role + " LOGIN;"
                + "GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO " + role);
        return Databases.postgresql(owner, role);
    }

    private static Dataset withDanglingLeader() {
        List<Team> teams = new ArrayList<>(Library.dataset(5, 5).build().all(Team.class));
        teams.set(6, new Team(7L, "team 6", 999L));
        return Library.dataset(5, 5).records(Team.class, teams).build();
    }

    /**
     * Every constraint of the schema's tables: table, name, definition, when it is checked and
     * whether it is validated, and its comment.
     */
    private static List<String> constraints(DataSource db) throws SQLException {
        List<String> constraints = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT conrelid::regclass::text || ' ' || conname || ' '"
                        + " || pg_get_constraintdef(oid) || ' | '"
                        + " || coalesce(obj_description(oid, 'pg_constraint'), '-') || ' | '"
                        + " || CASE WHEN condeferrable THEN 'deferrable' ELSE 'immediate' END"
                        + " || CASE WHEN condeferred THEN ' deferred' ELSE '' END"
                        + " || CASE WHEN convalidated THEN ' valid' ELSE ' not valid' END"
                        + " FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1")) {
            while (rs.next()) {
                constraints.add(rs.getString(1));
            }
        }
        return constraints;
    }

    /** The object id of every foreign key, by table and name: a key dropped and added back has a new one. */
    private static Map<String, Long> foreignKeyOids(DataSource db) throws SQLException {
        Map<String, Long> oids = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT conrelid::regclass::text || ' ' || conname, oid::bigint"
                        + " FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace")) {
            while (rs.next()) {
                oids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return oids;
    }

    private static long rowsInLoadedTables(DataSource db) throws SQLException {
        return count(db, "(SELECT id FROM authors UNION ALL SELECT id FROM books UNION ALL SELECT id FROM teams"
                + " UNION ALL SELECT id FROM members UNION ALL SELECT id FROM \"user\""
                + " UNION ALL SELECT id FROM \"order\") loaded");
    }

    private static EntityRows<?> part(Dataset ds, String table) {
        return ds.rows().stream().filter(r -> r.model().table().equals(table)).findFirst().orElseThrow();
    }
}
