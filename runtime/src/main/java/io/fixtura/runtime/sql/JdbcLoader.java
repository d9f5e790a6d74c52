package io.fixtura.runtime.sql;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.LoadException;
import io.fixtura.runtime.LoadReport;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.EntityRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Loads a dataset into a database (H2 or PostgreSQL) in one transaction: creates the tables that
 * are missing, inserts every entity in dependency order (batched inserts; binary COPY for
 * PostgreSQL, whose new tables get their foreign keys once their rows are in) with the rows made
 * on another thread, then fills in the references that close a cycle. On any failure it rolls
 * back, drops the tables it created (H2 commits DDL at once) and throws a {@link LoadException}
 * naming table, row and the database's message, leaving the database as it was.
 *
 * <p>In PostgreSQL, the foreign keys of empty tables that already exist are dropped before the
 * COPY and added back exactly as defined once all rows are in, as pg_restore does, so each checks
 * its table in one pass instead of row by row; a key the rows break fails the load like any
 * other, and the rollback restores it. Until the load commits, this locks those tables and the
 * tables their keys point at against other sessions. Keys the user may not drop (on tables of
 * another owner) stay in place.
 *
 * <pre>{@code LoadReport report = JdbcLoader.load(dataset.rows(), dataSource);}</pre>
 */
public final class JdbcLoader {

    private JdbcLoader() {
    }

    /** Loads {@code rows} into {@code dataSource}'s database; returns per-table counts and times. */
    public static LoadReport load(List<EntityRows<?>> rows, DataSource dataSource) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<LoadReport.TableLoad> loads = load(rows, connection);
                return new LoadReport(loads, millisSince(start));
            } finally {
                restore(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw new LoadException(null, -1, "cannot load into the database: " + Failures.message(e), e);
        }
    }

    private static List<LoadReport.TableLoad> load(List<EntityRows<?>> rows, Connection connection)
            throws SQLException {
        List<EntityModel<?>> models = Ddl.models(rows);
        List<String> created = new ArrayList<>();
        Catalog catalog = null;
        try {
            catalog = Catalog.of(connection, models);
            List<Table> tables = tables(rows, catalog);
            List<Ddl.Step> foreignKeys = createMissing(connection, catalog, models, created);
            if (foreignKeysLast(catalog)) {
                PgForeignKeys existing = PgForeignKeys.lift(connection, catalog, tables);
                foreignKeys.addAll(existing.restores());
                tables.replaceAll(t -> t.forCopy(existing.checksRows(t.table())));
            }
            List<LoadReport.TableLoad> loads = new ArrayList<>();
            long[] millis = new long[tables.size()];
            long[] counts = new long[tables.size()];
            insert(connection, tables, catalog.dialect(), counts, millis);
            addForeignKeys(connection, foreignKeys, tables, millis);
            for (int t = 0; t < tables.size(); t++) {
                if (!tables.get(t).deferred().isEmpty()) {
                    long start = System.nanoTime();
                    Batches.update(connection, tables.get(t), catalog.dialect());
                    millis[t] += millisSince(start);
                }
            }
            connection.commit();
            for (int t = 0; t < tables.size(); t++) {
                loads.add(new LoadReport.TableLoad(tables.get(t).table(), counts[t], millis[t]));
            }
            return loads;
        } catch (SQLException | RuntimeException e) {
            undo(connection, catalog, created, e);
            if (e instanceof LoadException l) {
                throw l;
            }
            if (e instanceof SQLException s) {
                throw new LoadException(null, -1, Failures.message(s), s);
            }
            throw new LoadException(null, -1, "loading failed: " + e.getMessage(), e);
        }
    }

    /** The tables to write, checked before anything is written. */
    private static List<Table> tables(List<EntityRows<?>> rows, Catalog catalog) {
        List<Table> tables = new ArrayList<>();
        for (EntityRows<?> r : rows) {
            try {
                tables.add(Table.of(r, catalog));
            } catch (IllegalArgumentException e) {
                throw new LoadException(r.model().table(), -1, e.getMessage(), e);
            }
        }
        return tables;
    }

    /**
     * Creates the tables that are missing. In PostgreSQL their foreign keys are left out and
     * returned, to be added once the rows are in: checking all rows at once costs a fraction of
     * checking them one by one as they come, and DDL there is part of the transaction. H2 commits
     * DDL, so there the tables get their foreign keys at once and none are returned.
     */
    private static List<Ddl.Step> createMissing(Connection connection, Catalog catalog, List<EntityModel<?>> models,
            List<String> created) throws SQLException {
        Set<String> missing = new LinkedHashSet<>();
        Set<String> present = new LinkedHashSet<>();
        for (EntityModel<?> model : models) {
            (catalog.exists(model.table()) ? present : missing).add(model.table());
        }
        boolean foreignKeysLast = foreignKeysLast(catalog);
        List<Ddl.Step> later = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (Ddl.Step step : Ddl.steps(models, missing, present, catalog.dialect(), catalog, foreignKeysLast)) {
                if (foreignKeysLast && !step.create()) {
                    later.add(step);
                    continue;
                }
                try {
                    statement.execute(step.sql());
                } catch (SQLException e) {
                    throw new LoadException(step.table(), -1, "cannot create the table: " + Failures.message(e)
                            + "\n" + step.sql(), e);
                }
                if (step.create()) {
                    created.add(step.table());
                }
            }
        }
        return later;
    }

    /** Whether new tables get their foreign keys once their rows are in: where DDL is part of the transaction. */
    private static boolean foreignKeysLast(Catalog catalog) {
        return catalog.dialect() == SqlDialect.POSTGRESQL;
    }

    /** Adds the foreign keys left out of new tables or lifted from existing ones, each checking its table at once. */
    private static void addForeignKeys(Connection connection, List<Ddl.Step> foreignKeys, List<Table> tables,
            long[] millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Ddl.Step step : foreignKeys) {
                int t = 0;
                while (!tables.get(t).table().equals(step.table())) {
                    t++;
                }
                long start = System.nanoTime();
                try {
                    statement.execute(step.sql());
                } catch (SQLException e) {
                    throw Failures.foreignKey(tables.get(t), step.sql(), e);
                }
                millis[t] += millisSince(start);
            }
        }
    }

    /** Inserts every table's rows, made on another thread while the database stores those before. */
    private static void insert(Connection connection, List<Table> tables, SqlDialect dialect, long[] counts,
            long[] millis) throws SQLException {
        if (dialect == SqlDialect.POSTGRESQL) {
            try (PgCopy copy = PgCopy.start(connection, tables)) {
                for (int t = 0; t < tables.size(); t++) {
                    int table = t;
                    insert(tables.get(t), t, counts, millis, () -> copy.copy(table));
                }
            }
        } else {
            try (Pipeline<Batches.Chunk> rows = Batches.start(tables)) {
                for (int t = 0; t < tables.size(); t++) {
                    int table = t;
                    insert(tables.get(t), t, counts, millis,
                            () -> Batches.insert(connection, tables.get(table), table, rows, dialect));
                }
            }
        }
    }

    /** Writes one table, timing it; a failure names the table. */
    private static void insert(Table table, int t, long[] counts, long[] millis, TableWrite write)
            throws SQLException {
        long start = System.nanoTime();
        try {
            counts[t] = write.rows();
        } catch (LoadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LoadException(table.table(), -1, "cannot make its rows: " + e.getMessage(), e);
        }
        millis[t] = millisSince(start);
    }

    /** Writes a table's rows; returns how many. */
    private interface TableWrite {
        long rows() throws SQLException;
    }

    /** Rolls back, then drops what DDL left committed; a failure here is added to the original one. */
    private static void undo(Connection connection, Catalog catalog, List<String> created, Exception failure) {
        try {
            connection.rollback();
            if (catalog != null && !created.isEmpty()) {
                catalog.dropLeftovers(created);
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void restore(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // the connection is closed next; its state no longer matters to the caller
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
