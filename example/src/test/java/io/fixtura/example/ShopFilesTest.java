package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fixtura.example.shop.Employee;
import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderItem;
import io.fixtura.example.shop.Product;
import io.fixtura.example.shop.User;
import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Snapshot;
import io.fixtura.runtime.SnapshotDiff;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.io.CsvFiles;
import io.fixtura.runtime.io.CsvReader;
import io.fixtura.runtime.io.JsonFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated shop written as JSON, JSON Lines, CSV and snapshots, and read back by other readers. */
class ShopFilesTest {

    private static final ObjectMapper JACKSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    private static Dataset shop(long seed) {
        return Dataset.builder().seed(seed).count(User.class, 120).count(Product.class, 60)
                .perParent(Order.class, "userId", 0, 3).perParent(OrderItem.class, "orderId", 1, 4)
                .count(Employee.class, 40).build();
    }

    @Test
    void jsonArraysAndLinesReadBackEqualToTheColumnValues() throws IOException {
        Dataset ds = shop(7);
        JsonFiles.writeArrays(ds.rows(), dir);
        JsonFiles.writeLines(ds.rows(), dir);

        for (EntityRows<?> part : ds.rows()) {
            JsonNode array = JACKSON.readTree(dir.resolve(part.model().table() + ".json").toFile());
            assertThat(array.size()).isEqualTo(part.count());
            List<JsonNode> lines = new ArrayList<>();
            try (BufferedReader in = Files.newBufferedReader(dir.resolve(part.model().table() + ".jsonl"))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(JACKSON.readTree(line));
                }
            }
            assertThat(lines).containsExactlyElementsOf(array::elements);
            assertJsonEqual(part, lines);
        }
    }

    @Test
    void csvReadsBackEqualToTheColumnTexts() {
        Dataset ds = shop(7);
        CsvFiles.write(ds.rows(), dir);

        for (EntityRows<?> part : ds.rows()) {
            assertCsvEqual(part, dir.resolve(part.model().table() + ".csv"));
        }
    }

    @Test
    void aSnapshotLoadsAgainstTheGeneratedModelsAndTheSameSeedWritesTheSameFiles() throws IOException {
        Dataset ds = shop(7);
        Snapshot first = Snapshot.write(ds.rows(), ds.seed(), ds.referenceTime(), dir.resolve("a"), "seed 7");
        Snapshot again = Snapshot.write(shop(7).rows(), 7, ds.referenceTime(), dir.resolve("b"), "seed 7");
        Snapshot other = Snapshot.write(shop(8).rows(), 8, ds.referenceTime(), dir.resolve("c"), "seed 8");

        Snapshot loaded = Snapshot.load(dir.resolve("a"));

        assertThat(loaded.tables()).containsExactlyElementsOf(ds.rows().stream().map(r -> r.model().table()).toList());
        for (EntityRows<?> part : ds.rows()) {
            String table = part.model().table();
            assertThat(loaded.count(table)).isEqualTo(part.count());
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(table + ".jsonl")))
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(table + ".jsonl")));
        }
        assertThat(Snapshot.diff(first, again).isEmpty()).isTrue();
        SnapshotDiff diff = Snapshot.diff(first, other);
        assertThat(diff.changedCount() + diff.addedCount() + diff.removedCount()).as(diff.toString()).isPositive();
        assertThat(diff.table(loaded.tables().get(0)).keyColumns()).isNotEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertJsonEqual(EntityRows<?> part, List<JsonNode> rows) throws IOException {
        Iterator<JsonNode> nodes = rows.iterator();
        try (Stream<Object> records = (Stream) part.stream()) {
            for (Object record : (Iterable<Object>) records::iterator) {
                JsonNode row = nodes.next();
                for (FieldModel field : part.model().fields()) {
                    Object value = Columns.value(field, record);
                    JsonNode node = row.get(field.column());
                    String where = part.model().table() + "." + field.column() + " in " + row;
                    if (value == null) {
                        assertThat(node.isNull()).as(where).isTrue();
                    } else if (Columns.isJson(field)) {
                        assertThat(node).as(where).isEqualTo(JACKSON.readTree((String) value));
                    } else if (node.isNumber()) {
                        assertThat(node.decimalValue()).as(where)
                                .isEqualByComparingTo(new BigDecimal(Columns.text(value)));
                    } else {
                        assertThat(node.asText()).as(where).isEqualTo(Columns.text(value));
                    }
                }
            }
        }
        assertThat(nodes.hasNext()).isFalse();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertCsvEqual(EntityRows<?> part, Path file) {
        try (CsvReader csv = CsvReader.open(file); Stream<Object> records = (Stream) part.stream()) {
            assertThat(csv.header()).containsExactlyElementsOf(
                    part.model().fields().stream().map(f -> ((FieldModel<?>) f).column()).toList());
            long count = 0;
            for (Object record : (Iterable<Object>) records::iterator) {
                List<String> expected = new ArrayList<>();
                for (FieldModel field : part.model().fields()) {
                    expected.add(Columns.text(Columns.value(field, record)));
                }
                assertThat(csv.next()).as(file + " line " + csv.line()).isEqualTo(expected);
                count++;
            }
            assertThat(csv.hasNext()).isFalse();
            assertThat(count).isEqualTo(part.count());
        }
    }
}
