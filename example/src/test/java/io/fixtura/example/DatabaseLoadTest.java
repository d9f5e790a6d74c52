package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fixtura.example.shop.Employee;
import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderItem;
import io.fixtura.example.shop.Product;
import io.fixtura.example.shop.User;
import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.DatasetBuilder;
import io.fixtura.runtime.LoadException;
import io.fixtura.runtime.LoadReport;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.sql.Databases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shop, over 100,000 rows, loaded into H2 and a real PostgreSQL whose tables carry every
 * constraint the models declare: the databases accept it all, and a dataset corrupted on purpose
 * is refused with the table and row named, leaving the database empty.
 */
class DatabaseLoadTest {

    private static DatasetBuilder shop() {
        return Dataset.builder().seed(42)
                .count(User.class, 10_000)
                .count(Product.class, 5_000)
                .count(Order.class, 30_000)
                .perParent(OrderItem.class, "orderId", 1, 4)
                .count(Employee.class, 2_000);
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void theShopLoadsWithEveryConstraintInForce(SqlDialect dialect) throws SQLException {
        Dataset shop = shop().build();
        DataSource db = Databases.fresh(dialect);
        execute(db, shop.ddl(dialect));

        LoadReport report = shop.loadInto(db);

        assertThat(report.totalRows()).isGreaterThanOrEqualTo(100_000);
        for (EntityRows<?> rows : shop.rows()) {
            String table = rows.model().table();
            assertThat(count(db, table)).as(table).isEqualTo(rows.count()).isEqualTo(report.rows(table));
        }
        // the constraints are there: the database itself refuses rows that break them
        assertRefused(db, "INSERT INTO orders (id, user_id, status, placed_at, total) VALUES (999999, '"
                + UUID.randomUUID() + "', 'PAID', TIMESTAMP '2024-01-01 00:00:00', 1)");
        assertRefused(db, "INSERT INTO orders (id, user_id, status, placed_at, total) SELECT 999999, id, 'LOST',"
                + " TIMESTAMP '2024-01-01 00:00:00', 1 FROM users WHERE email = (SELECT MIN(email) FROM users)");
        assertRefused(db, "INSERT INTO products (id, sku, name, price, stock, category) VALUES (999999, 'ABC-0000',"
                + " 'cheap', 0.49, 1, 'TOYS')");
        assertRefused(db, "INSERT INTO products (id, sku, name, price, stock, category) SELECT 999999, sku, 'twin',"
                + " 1.00, 1, 'TOYS' FROM products WHERE id = (SELECT MIN(id) FROM products)");
        assertRefused(db, "UPDATE employees SET hired_on = DATE '1999-12-31'");
        assertRefused(db, "UPDATE users SET age = 17");
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void twoUsersSharingAnEmailAreRefusedAndNothingStays(SqlDialect dialect) throws SQLException {
        List<User> users = new ArrayList<>(shop().build().all(User.class));
        User u = users.get(4_321);
        users.set(4_321, new User(u.id(), users.get(1_234).email(), u.fullName(), u.age(), u.createdAt(), u.status(),
                u.address(), u.tags()));
        Dataset corrupted = shop().records(User.class, users).build();
        DataSource db = Databases.fresh(dialect);

        LoadException e = catchThrowableOfType(LoadException.class, () -> corrupted.loadInto(db));

        assertThat(e.table()).isEqualTo("users");
        assertThat(e.rowIndex()).isEqualTo(4_321);
        assertThat(e).hasMessageStartingWith("table users, row 4321: ");
        assertThat(e.getMessage().toLowerCase(Locale.ROOT)).containsAnyOf("unique index", "duplicate key");
        assertThat(Databases.tables(db)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void anOrderOfNoUserIsRefusedAndNothingStays(SqlDialect dialect) throws SQLException {
        List<Order> orders = new ArrayList<>(shop().build().all(Order.class));
        orders.get(777).setUserId(UUID.fromString("00000000-0000-0000-0000-000000000777"));
        Dataset corrupted = shop().records(Order.class, orders).build();
        DataSource db = Databases.fresh(dialect);

        LoadException e = catchThrowableOfType(LoadException.class, () -> corrupted.loadInto(db));

        assertThat(e).hasMessageStartingWith("table orders, row 777: ")
                .hasMessageContaining("00000000-0000-0000-0000-000000000777");
        assertThat(e.getMessage().toLowerCase(Locale.ROOT)).containsAnyOf("referential integrity",
                "foreign key constraint");
        assertThat(Databases.tables(db)).isEmpty();
    }

    private static void assertRefused(DataSource db, String sql) {
        assertThatThrownBy(() -> execute(db, sql)).as(sql).isInstanceOf(SQLException.class);
    }

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
