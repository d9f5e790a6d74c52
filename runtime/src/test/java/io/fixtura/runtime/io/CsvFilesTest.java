package io.fixtura.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.io.Customers.Customer;
import io.fixtura.runtime.io.Items.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsBackEqualToTheColumnTexts() {
        List<Item> items = Items.records();
        List<Path> written = CsvFiles.write(List.of(Items.MODEL.rows(items)), dir);

        assertThat(written).containsExactly(dir.resolve("items.csv"));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = CsvReader.read(dir.resolve("items.csv"), rows::add);

        assertThat(header).containsExactlyElementsOf(Items.FIELDS.stream().map(FieldModel::column).toList());
        assertThat(rows).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            List<String> expected = new ArrayList<>();
            for (FieldModel<Item> field : Items.FIELDS) {
                expected.add(Columns.text(Columns.value(field, item)));
            }
            assertThat(rows.get(i)).as("item " + item.id()).isEqualTo(expected);
        }
    }

    @Test
    void keepsNullAndEmptyApartAndQuotesOnlyWhatNeedsIt() throws IOException {
        List<Customer> customers = List.of(new Customer(1, "a,b", null, null, null, null),
                new Customer(2, "", null, null, List.of(), 30), new Customer(3, "say \"hi\"\r\nbye", null, null,
                        null, null), new Customer(4, "tab\there \\ 😀", null, null, null, null));
        CsvFiles.write(List.of(Customers.MODEL.rows(customers)), dir);

        assertThat(Files.readString(dir.resolve("customers.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "id,full_name,balance,since,tags,age\r\n"
                        + "1,\"a,b\",,,,\r\n"
                        + "2,\"\",,,[],30\r\n"
                        + "3,\"say \"\"hi\"\"\r\nbye\",,,,\r\n"
                        + "4,tab\there \\ 😀,,,,\r\n");
        try (CsvReader csv = CsvReader.open(dir.resolve("customers.csv"))) {
            assertThat(csv.next()).containsExactly("1", "a,b", null, null, null, null);
            assertThat(csv.next()).containsExactly("2", "", null, null, "[]", "30");
            assertThat(csv.next()).containsExactly("3", "say \"hi\"\r\nbye", null, null, null, null);
            assertThat(csv.line()).isEqualTo(4);
            assertThat(csv.next()).containsExactly("4", "tab\there \\ 😀", null, null, null, null);
            assertThat(csv.line()).isEqualTo(6);
            assertThat(csv.hasNext()).isFalse();
        }
    }

    @Test
    void aSingleColumnOfNullsStaysOneRowPerRecord() throws IOException {
        HandModel<Customer> oneColumn = new HandModel<>(Customer.class, "names", List.of(),
                List.of(FieldModel.<Customer>of("name", String.class, Customer::name)), i -> null);
        CsvFiles.write(List.of(oneColumn.rows(List.of(new Customer(1, null, null, null, null, null),
                new Customer(2, "", null, null, null, null), new Customer(3, null, null, null, null, null)))), dir);

        assertThat(Files.readString(dir.resolve("names.csv"))).isEqualTo("name\r\n\r\n\"\"\r\n\r\n");
        List<List<String>> rows = new ArrayList<>();
        CsvReader.read(dir.resolve("names.csv"), rows::add);
        assertThat(rows).containsExactly(java.util.Arrays.asList((String) null), List.of(""),
                java.util.Arrays.asList((String) null));
    }

    @Test
    void refusesTextThatUtf8CannotEncodeNamingRecordAndColumn() throws IOException {
        List<Customer> customers = List.of(Customers.customer(1), new Customer(2, "half \uD83D", null, null, null, null));

        assertThatThrownBy(() -> CsvFiles.write(List.of(Customers.MODEL.rows(customers)), dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Customer record 1").hasMessageContaining("full_name")
                .hasMessageContaining("surrogate");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailureLeavesNoFileBehind() throws IOException {
        assertThatThrownBy(() -> CsvFiles.write(List.of(Items.MODEL.rows(Items.records()),
                JsonFilesTest.failingAfter(2)), dir)).hasMessageContaining("disk full");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
