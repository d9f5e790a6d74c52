package io.fixtura.example;

import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.sql.Databases;
import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * A rough guide, not a benchmark (JMH in {@code bench/} is that): loads the demo's shop (133,168
 * rows) into fresh embedded PostgreSQL databases with {@code loadInto}, and, for comparison, copies
 * the same rows from CSV files written beforehand with a plain {@code COPY ... (FORMAT csv)} into the
 * same DDL ({@code dataset.ddl}). Two cases, both timed to the commit: into an empty database (the
 * DDL timed too: loadInto creates the tables itself), and into tables made before the clock starts.
 * The two ways alternate, so a busy machine slows both alike; prints rows/s and the medians.
 *
 * <p>Run with the example's test class path: {@code java -cp ... io.fixtura.example.PgLoadComparison [reps]}.
 */
public final class PgLoadComparison {

    private PgLoadComparison() {
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Dataset shop = ShopDemo.shop().build();
        long rows = shop.rows().stream().mapToLong(EntityRows::count).sum();
        Path csv = Files.createTempDirectory("fixtura-csv");
        shop.writeCsv(csv);
        String ddl = shop.ddl(SqlDialect.POSTGRESQL);
        System.out.printf(Locale.ROOT, "%,d rows%n", rows);

        for (boolean empty : new boolean[] {true, false}) {
            System.out.println(empty ? "into an empty database (DDL timed):" : "into tables made beforehand:");
            double[] load = new double[reps];
            double[] copy = new double[reps];
            for (int rep = -1; rep < reps; rep++) { // rep -1 warms up both ways
                double l;
                double c;
                if (rep % 2 == 0) {
                    l = loadInto(shop, ddl, empty, rows);
                    c = copyCsv(shop, ddl, empty, csv, rows);
                } else {
                    c = copyCsv(shop, ddl, empty, csv, rows);
                    l = loadInto(shop, ddl, empty, rows);
                }
                System.out.printf(Locale.ROOT, "  %-8s loadInto %,9.0f rows/s   COPY csv %,9.0f rows/s   ratio %.2f%n",
                        rep < 0 ? "warm-up" : "rep " + rep, l, c, l / c);
                if (rep >= 0) {
                    load[rep] = l;
                    copy[rep] = c;
                }
            }
            System.out.printf(Locale.ROOT, "  %-8s loadInto %,9.0f rows/s   COPY csv %,9.0f rows/s   ratio %.2f%n",
                    "median", median(load), median(copy), median(load) / median(copy));
        }
        try (var files = Files.list(csv)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(csv);
    }

    private static double loadInto(Dataset shop, String ddl, boolean empty, long rows) throws SQLException {
        DataSource db = Databases.postgresql();
        if (!empty) {
            execute(db, ddl);
        }
        long start = System.nanoTime();
        shop.loadInto(db);
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static double copyCsv(Dataset shop, String ddl, boolean empty, Path dir, long rows) throws Exception {
        DataSource db = Databases.postgresql();
        if (!empty) {
            execute(db, ddl);
        }
        long start = System.nanoTime();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            if (empty) {
                try (Statement s = c.createStatement()) {
                    s.execute(ddl);
                }
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (EntityRows<?> part : shop.rows()) {
                String table = part.model().table();
                Path file = dir.resolve(table + ".csv");
                List<String> columns = new ArrayList<>();
                try (BufferedReader header = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String column : header.readLine().split(",")) {
                        columns.add('"' + column + '"');
                    }
                }
                try (InputStream in = Files.newInputStream(file)) {
                    copy.copyIn("COPY \"" + table + "\" (" + String.join(", ", columns)
                            + ") FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
                }
            }
            c.commit();
        }
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
