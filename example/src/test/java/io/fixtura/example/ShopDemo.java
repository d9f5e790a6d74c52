package io.fixtura.example;

import io.fixtura.example.shop.Employee;
import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderItem;
import io.fixtura.example.shop.Product;
import io.fixtura.example.shop.User;
import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.DatasetBuilder;
import io.fixtura.runtime.LoadReport;
import io.fixtura.runtime.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The main job: generates the example shop as one dataset from seed 42, validates it, loads it into
 * an embedded H2 database file ({@code example/target/shop-db}) in one transaction, and prints per-table counts,
 * time and rows/s, then the row counts the database itself reports.
 */
public final class ShopDemo {

    private static final long SEED = 42;

    private ShopDemo() {
    }

    /** The shop the demo loads: users, products, orders with 1 to 5 items each, and employees (133,168 rows). */
    static DatasetBuilder shop() {
        return Dataset.builder().seed(SEED)
                .count(User.class, 10_000)
                .count(Product.class, 2_000)
                .count(Order.class, 30_000)
                .perParent(OrderItem.class, "orderId", 1, 5)
                .count(Employee.class, 1_000);
    }

    public static void main(String[] args) throws Exception {
        Dataset shop = shop().build();
        System.out.println("Fixtura example shop: seed " + SEED + ", reference time " + shop.referenceTime());

        ValidationReport report = shop.validate();
        System.out.println("validation: " + (report.isValid() ? "valid, " + report.total() + " violations"
                : report.toString()));

        Path db = Path.of(System.getProperty("fixtura.demo.database", "target/shop-db")).toAbsolutePath();
        Files.deleteIfExists(Path.of(db + ".mv.db"));
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + db);
        LoadReport load = shop.loadInto(h2);

        System.out.println();
        System.out.printf(Locale.ROOT, "%-12s %10s %10s %14s%n", "table", "rows", "ms", "rows/s");
        for (LoadReport.TableLoad table : load.tables()) {
            System.out.printf(Locale.ROOT, "%-12s %,10d %,10d %,14.0f%n", table.table(), table.rows(), table.millis(),
                    table.rowsPerSecond());
        }
        System.out.printf(Locale.ROOT, "%-12s %,10d %,10d %,14.0f%n", "total", load.totalRows(), load.millis(),
                load.rowsPerSecond());

        System.out.println();
        System.out.println("in " + h2.getURL() + ":");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            for (var part : shop.rows()) {
                String table = part.model().table();
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    System.out.printf(Locale.ROOT, "  %-12s %,10d rows%n", table, rs.getLong(1));
                }
            }
        }
    }
}
