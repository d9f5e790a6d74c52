package io.fixtura.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.io.Customers;
import io.fixtura.runtime.io.Customers.Customer;
import io.fixtura.runtime.io.Customers.Order;
import io.fixtura.runtime.io.HandModel;
import io.fixtura.runtime.io.MalformedFileException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {

    private static final Instant REFERENCE = Instant.parse("2026-03-01T00:00:00Z");
    private static final List<EntityModel<?>> MODELS = List.of(Customers.MODEL, Customers.ORDERS);

    @TempDir
    Path dir;

    @Test
    void writeThenLoadGivesTheSameRowsAndSettings() {
        List<Customer> customers = Customers.records(12);
        List<Order> orders = Customers.orders(30);
        Snapshot written = Snapshot.write(rows(customers, orders), 42, REFERENCE, dir, "v2.5.0-seed");

        Snapshot loaded = Snapshot.load(dir, MODELS);

        for (Snapshot s : List.of(written, loaded)) {
            assertThat(s.name()).isEqualTo("v2.5.0-seed");
            assertThat(s.seed()).isEqualTo(42);
            assertThat(s.referenceTime()).isEqualTo(REFERENCE);
            assertThat(s.fixturaVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
            assertThat(s.tables()).containsExactly("customers", "orders");
            assertThat(s.count("customers")).isEqualTo(12);
            assertThat(s.count("orders")).isEqualTo(30);
            assertThat(s.key("customers")).containsExactly("id");
            assertThat(s.key("orders")).containsExactly("customer_id", "line");
        }
        List<Map<String, Object>> rows = loaded.rows("customers");
        assertThat(rows).hasSize(12);
        for (int i = 0; i < customers.size(); i++) {
            Customer c = customers.get(i);
            Map<String, Object> row = rows.get(i);
            assertThat(row.keySet()).containsExactly("id", "full_name", "balance", "since", "tags", "age");
            assertThat(((Number) row.get("id")).longValue()).isEqualTo(c.id());
            assertThat(row.get("full_name")).isEqualTo(c.name());
            assertThat(row.get("balance")).isEqualTo(c.balance());
            assertThat(row.get("since")).isEqualTo(Columns.text(Columns.value(Customers.SINCE, c)));
            assertThat(row.get("tags")).isEqualTo(c.tags());
            assertThat(row.get("age") == null ? null : ((Number) row.get("age")).intValue()).isEqualTo(c.age());
        }
        assertThat(loaded.rows("orders").get(4)).containsEntry("item", "item 4\n\"")
                .containsEntry("amount", new BigDecimal("4.05"));
    }

    @Test
    void theManifestRecordsWhatALaterLoadChecks() throws IOException {
        Snapshot.write(rows(Customers.records(3), Customers.orders(5)), -7, REFERENCE, dir, "small");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("customers.jsonl", "orders.jsonl", "manifest.json");
        }
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertThat(manifest.get("seed").asLong()).isEqualTo(-7);
        assertThat(manifest.get("referenceTime").asText()).isEqualTo("2026-03-01T00:00:00Z");
        JsonNode customers = manifest.get("entities").get(0);
        assertThat(customers.get("type").asText()).isEqualTo(Customer.class.getName());
        assertThat(customers.get("count").asLong()).isEqualTo(3);
        assertThat(customers.get("fingerprint").asText()).isEqualTo(Customers.MODEL.fingerprint());
        assertThat(customers.get("fields").get("name").asText())
                .isEqualTo("column=full_name type=VARCHAR(40) java=java.lang.String not-null @NotNull @Size(min=1, max=40)");
        assertThat(customers.get("fields").get("age").asText()).endsWith("nullable @Range(>=18, <=130)");
        assertThat(manifest.get("entities").get(1).get("fields").get("customerId").asText())
                .contains("key references=customers.id");
        assertThat(manifest.get("files").get("customers.jsonl").asText())
                .isEqualTo(sha256(dir.resolve("customers.jsonl")));
        assertThat(manifest.get("files").get("orders.jsonl").asText()).isEqualTo(sha256(dir.resolve("orders.jsonl")));
    }

    @Test
    void aTamperedOrMissingDataFileFailsNamingTheFile() throws IOException {
        Snapshot.write(rows(Customers.records(3), Customers.orders(5)), 1, REFERENCE, dir, "v1");
        Path data = dir.resolve("customers.jsonl");
        Files.writeString(data, Files.readString(data).replace("Customer", "Kustomer"));

        assertThatThrownBy(() -> Snapshot.load(dir, MODELS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("customers.jsonl has SHA-256").hasMessageNotContaining("orders.jsonl");

        Files.delete(dir.resolve("orders.jsonl"));
        assertThatThrownBy(() -> Snapshot.load(dir, MODELS)).hasMessageContaining("customers.jsonl has SHA-256")
                .hasMessageContaining("orders.jsonl is missing");
    }

    @Test
    void anAddedFieldIsNamed() {
        Snapshot.write(rows(Customers.records(3), Customers.orders(5)), 1, REFERENCE, dir, "v1");
        List<FieldModel<Customer>> fields = new ArrayList<>(Customers.FIELDS);
        fields.add(FieldModel.<Customer>of("nickname", String.class, c -> null).sqlType(SqlType.varchar(20)));

        assertThatThrownBy(() -> Snapshot.load(dir, List.of(customers(fields), Customers.ORDERS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Customer (customers) changed since the snapshot")
                .hasMessageContaining("field 'nickname' added: column=nickname type=VARCHAR(20)")
                .hasMessageNotContaining("Order (orders)");
    }

    @Test
    void aChangedConstraintAndARemovedFieldAreNamed() {
        Snapshot.write(rows(Customers.records(3), Customers.orders(5)), 1, REFERENCE, dir, "v1");
        List<FieldModel<Customer>> fields = new ArrayList<>(Customers.FIELDS);
        fields.set(1, Customers.NAME.constraints(Constraint.notNull(), Constraint.size("Size", 1, 50)));
        fields.remove(Customers.TAGS);

        assertThatThrownBy(() -> Snapshot.load(dir, List.of(customers(fields), Customers.ORDERS)))
                .hasMessageContaining("field 'name' changed: was column=full_name type=VARCHAR(40) java=java.lang.String"
                        + " not-null @NotNull @Size(min=1, max=40), now column=full_name type=VARCHAR(40)"
                        + " java=java.lang.String not-null @NotNull @Size(min=1, max=50)")
                .hasMessageContaining("field 'tags' removed")
                .hasMessageNotContaining("'age'");
    }

    @Test
    void anEntityWithoutAModelIsNamed() {
        Snapshot.write(rows(Customers.records(3), Customers.orders(5)), 1, REFERENCE, dir, "v1");

        assertThatThrownBy(() -> Snapshot.load(dir, List.of(Customers.MODEL)))
                .hasMessageContaining("no model for " + Order.class.getName() + " on the class path");
        assertThatThrownBy(() -> Snapshot.load(dir)).hasMessageContaining("no model for " + Customer.class.getName());
    }

    @Test
    void aCorruptManifestGivesTheFileAndLine() throws IOException {
        Snapshot.write(rows(Customers.records(3), Customers.orders(5)), 1, REFERENCE, dir, "v1");
        Path manifest = dir.resolve("manifest.json");
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.substring(0, text.indexOf("\"fingerprint\"")) + "\"fingerprint\" 12");

        assertThatThrownBy(() -> Snapshot.load(dir, MODELS)).isInstanceOfSatisfying(MalformedFileException.class, e -> {
            assertThat(e.file()).isEqualTo(manifest);
            assertThat(e.line()).isEqualTo(text.substring(0, text.indexOf("\"fingerprint\"")).split("\n").length);
            assertThat(e.getMessage()).contains("manifest.json, line ").contains("expected a JSON manifest");
        });

        Files.writeString(manifest, text.replace("\"count\" : 3", "\"count\" : \"three\""));
        assertThatThrownBy(() -> Snapshot.load(dir, MODELS)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("manifest.json: at /entities/0/count: expected a whole number");
    }

    @Test
    void aCorruptDataFileWithAMatchingChecksumGivesTheLine() throws IOException {
        Snapshot.write(rows(Customers.records(3), Customers.orders(5)), 1, REFERENCE, dir, "v1");
        Path data = dir.resolve("customers.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(data, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replace("\"tags\":[", "\"tags\":[,"));
        Files.write(data, lines, StandardCharsets.UTF_8);
        Path manifest = dir.resolve("manifest.json");
        String oldSum = new ObjectMapper().readTree(manifest.toFile()).get("files").get("customers.jsonl").asText();
        Files.writeString(manifest, Files.readString(manifest).replace(oldSum, sha256(data)));

        assertThatThrownBy(() -> Snapshot.load(dir, MODELS)).isInstanceOfSatisfying(MalformedFileException.class, e -> {
            assertThat(e.file()).isEqualTo(data);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isPositive();
        });
    }

    @Test
    void loadingWritesNothingAndAFailedWriteLeavesTheDirectoryAsItWas() throws IOException {
        Snapshot.write(rows(Customers.records(3), Customers.orders(5)), 1, REFERENCE, dir, "v1");
        Map<Path, String> before = contents(dir);

        Snapshot.load(dir, MODELS);
        assertThatThrownBy(() -> Snapshot.load(dir, List.of()));
        assertThat(contents(dir)).isEqualTo(before);

        List<EntityRows<?>> failing = List.of(Customers.ORDERS.rows(Customers.orders(9)),
                io.fixtura.runtime.io.JsonFilesTestAccess.failingAfter(2));
        assertThatThrownBy(() -> Snapshot.write(failing, 2, REFERENCE, dir, "v2")).hasMessageContaining("disk full");
        List<EntityRows<?>> twice = List.of(Customers.MODEL.rows(Customers.records(9)),
                Customers.MODEL.rows(Customers.records(2)));
        assertThatThrownBy(() -> Snapshot.write(twice, 2, REFERENCE, dir, "v2"))
                .hasMessageContaining("customers.jsonl is written twice");
        assertThat(contents(dir)).isEqualTo(before);
    }

    @Test
    void diffReportsRecordsAddedRemovedAndChangedByKey() {
        List<Customer> v1 = Customers.records(5);
        List<Customer> v2 = new ArrayList<>(v1);
        v2.remove(1);
        v2.set(1, new Customer(3, "Renamed", v1.get(2).balance(), v1.get(2).since(), v1.get(2).tags(), 99));
        v2.add(Customers.customer(6));
        List<Order> orders2 = new ArrayList<>(Customers.orders(6));
        orders2.set(4, new Order(2, 2, "item 4\n\"", new BigDecimal("4.050")));
        orders2.set(5, new Order(2, 3, "other", new BigDecimal("5.05")));
        Snapshot a = Snapshot.write(rows(v1, Customers.orders(6)), 1, REFERENCE, dir.resolve("a"), "v1");
        Snapshot b = Snapshot.write(rows(v2, orders2), 1, REFERENCE, dir.resolve("b"), "v2");

        SnapshotDiff diff = Snapshot.diff(a, b);

        SnapshotDiff.TableDiff customers = diff.table("customers");
        assertThat(customers.added()).containsExactly(List.of(6));
        assertThat(customers.removed()).containsExactly(List.of(2));
        assertThat(customers.changed()).containsExactly(new SnapshotDiff.Change(List.of(3), List.of("full_name", "age")));
        SnapshotDiff.TableDiff orders = diff.table("orders");
        assertThat(orders.added()).isEmpty();
        assertThat(orders.removed()).isEmpty();
        assertThat(orders.changed()).containsExactly(new SnapshotDiff.Change(List.of(2, 3), List.of("item")));
        assertThat(diff.addedCount()).isEqualTo(1);
        assertThat(diff.removedCount()).isEqualTo(1);
        assertThat(diff.changedCount()).isEqualTo(2);
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.toString()).isEqualTo("""
                'v1' -> 'v2': 1 added, 1 removed, 2 changed
                customers: 1 added, 1 removed, 1 changed
                  added [6]
                  removed [2]
                  changed [3]: full_name, age
                orders: 0 added, 0 removed, 1 changed
                  changed [2, 3]: item""");
        assertThat(Snapshot.diff(a, a).isEmpty()).isTrue();
    }

    @Test
    void aTableInOnlyOneSnapshotIsAllAddedOrAllRemoved() {
        Snapshot a = Snapshot.write(List.of(Customers.MODEL.rows(Customers.records(2))), 1, REFERENCE,
                dir.resolve("a"), "only customers");
        Snapshot b = Snapshot.write(List.of(Customers.ORDERS.rows(Customers.orders(2))), 1, REFERENCE,
                dir.resolve("b"), "only orders");

        SnapshotDiff diff = Snapshot.diff(a, b);

        assertThat(diff.table("customers").removed()).containsExactly(List.of(1), List.of(2));
        assertThat(diff.table("orders").added()).containsExactly(List.of(1, 1), List.of(1, 2));
    }

    @Test
    void snapshotsADatasetBuiltFromItsModels() {
        Dataset ds = Dataset.builder().seed(9).referenceTime(REFERENCE).register(Customers.MODEL)
                .count(Customer.class, 40).build();

        Snapshot written = Snapshot.write(ds.rows(), ds.seed(), ds.referenceTime(), dir, "dataset");
        Snapshot loaded = Snapshot.load(dir, List.of(Customers.MODEL));

        assertThat(loaded.count("customers")).isEqualTo(40);
        assertThat(loaded.rows("customers").get(39).get("full_name")).isEqualTo(Customers.customer(40).name());
        assertThat(Snapshot.diff(written, loaded).isEmpty()).isTrue();
    }

    private static List<EntityRows<?>> rows(List<Customer> customers, List<Order> orders) {
        return List.of(Customers.MODEL.rows(customers), Customers.ORDERS.rows(orders));
    }

    private static HandModel<Customer> customers(List<FieldModel<Customer>> fields) {
        return new HandModel<>(Customer.class, "customers", List.of("id"), fields, i -> Customers.customer(i + 1));
    }

    private static Map<Path, String> contents(Path dir) throws IOException {
        Map<Path, String> contents = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(dir.relativize(file), sha256(file));
            }
        }
        return contents;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
