package io.fixtura.example;

import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderItem;
import io.fixtura.example.shop.Product;
import io.fixtura.example.shop.User;
import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.DatasetBuilder;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Streams the order items of a large shop dataset and checks every reference on the way, to show
 * that children are made without holding their parents: run it with a small heap, for example
 * {@code java -Xmx256m -cp <test class path> io.fixtura.example.StreamingProof 1000000 10000000}.
 * Arguments: the number of orders, then of order items; without the second, each order gets 2 to
 * 18 items (a perParent link), and the items must then come order by order, covering every order.
 * Prints one line per result, the time and the heap in use after a GC at each quarter of the items
 * (the GCs are not counted in the time), and exits with 1 when a check fails. The bench runs it
 * at 100 million items ({@code bench/run}, the example's {@code streaming-proof} profile).
 */
public final class StreamingProof {

    private static final long USERS = 10_000;
    private static final long PRODUCTS = 2_000;
    private static final int MIN_ITEMS = 2;
    private static final int MAX_ITEMS = 18;

    private StreamingProof() {
    }

    public static void main(String[] args) {
        long orders = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        boolean perParent = args.length < 2;
        DatasetBuilder builder = Dataset.builder().seed(42).referenceTime(Instant.parse("2026-01-01T00:00:00Z"))
                .count(User.class, USERS).count(Product.class, PRODUCTS).count(Order.class, orders);
        Dataset ds = (perParent ? builder.perParent(OrderItem.class, "orderId", MIN_ITEMS, MAX_ITEMS)
                : builder.count(OrderItem.class, Long.parseLong(args[1]))).build();
        long expected = ds.count(OrderItem.class);
        System.out.println("max heap: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        System.out.println("order items in the dataset: " + expected);

        long started = System.nanoTime();
        long paused = 0;
        long quarter = Math.max(1, expected / 4);
        long streamed = 0;
        long outside = 0;
        long ordersSeen = 0;
        long brokenRuns = 0;
        long lastOrder = 0;
        long run = 0;
        try (Stream<OrderItem> stream = ds.stream(OrderItem.class)) {
            for (Iterator<OrderItem> it = stream.iterator(); it.hasNext(); ) {
                OrderItem item = it.next();
                streamed++;
                long orderId = item.orderId();
                if (orderId < 1 || orderId > orders || item.productId() < 1 || item.productId() > PRODUCTS) {
                    outside++;
                }
                if (orderId != lastOrder) {
                    // perParent: the items of order k follow those of order k-1, each run MIN..MAX long
                    if (orderId != lastOrder + 1 || lastOrder != 0 && (run < MIN_ITEMS || run > MAX_ITEMS)) {
                        brokenRuns++;
                    }
                    ordersSeen++;
                    run = 0;
                }
                run++;
                lastOrder = orderId;
                if (streamed % quarter == 0) {
                    long before = System.nanoTime();
                    System.out.printf(Locale.ROOT, "after %,d items: %.1f s, heap in use after a GC: %d MiB%n",
                            streamed, (before - started - paused) / 1e9, heapAfterGc());
                    paused += System.nanoTime() - before;
                }
            }
        }
        double seconds = (System.nanoTime() - started - paused) / 1e9;
        System.out.println("streamed order items: " + streamed);
        System.out.println("references outside 1.." + orders + " orders or 1.." + PRODUCTS + " products: " + outside);
        if (perParent) {
            System.out.println("orders with items: " + ordersSeen + ", runs out of order or size: " + brokenRuns);
        }
        System.out.printf(Locale.ROOT, "time: %.1f s, %.0f items/s; heap in use after a GC: %d MiB%n",
                seconds, streamed / seconds, heapAfterGc());
        boolean perParentHolds = !perParent || ordersSeen == orders && brokenRuns == 0;
        if (outside > 0 || streamed != expected || !perParentHolds) {
            System.out.println("FAILED");
            System.exit(1);
        }
        System.out.println("OK");
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
