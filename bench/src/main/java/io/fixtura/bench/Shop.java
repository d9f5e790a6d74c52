package io.fixtura.bench;

import io.fixtura.example.shop.Employee;
import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderItem;
import io.fixtura.example.shop.Product;
import io.fixtura.example.shop.User;
import io.fixtura.runtime.Dataset;
import java.time.Instant;

/** The example shop as the demo main generates it (133,168 rows from seed 42), for the dataset benchmarks. */
final class Shop {

    private Shop() {
    }

    /** Users, products, orders with 1 to 5 items each, and employees, as in {@code ShopDemo}. */
    static Dataset dataset() {
        return Dataset.builder().seed(42).referenceTime(Instant.parse("2026-01-01T00:00:00Z"))
                .count(User.class, 10_000)
                .count(Product.class, 2_000)
                .count(Order.class, 30_000)
                .perParent(OrderItem.class, "orderId", 1, 5)
                .count(Employee.class, 1_000)
                .build();
    }
}
