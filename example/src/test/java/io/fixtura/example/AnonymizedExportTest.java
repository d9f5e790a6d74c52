package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fixtura.example.shop.Employee;
import io.fixtura.example.shop.EmployeeModel;
import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderModel;
import io.fixtura.example.shop.User;
import io.fixtura.example.shop.UserAnonymizer;
import io.fixtura.example.shop.UserModel;
import io.fixtura.runtime.AnonymizationKey;
import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.LeakReport;
import io.fixtura.runtime.anonymize.AnonymizationException;
import io.fixtura.runtime.anonymize.BulkAnonymizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customers-and-employees export anonymized end to end: the shop written as JSON Lines and
 * CSV, anonymized file by file, then checked for leaks, joins, uniqueness and agreement with the
 * generated anonymizers.
 */
class AnonymizedExportTest {

    private static final AnonymizationKey KEY = AnonymizationKey.of("export-key-0123456789abcdef");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Dataset shop = Dataset.builder().seed(23).count(User.class, 1_500).count(Order.class, 6_000)
            .count(Employee.class, 1_000).build();

    private BulkAnonymizer bulk() {
        return BulkAnonymizer.with(KEY, List.of(UserModel.INSTANCE, OrderModel.INSTANCE, EmployeeModel.INSTANCE));
    }

    @Test
    void aJsonLinesExportLeaksNothingAndKeepsOrdersJoined(@TempDir Path dir) throws IOException {
        Path export = Files.createDirectories(dir.resolve("export"));
        Path safe = dir.resolve("safe");
        shop.writeJsonLines(export);

        bulk().directory(export, safe);

        List<JsonNode> users = rows(safe.resolve("users.jsonl"));
        List<JsonNode> orders = rows(safe.resolve("orders.jsonl"));
        List<JsonNode> employees = rows(safe.resolve("employees.jsonl"));
        assertThat(users).hasSize(1_500);
        assertThat(orders).hasSize(6_000);
        assertThat(employees).hasSize(1_000);

        Set<String> userIds = new HashSet<>();
        users.forEach(u -> userIds.add(u.get("id").asText()));
        assertThat(userIds).hasSize(1_500);
        orders.forEach(o -> assertThat(userIds).contains(o.get("user_id").asText()));
        assertThat(users.stream().map(u -> u.get("email").asText()).distinct().count()).isEqualTo(1_500);
        assertThat(employees.stream().map(e -> e.get("work_email").asText()).distinct().count()).isEqualTo(1_000);

        List<String> originals = new ArrayList<>();
        shop.all(User.class).forEach(u -> {
            originals.add(u.id().toString());
            originals.add(u.email());
        });
        shop.all(Employee.class).forEach(e -> {
            originals.add(e.getWorkEmail());
            originals.add(e.getPhone());
        });
        List<String> lines = new ArrayList<>();
        for (String file : List.of("users.jsonl", "orders.jsonl", "employees.jsonl")) {
            lines.addAll(Files.readAllLines(safe.resolve(file)));
        }
        LeakReport report = LeakReport.scan(originals, lines);
        assertThat(report.isClean()).as("%s", report).isTrue();
    }

    @Test
    void theBulkOutputIsWhatTheGeneratedAnonymizerGives(@TempDir Path dir) throws IOException {
        Path export = Files.createDirectories(dir.resolve("export"));
        shop.writeJsonLines(export);
        Path safe = dir.resolve("users.jsonl");
        bulk().jsonLines(User.class, export.resolve("users.jsonl"), safe);

        List<User> anonymized = UserAnonymizer.with(KEY).anonymize(shop.all(User.class));
        Path expected = Files.createDirectories(dir.resolve("expected"));
        Dataset.builder().records(User.class, anonymized).build().writeJsonLines(expected);

        assertThat(Files.readAllLines(safe)).isEqualTo(Files.readAllLines(expected.resolve("users.jsonl")));
    }

    @Test
    void aCsvExportAnonymizesAndABrokenFileLeavesNothing(@TempDir Path dir) throws IOException {
        Path export = Files.createDirectories(dir.resolve("export"));
        shop.writeCsv(export);
        Path safe = dir.resolve("employees.csv");
        assertThat(bulk().csv(Employee.class, export.resolve("employees.csv"), safe)).isEqualTo(1_000);
        List<String> originalLines = Files.readAllLines(export.resolve("employees.csv"));
        List<String> safeLines = Files.readAllLines(safe);
        assertThat(safeLines.get(0)).isEqualTo(originalLines.get(0));
        assertThat(safeLines).hasSameSizeAs(originalLines).doesNotContainAnyElementsOf(originalLines.subList(1,
                originalLines.size()));

        List<String> broken = new ArrayList<>(originalLines);
        broken.set(5, broken.get(5) + ",one field too many");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, String.join("\r\n", broken) + "\r\n");
        Path out = dir.resolve("out.csv");
        assertThatThrownBy(() -> bulk().csv(Employee.class, bad, out))
                .isInstanceOf(AnonymizationException.class).hasMessageContaining("bad.csv")
                .hasMessageContaining("line 6");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("export", "employees.csv", "bad.csv");
        }
    }

    private static List<JsonNode> rows(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }
}
