package io.fixtura.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.io.Items.Item;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFilesTest {

    /** An independent reader: plain Jackson, decimals kept exact. */
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    @Test
    void arraysReadBackEqualToTheColumnValues() throws IOException {
        List<Item> items = Items.records();
        List<Path> written = JsonFiles.writeArrays(List.of(Items.MODEL.rows(items)), dir);

        assertThat(written).containsExactly(dir.resolve("items.json"));
        JsonNode array = READER.readTree(dir.resolve("items.json").toFile());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertRow(array.get(i), items.get(i));
        }
    }

    @Test
    void linesHoldOneRowEachAndReadBackEqual() throws IOException {
        List<Item> items = Items.records();
        JsonFiles.writeLines(List.of(Items.MODEL.rows(items)), dir);

        String text = Files.readString(dir.resolve("items.jsonl"), StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n").contains("👩‍👩‍👧", "漢字", "שלום", "e\u0301").doesNotContain("\\uD83D");
        List<String> lines = List.of(text.split("\n", -1)).subList(0, items.size());
        assertThat(text.split("\n", -1)).hasSize(items.size() + 1);
        for (int i = 0; i < items.size(); i++) {
            assertRow(READER.readTree(lines.get(i)), items.get(i));
        }
    }

    @Test
    void arraysPutEachRowOnItsOwnLineAndEmptyTablesAreEmptyArrays() throws IOException {
        JsonFiles.writeArrays(List.of(Items.MODEL.rows(Items.records().subList(0, 2)),
                Customers.MODEL.rows(List.of())), dir);

        List<String> lines = Files.readAllLines(dir.resolve("items.json"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("[");
        assertThat(lines.get(1)).startsWith("{\"id\":1,\"item_name\":\"plain\",\"note\":null,").endsWith("},");
        assertThat(lines.get(3)).isEqualTo("]");
        assertThat(Files.readString(dir.resolve("customers.json"))).isEqualTo("[]\n");
    }

    @Test
    void writesJsonColumnsAsDocumentsAndDecimalsAsPlainExactNumbers() throws IOException {
        JsonFiles.writeLines(List.of(Items.MODEL.rows(List.of(Items.item(1)))), dir);

        String line = Files.readAllLines(dir.resolve("items.jsonl")).get(0);
        assertThat(line).contains("\"price\":12345678901234567890.1234567891,")
                .contains("\"tags\":[\"with,comma\",\"x\"]")
                .contains("\"labels\":[{\"label\":\"with,comma\",\"weight\":1}]")
                .contains("\"created\":\"2026-01-02T03:04:06.123456789Z\"")
                .contains("\"delay\":1,");
    }

    @Test
    void aFailureLeavesNoFileBehindAndKeepsTheOldOnes() throws IOException {
        JsonFiles.writeArrays(List.of(Items.MODEL.rows(List.of(Items.item(0)))), dir);
        String before = Files.readString(dir.resolve("items.json"));

        List<EntityRows<?>> failing = List.of(Items.MODEL.rows(Items.records()), failingAfter(3));
        assertThatThrownBy(() -> JsonFiles.writeArrays(failing, dir)).hasMessageContaining("disk full");
        assertThatThrownBy(() -> JsonFiles.writeLines(failing, dir)).hasMessageContaining("disk full");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("items.json"));
        }
        assertThat(Files.readString(dir.resolve("items.json"))).isEqualTo(before);
    }

    /** Customers whose stream breaks after {@code good} records, as a generator or a disk might. */
    static EntityRows<Customers.Customer> failingAfter(int good) {
        EntityRows<Customers.Customer> rows = Customers.MODEL.rows(Customers.records(10));
        return new EntityRows<>() {
            @Override
            public io.fixtura.runtime.EntityModel<Customers.Customer> model() {
                return rows.model();
            }

            @Override
            public long count() {
                return 10;
            }

            @Override
            public Stream<Customers.Customer> stream() {
                Iterator<Customers.Customer> records = rows.stream().iterator();
                return Stream.iterate(records.next(), c -> {
                    if (c.id() >= good) {
                        throw new IllegalStateException("disk full");
                    }
                    return records.next();
                }).limit(10);
            }

            @Override
            public java.util.Set<String> deferredFields() {
                return java.util.Set.of();
            }
        };
    }

    /** Checks one row object against the record's column values, read with types of our own choosing. */
    private static void assertRow(JsonNode row, Item item) throws IOException {
        assertThat(row.size()).isEqualTo(Items.FIELDS.size());
        for (FieldModel<Item> field : Items.FIELDS) {
            JsonNode node = row.get(field.column());
            Object value = Columns.value(field, item);
            String where = "item " + item.id() + " column " + field.column();
            assertThat(node).as(where).isNotNull();
            if (value == null) {
                assertThat(node.isNull()).as(where).isTrue();
            } else if (Columns.isJson(field)) {
                assertThat(node).as(where).isEqualTo(READER.readTree((String) value));
                assertThat(node.isContainerNode()).as(where).isTrue();
            } else if (value instanceof BigDecimal d) {
                assertThat(node.decimalValue()).as(where).isEqualByComparingTo(d);
            } else if (value instanceof Double d) {
                assertThat(node.doubleValue()).as(where).isEqualTo(d);
            } else if (value instanceof Long n) {
                assertThat(node.isIntegralNumber()).as(where).isTrue();
                assertThat(node.longValue()).as(where).isEqualTo(n);
            } else if (value instanceof Boolean b) {
                assertThat(node.isBoolean() && node.booleanValue() == b).as(where).isTrue();
            } else if (value instanceof byte[] bytes) {
                assertThat(Base64.getDecoder().decode(node.textValue())).as(where).isEqualTo(bytes);
            } else {
                assertThat(node.isTextual()).as(where).isTrue();
                assertThat(node.textValue()).as(where).isEqualTo(Columns.text(value));
                assertThat(parsed(value, node.textValue())).as(where).isEqualTo(value);
            }
        }
    }

    /** The text read back as the column's own type, proving it is ISO-8601 (or the UUID's canonical form). */
    private static Object parsed(Object value, String text) {
        if (value instanceof OffsetDateTime) {
            return OffsetDateTime.parse(text);
        }
        if (value instanceof LocalDate) {
            return LocalDate.parse(text);
        }
        if (value instanceof LocalDateTime) {
            return LocalDateTime.parse(text);
        }
        if (value instanceof LocalTime) {
            return LocalTime.parse(text);
        }
        if (value instanceof UUID) {
            return UUID.fromString(text);
        }
        return text;
    }
}
