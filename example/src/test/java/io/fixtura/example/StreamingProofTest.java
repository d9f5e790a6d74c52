package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link StreamingProof} in its own JVM with a 256 MiB heap: ten million order items of a
 * million orders stream through it, which only works if children are made without their parents.
 */
class StreamingProofTest {

    @Test
    void tenMillionOrderItemsStreamInA256MegabyteHeap() throws Exception {
        String out = runWithSmallHeap("1000000", "10000000");

        assertThat(out).contains("max heap: 256 MiB", "order items in the dataset: 10000000",
                "streamed order items: 10000000", "references outside 1..1000000 orders or 1..2000 products: 0")
                .endsWith("OK\n");
    }

    @Test
    void perParentItemsStreamOrderByOrderInA256MegabyteHeap() throws Exception {
        String out = runWithSmallHeap("1000000");

        assertThat(out).contains("max heap: 256 MiB", "references outside 1..1000000 orders or 1..2000 products: 0",
                "orders with items: 1000000, runs out of order or size: 0").endsWith("OK\n");
        long items = Long.parseLong(out.lines().filter(l -> l.startsWith("streamed order items: ")).findFirst()
                .orElseThrow().substring("streamed order items: ".length()));
        assertThat(items).isBetween(2_000_000L, 18_000_000L);
    }

    private static String runWithSmallHeap(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), StreamingProof.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // read everything before waiting, so a full pipe cannot block the child
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        System.out.print(out);
        assertThat(finished).as("finished within 10 minutes").isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.replace("\r\n", "\n");
    }
}
