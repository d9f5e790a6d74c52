package io.fixtura.runtime.io;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Reference;
import io.fixtura.runtime.SqlType;
import java.math.BigDecimal;
import java.sql.JDBCType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Two small hand-made entities, customers and their orders (a composite key), for sink and snapshot tests. */
public final class Customers {

    public record Customer(long id, String name, BigDecimal balance, Instant since, List<String> tags, Integer age) {
    }

    public record Order(long customerId, int line, String item, BigDecimal amount) {
    }

    public static final FieldModel<Customer> ID = FieldModel.<Customer>of("id", long.class, Customer::id).key()
            .sqlType(SqlType.of(JDBCType.BIGINT));
    public static final FieldModel<Customer> NAME = FieldModel.<Customer>of("name", String.class, Customer::name)
            .column("full_name").notNull().sqlType(SqlType.varchar(40))
            .constraints(Constraint.notNull(), Constraint.size("Size", 1, 40));
    public static final FieldModel<Customer> BALANCE = FieldModel.<Customer>of("balance", BigDecimal.class,
            Customer::balance).sqlType(SqlType.decimal(12, 2))
            .constraints(Constraint.number("DecimalMin", BigDecimal.ZERO, true, null, false));
    public static final FieldModel<Customer> SINCE = FieldModel.<Customer>of("since", Instant.class, Customer::since)
            .sqlType(SqlType.of(JDBCType.TIMESTAMP_WITH_TIMEZONE));
    public static final FieldModel<Customer> TAGS = FieldModel.<Customer>of("tags", List.class, Customer::tags)
            .sqlType(SqlType.json());
    public static final FieldModel<Customer> AGE = FieldModel.<Customer>of("age", Integer.class, Customer::age)
            .sqlType(SqlType.of(JDBCType.INTEGER)).constraints(Constraint.number("Range", BigDecimal.valueOf(18), true,
                    BigDecimal.valueOf(130), true));

    public static final List<FieldModel<Customer>> FIELDS = List.of(ID, NAME, BALANCE, SINCE, TAGS, AGE);

    public static final HandModel<Customer> MODEL = new HandModel<>(Customer.class, "customers", List.of("id"), FIELDS,
            i -> customer(i + 1));

    public static final HandModel<Order> ORDERS = new HandModel<>(Order.class, "orders", List.of("customerId", "line"),
            List.of(FieldModel.<Order>of("customerId", long.class, Order::customerId).column("customer_id").key()
                            .sqlType(SqlType.of(JDBCType.BIGINT))
                            .references(new Reference("customerId", Customer.class, "customers", "id")),
                    FieldModel.<Order>of("line", int.class, Order::line).key().sqlType(SqlType.of(JDBCType.INTEGER)),
                    FieldModel.<Order>of("item", String.class, Order::item).notNull().sqlType(SqlType.varchar(80))
                            .constraints(Constraint.notNull(), Constraint.pattern("Pattern", "[^\"]*\"?.*")),
                    FieldModel.<Order>of("amount", BigDecimal.class, Order::amount).sqlType(SqlType.decimal(10, 2))),
            i -> order(i));

    private Customers() {
    }

    /** Customers 1 .. n. */
    public static List<Customer> records(int n) {
        List<Customer> customers = new ArrayList<>();
        for (int id = 1; id <= n; id++) {
            customers.add(customer(id));
        }
        return customers;
    }

    public static Customer customer(long id) {
        return new Customer(id, "Customer \"" + id + "\", ñ 😀", new BigDecimal(id + ".50"),
                Instant.parse("2025-06-01T00:00:00Z").plusSeconds(id * 3600), List.of("t" + id, "x,y"),
                id % 3 == 0 ? null : (int) (18 + id));
    }

    /** Order line {@code index % 3 + 1} of customer {@code index / 3 + 1}. */
    public static Order order(long index) {
        return new Order(index / 3 + 1, (int) (index % 3) + 1, "item " + index + (index % 2 == 0 ? "\n\"" : ""),
                new BigDecimal(index + ".05"));
    }

    public static List<Order> orders(int n) {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            orders.add(order(i));
        }
        return orders;
    }
}
