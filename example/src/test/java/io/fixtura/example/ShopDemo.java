package io.fixtura.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fixtura.example.shop.EmployeeFactory;
import io.fixtura.example.shop.EmployeeModel;
import io.fixtura.example.shop.OrderFactory;
import io.fixtura.example.shop.OrderItemFactory;
import io.fixtura.example.shop.OrderItemModel;
import io.fixtura.example.shop.OrderModel;
import io.fixtura.example.shop.ProductFactory;
import io.fixtura.example.shop.ProductModel;
import io.fixtura.example.shop.UserFactory;
import io.fixtura.example.shop.UserModel;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.Generator;
import java.util.List;

/**
 * The main job: generates the example shop from one seed, prints two records of each entity as
 * JSON, and a one-line summary per entity (records, violations found by the model, time).
 */
public final class ShopDemo {

    private static final long SEED = 42;
    private static final int COUNT = 10_000;

    private ShopDemo() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        json.setVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.FIELD,
                com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY);
        System.out.println("Fixtura example shop, seed " + SEED + ", " + COUNT + " records per entity");
        StringBuilder summary = new StringBuilder();
        summary.append(run("users", UserFactory.withSeed(SEED), UserModel.INSTANCE, json));
        summary.append(run("products", ProductFactory.withSeed(SEED), ProductModel.INSTANCE, json));
        summary.append(run("orders", OrderFactory.withSeed(SEED), OrderModel.INSTANCE, json));
        summary.append(run("order_items", OrderItemFactory.withSeed(SEED), OrderItemModel.INSTANCE, json));
        summary.append(run("employees", EmployeeFactory.withSeed(SEED), EmployeeModel.INSTANCE, json));
        System.out.println();
        System.out.print(summary);
    }

    private static <T> String run(String name, Generator<T> generator, EntityModel<T> model, ObjectMapper json)
            throws Exception {
        long start = System.nanoTime();
        List<T> records = generator.list(COUNT);
        long elapsed = System.nanoTime() - start;
        long violations = records.stream().mapToLong(r -> model.validate(r).size()).sum();
        System.out.println("== " + name + " (first two)");
        System.out.println(json.writeValueAsString(records.subList(0, 2)));
        double ms = elapsed / 1e6;
        return String.format(java.util.Locale.ROOT, "%-12s %,8d records  %5d violations  %8.1f ms  %,12.0f records/s%n",
                name, records.size(), violations, ms, records.size() / (elapsed / 1e9));
    }
}
