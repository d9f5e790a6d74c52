package io.fixtura.bench;

import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderFactory;
import io.fixtura.example.shop.OrderItemFactory;
import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.Generator;
import io.fixtura.runtime.dataset.EntityRows;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Linked records: an order with its items as a test builds them through the generated factories,
 * and the whole example shop streamed from a {@link Dataset}. Scores are records per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class ShopBenchmarks {

    static final int ITEMS_PER_ORDER = 3;

    private Generator<Order> orders;
    private Dataset shop;
    private long index;

    @Setup
    public void setUp() {
        orders = OrderFactory.withSeed(42);
        shop = Shop.dataset();
    }

    /** An order and three items pointing at it: four records. */
    @Benchmark
    @OperationsPerInvocation(1 + ITEMS_PER_ORDER)
    public void orderWithItems(Blackhole bh) {
        Order order = orders.at(index++);
        bh.consume(order);
        for (int i = 0; i < ITEMS_PER_ORDER; i++) {
            bh.consume(OrderItemFactory.builder().order(order).build());
        }
    }

    /** Every record of every entity of the example shop, referenced entities first. */
    @Benchmark
    public void shopDataset(Rows counted, Blackhole bh) {
        for (EntityRows<?> part : shop.rows()) {
            part.stream().forEach(record -> {
                bh.consume(record);
                counted.rows++;
            });
        }
    }
}
