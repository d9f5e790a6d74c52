package io.fixtura.runtime.sql;

import io.fixtura.runtime.LoadException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The foreign keys on PostgreSQL tables that a load fills and that already exist, lifted for the
 * load as pg_restore and bulk loaders do: dropped before the rows are copied and added back by the
 * definition PostgreSQL gives for them once all rows are in, so each checks its table in one pass
 * instead of firing a trigger per row. DDL is part of the transaction there, so a failed load, a
 * key the new rows break included, leaves every key as it was.
 *
 * <p>A key stays in place, checked row by row, where adding it back could differ from what was
 * there or cost more than it saves: on a table that already holds rows (adding the key back would
 * check those too), on a table of a role the user lacks (only its owner may alter a table, and a
 * statement that fails aborts the transaction, so this is read up front), pointing at a table the
 * user may not reference, NOT VALID (added back, it would not check the new rows), inherited by a
 * partition or on a partitioned table, or carrying a comment.
 */
final class PgForeignKeys {

    /** The foreign keys on one table, each with whether it may be lifted. */
    private static final String FOREIGN_KEYS = "SELECT con.conname, n.nspname, c.relname,"
            + " pg_catalog.pg_get_constraintdef(con.oid),"
            + " c.relkind = 'r' AND con.conparentid = 0 AND con.convalidated"
            + " AND pg_catalog.pg_has_role(c.relowner, 'USAGE')"
            + " AND pg_catalog.has_table_privilege(c.oid, 'SELECT')"
            + " AND pg_catalog.has_table_privilege(con.confrelid, 'REFERENCES')"
            + " AND pg_catalog.has_schema_privilege(r.relnamespace, 'USAGE')"
            + " AND pg_catalog.obj_description(con.oid, 'pg_constraint') IS NULL"
            + " FROM pg_catalog.pg_constraint con"
            + " JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_catalog.pg_class r ON r.oid = con.confrelid"
            + " WHERE con.contype = 'f' AND con.conrelid = ?::regclass ORDER BY con.conname";

    /** {@code conparentid}, which tells keys a partition inherits, came with PostgreSQL 11. */
    private static final int OLDEST_READ = 11;

    private final List<Ddl.Step> restores;
    private final Set<String> checked;

    private PgForeignKeys(List<Ddl.Step> restores, Set<String> checked) {
        this.restores = List.copyOf(restores);
        this.checked = Set.copyOf(checked);
    }

    /**
     * Drops the foreign keys that may be lifted from those of {@code tables} that existed before
     * the load. Call it once the missing tables are created: a definition read before could name a
     * table that one of them now hides on the search path.
     */
    static PgForeignKeys lift(Connection connection, Catalog catalog, List<Table> tables) throws SQLException {
        List<Ddl.Step> restores = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        boolean readable = connection.getMetaData().getDatabaseMajorVersion() >= OLDEST_READ;
        for (Table table : tables) {
            if (!catalog.exists(table.table())) {
                continue;
            }
            if (!readable) {
                checked.add(table.table());
                continue;
            }
            List<Key> keys = keys(connection, table);
            boolean empty = keys.stream().anyMatch(Key::liftable) && isEmpty(connection, table);
            for (Key key : keys) {
                if (key.liftable() && empty) {
                    drop(connection, table, key);
                    restores.add(new Ddl.Step(table.table(), false, key.add()));
                } else {
                    checked.add(table.table());
                }
            }
        }
        return new PgForeignKeys(restores, checked);
    }

    /** The statements adding the lifted keys back, each as it was defined. */
    List<Ddl.Step> restores() {
        return restores;
    }

    /** Whether {@code table} (as the model names it) keeps a foreign key while its rows are copied. */
    boolean checksRows(String table) {
        return checked.contains(table);
    }

    /** A foreign key: how to drop it and add it back, and whether it may be lifted. */
    private record Key(String name, String drop, String add, boolean liftable) {
    }

    private static List<Key> keys(Connection connection, Table table) throws SQLException {
        List<Key> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(FOREIGN_KEYS)) {
            query.setString(1, table.name());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String name = Names.quoted(rs.getString(1));
                    String alter = "ALTER TABLE ONLY " + Names.quoted(rs.getString(2)) + "."
                            + Names.quoted(rs.getString(3));
                    keys.add(new Key(name, alter + " DROP CONSTRAINT " + name,
                            alter + " ADD CONSTRAINT " + name + " " + rs.getString(4), rs.getBoolean(5)));
                }
            }
        }
        return keys;
    }

    private static boolean isEmpty(Connection connection, Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM ONLY " + table.name() + ")")) {
            rs.next();
            return !rs.getBoolean(1);
        }
    }

    private static void drop(Connection connection, Table table, Key key) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(key.drop());
        } catch (SQLException e) {
            throw new LoadException(table.table(), -1, "cannot lift foreign key " + key.name() + " for the load: "
                    + Failures.message(e) + "\n" + key.drop(), e);
        }
    }
}
