package io.fixtura.runtime.anonymize;

import static io.fixtura.runtime.anonymize.BulkModels.CHILD_COUNT;
import static io.fixtura.runtime.anonymize.BulkModels.KEY;
import static io.fixtura.runtime.anonymize.BulkModels.OTHER_KEY;
import static io.fixtura.runtime.anonymize.BulkModels.PARENTS;
import static io.fixtura.runtime.anonymize.BulkModels.PARENT_COUNT;
import static io.fixtura.runtime.anonymize.BulkModels.PHONE;
import static io.fixtura.runtime.anonymize.BulkModels.REFERENCE_TIME;
import static io.fixtura.runtime.anonymize.BulkModels.anonymizer;
import static io.fixtura.runtime.anonymize.BulkModels.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fixtura.annotations.Sensitive.Strategy;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.HandMadeModel;
import io.fixtura.runtime.SqlType;
import io.fixtura.runtime.anonymize.BulkModels.Child;
import io.fixtura.runtime.anonymize.BulkModels.Parent;
import io.fixtura.runtime.io.CsvFiles;
import io.fixtura.runtime.io.CsvReader;
import io.fixtura.runtime.io.JsonFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.JDBCType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The bulk anonymizer on files: JSON Lines and CSV, one file and a directory, and how it fails. */
class BulkAnonymizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REWRITTEN = List.of("id", "email", "phone", "born");

    @TempDir
    Path tmp;

    @Test
    void jsonLinesRewriteTheSensitiveColumnsAndKeepEveryOtherCharacter() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        JsonFiles.writeLines(rows(), in);
        Path out = tmp.resolve("out/parents.jsonl");

        long written = anonymizer(KEY).jsonLines(Parent.class, in.resolve("parents.jsonl"), out);

        assertThat(written).isEqualTo(PARENT_COUNT);
        String text = Files.readString(out);
        assertThat(text).endsWith("}\n").doesNotContain("\r");
        List<String> before = Files.readAllLines(in.resolve("parents.jsonl"));
        List<String> after = Files.readAllLines(out);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            JsonNode original = JSON.readTree(before.get(i));
            JsonNode anonymized = JSON.readTree(after.get(i));
            assertThat(fieldNames(anonymized)).containsExactlyElementsOf(fieldNames(original));
            String expected = before.get(i);
            for (String column : REWRITTEN) {
                if (original.get(column).isNull()) {
                    assertThat(anonymized.get(column).isNull()).as(column + " stays null").isTrue();
                } else {
                    assertThat(anonymized.get(column)).as(column).isNotEqualTo(original.get(column));
                }
                expected = expected.replace("\"" + column + "\":" + original.get(column),
                        "\"" + column + "\":" + anonymized.get(column));
            }
            // with the rewritten values put back, not one other character differs
            assertThat(after.get(i)).isEqualTo(expected);
        }
    }

    @Test
    void csvRewritesTheSensitiveColumnsAndKeepsEveryOtherFieldAsItWas() throws IOException {
        Path in = tmp.resolve("in");
        CsvFiles.write(rows(), in);
        Path out = tmp.resolve("out/parents.csv");

        long written = anonymizer(KEY).csv(Parent.class, in.resolve("parents.csv"), out);

        assertThat(written).isEqualTo(PARENT_COUNT);
        List<List<String>> before = csv(in.resolve("parents.csv"));
        List<List<String>> after = csv(out);
        List<String> header = CsvReader.read(out, r -> { });
        assertThat(header).isEqualTo(CsvReader.read(in.resolve("parents.csv"), r -> { }));
        StringWriter expected = new StringWriter();
        writeRecord(expected, header);
        for (int r = 0; r < before.size(); r++) {
            List<String> merged = new ArrayList<>(before.get(r));
            for (int c = 0; c < header.size(); c++) {
                if (REWRITTEN.contains(header.get(c))) {
                    if (before.get(r).get(c) == null) {
                        assertThat(after.get(r).get(c)).as(header.get(c) + " stays null").isNull();
                    } else {
                        assertThat(after.get(r).get(c)).as(header.get(c)).isNotEqualTo(before.get(r).get(c));
                    }
                    merged.set(c, after.get(r).get(c));
                } else {
                    assertThat(after.get(r).get(c)).isEqualTo(before.get(r).get(c));
                }
            }
            writeRecord(expected, merged);
        }
        assertThat(Files.readString(out)).isEqualTo(expected.toString());
    }

    @Test
    void childrenStillJoinTheirParentsAndTheValuesMeetTheFieldsConstraints() throws IOException {
        Path in = tmp.resolve("in");
        JsonFiles.writeLines(rows(), in);
        CsvFiles.write(rows(), in);
        BulkAnonymizer anonymizer = anonymizer(KEY);
        anonymizer.jsonLines(Parent.class, in.resolve("parents.jsonl"), tmp.resolve("out/parents.jsonl"));
        anonymizer.csv(Child.class, in.resolve("children.csv"), tmp.resolve("out/children.csv"));

        List<Parent> parents = new ArrayList<>();
        for (String line : Files.readAllLines(tmp.resolve("out/parents.jsonl"))) {
            parents.add(parent(JSON.readTree(line)));
        }
        List<List<String>> children = csv(tmp.resolve("out/children.csv"));
        assertThat(children).hasSize(CHILD_COUNT);
        for (int i = 0; i < CHILD_COUNT; i++) {
            assertThat(Long.parseLong(children.get(i).get(1))).as("child " + i)
                    .isEqualTo(parents.get(i % PARENT_COUNT).id());
        }
        Set<String> emails = new HashSet<>();
        for (Parent parent : parents) {
            assertThat(PARENTS.validate(parent, REFERENCE_TIME)).as(parent.toString()).isEmpty();
            assertThat(emails.add(parent.email())).as("unique " + parent.email()).isTrue();
            assertThat(parent.email()).doesNotEndWith("@corp.example");
            assertThat(parent.phone() == null || parent.phone().matches(PHONE)).as(parent.phone()).isTrue();
            assertThat(parent.born().getDayOfMonth() == 1 || parent.born().equals(LocalDate.of(1960, 1, 2))).isTrue();
        }
    }

    @Test
    void theSameKeyGivesTheSameFilesAndAnotherKeyOthers() throws IOException {
        Path in = tmp.resolve("in");
        CsvFiles.write(rows(), in);
        Path source = in.resolve("parents.csv");
        anonymizer(KEY).csv(Parent.class, source, tmp.resolve("a/parents.csv"));
        anonymizer(KEY).csv(Parent.class, source, tmp.resolve("b/parents.csv"));
        anonymizer(OTHER_KEY).csv(Parent.class, source, tmp.resolve("c/parents.csv"));

        assertThat(Files.mismatch(tmp.resolve("a/parents.csv"), tmp.resolve("b/parents.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(tmp.resolve("a/parents.csv"), tmp.resolve("c/parents.csv"))).isNotEqualTo(-1);
    }

    @Test
    void aMalformedJsonLineFailsNamingFileAndLineAndLeavesNoFile() throws IOException {
        List<String> lines = new ArrayList<>(jsonLines().subList(0, 5));
        String third = lines.get(2);
        lines.set(2, third.substring(0, third.indexOf("\"phone\"") + 12));
        Path in = Files.write(tmp.resolve("broken.jsonl"), lines);

        Path out = tmp.resolve("out/parents.jsonl");
        assertFailsCleanly(() -> anonymizer(KEY).jsonLines(Parent.class, in, out), out, "broken.jsonl, line 3",
                "person.2", "+1-555-002-0002");
    }

    @Test
    void aValueThatDoesNotReadFailsNamingLineAndColumnButNotTheValue() throws IOException {
        List<String> lines = new ArrayList<>(jsonLines().subList(0, 5));
        lines.set(2, lines.get(2).replace("\"born\":\"1962-03-05\"", "\"born\":\"1962-13-44\""));
        Path in = Files.write(tmp.resolve("dates.jsonl"), lines);

        Path out = tmp.resolve("out/parents.jsonl");
        assertFailsCleanly(() -> anonymizer(KEY).jsonLines(Parent.class, in, out), out,
                "dates.jsonl, line 3, column born", "1962-13-44", "person.2");
    }

    @Test
    void aCsvRecordWithTooManyFieldsFailsAndAnExistingOutputIsLeftAsItWas() throws IOException {
        Path in = Files.writeString(tmp.resolve("short.csv"), "id,email,phone,born,display_name,tags\r\n"
                + "1000000,a.b@corp.example,+1-555-000-0000,1970-05-06,Ann,[]\r\n"
                + "1000007,c.d@corp.example,+1-555-000-0001,1971-05-06,Bob,[],extra\r\n"
                + "1000014,e.f@corp.example,,1972-05-06,Cyd,[]\r\n"
                + "1000021,g.h@corp.example,+1-555-000-0003,1973-05-06,Dan,[]\r\n");
        Path out = Files.writeString(Files.createDirectories(tmp.resolve("out")).resolve("parents.csv"), "previous");

        assertFailsCleanly(() -> anonymizer(KEY).csv(Parent.class, in, out), out, "short.csv, line 3",
                "c.d@corp.example", "1971-05-06");
    }

    @Test
    void unknownColumnsAndMissingRequiredOnesAreNamed() throws IOException {
        Path unknown = Files.writeString(tmp.resolve("unknown.csv"), "id,email,nickname\r\n1,a@b.example,x\r\n");
        AnonymizationException e = catchThrowableOfType(AnonymizationException.class,
                () -> anonymizer(KEY).csv(Parent.class, unknown, tmp.resolve("out/parents.csv")));
        assertThat(e.getMessage()).contains("unknown.csv, line 1, column nickname", "display_name");

        Path headless = Files.writeString(tmp.resolve("headless.csv"), "1000000,a.b@corp.example\r\n");
        e = catchThrowableOfType(AnonymizationException.class,
                () -> anonymizer(KEY).csv(Parent.class, headless, tmp.resolve("out/parents.csv")));
        assertThat(e.getMessage()).contains("headless.csv, line 1, column 1 (").doesNotContain("1000000", "a.b@");

        Path missing = Files.writeString(tmp.resolve("missing.jsonl"), "{\"id\":1,\"email\":\"a@b.example\"}\n"
                + "{\"id\":2,\"phone\":null}\n");
        e = catchThrowableOfType(AnonymizationException.class,
                () -> anonymizer(KEY).jsonLines(Parent.class, missing, tmp.resolve("out/parents.jsonl")));
        assertThat(e.getMessage()).contains("missing.jsonl, line 2, column email", "required");
        assertThat(tmp.resolve("out")).isEmptyDirectory();
    }

    @Test
    void aRuleThatCannotRewriteAValueFailsWithWhereItWas() throws IOException {
        record Pin(Integer pin) {
        }
        HandMadeModel<Pin> pins = new HandMadeModel<>(Pin.class, "pins", List.of(), List.of(
                FieldModel.<Pin>of("pin", Integer.class, Pin::pin).sqlType(SqlType.of(JDBCType.INTEGER))
                        .sensitive(Strategy.MASK, null)), (context, index) -> new Pin(1234));
        Path in = Files.writeString(tmp.resolve("pins.csv"), "pin\r\n\r\n4711\r\n");

        AnonymizationException e = catchThrowableOfType(AnonymizationException.class,
                () -> BulkAnonymizer.with(KEY, List.of(pins)).csv(Pin.class, in, tmp.resolve("out/pins.csv")));

        assertThat(e.getMessage()).startsWith(in + ", line 3, column pin: Pin.pin: MASK").doesNotContain("4711");
        assertThat(e.getCause()).isInstanceOf(AnonymizationException.class);
        assertThat(tmp.resolve("out")).isEmptyDirectory();
    }

    @Test
    void aDirectoryIsAnonymizedAsItsFilesAreOneByOne() throws IOException {
        Path in = tmp.resolve("in");
        JsonFiles.writeLines(List.of(PARENTS.rows(BulkModels.parents())), in);
        CsvFiles.write(List.of(BulkModels.CHILDREN.rows(BulkModels.children())), in);

        List<Path> written = anonymizer(KEY).directory(in, tmp.resolve("out"));

        assertThat(written).containsExactly(tmp.resolve("out/children.csv"), tmp.resolve("out/parents.jsonl"));
        anonymizer(KEY).jsonLines(Parent.class, in.resolve("parents.jsonl"), tmp.resolve("one/parents.jsonl"));
        anonymizer(KEY).csv(Child.class, in.resolve("children.csv"), tmp.resolve("one/children.csv"));
        assertThat(Files.mismatch(tmp.resolve("out/parents.jsonl"), tmp.resolve("one/parents.jsonl"))).isEqualTo(-1);
        assertThat(Files.mismatch(tmp.resolve("out/children.csv"), tmp.resolve("one/children.csv"))).isEqualTo(-1);
    }

    @Test
    void aDirectoryIsAllOrNothing() throws IOException {
        Path in = tmp.resolve("in");
        CsvFiles.write(rows(), in);
        // children.csv is written first, then parents.csv fails at its last record
        String parents = Files.readString(in.resolve("parents.csv"));
        long lastLine = parents.chars().filter(c -> c == '\n').count();   // quoted names hold line breaks too
        Files.writeString(in.resolve("parents.csv"), parents.substring(0, parents.length() - 2) + ",surplus\r\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("parents.csv"), "previous");

        AnonymizationException e = catchThrowableOfType(AnonymizationException.class,
                () -> anonymizer(KEY).directory(in, out));

        assertThat(e.getMessage()).contains("parents.csv, line " + lastLine);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(out.resolve("parents.csv"));
        }
        assertThat(Files.readString(out.resolve("parents.csv"))).isEqualTo("previous");
    }

    @Test
    void aLargeFileIsStreamed() throws IOException {
        int records = 200_000;
        Path in = tmp.resolve("big.csv");
        try (BufferedWriter csv = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            csv.write("id,parent_id,note,amount\r\n");
            for (int i = 0; i < records; i++) {
                Child child = BulkModels.child(i);
                csv.write(child.id() + "," + child.parentId() + "," + (i % 2 == 0 ? "" : "note " + i) + ","
                        + child.amount() + "\r\n");
            }
        }
        Path out = tmp.resolve("out/children.csv");

        assertThat(anonymizer(KEY).csv(Child.class, in, out)).isEqualTo(records);

        Set<Long> parentIds = new HashSet<>();
        try (CsvReader csv = CsvReader.open(out)) {
            assertThat(csv.header()).containsExactly("id", "parent_id", "note", "amount");
            long seen = 0;
            for (Iterator<List<String>> it = csv; it.hasNext(); seen++) {
                List<String> row = it.next();
                if (seen % 50_000 == 0 || seen == records - 1) {
                    Child original = BulkModels.child(seen);
                    assertThat(row.get(0)).isEqualTo(String.valueOf(original.id()));
                    assertThat(row.get(1)).isNotEqualTo(String.valueOf(original.parentId())).hasSize(7);
                    assertThat(row.get(2)).isEqualTo(seen % 2 == 0 ? null : "note " + seen);
                    assertThat(row.get(3)).isEqualTo(original.amount().toPlainString());
                }
                if (seen < PARENT_COUNT) {
                    parentIds.add(Long.parseLong(row.get(1)));
                }
            }
            assertThat(seen).isEqualTo(records);
        }
        assertThat(parentIds).hasSize(PARENT_COUNT);
    }

    /** Runs {@code run}: it must fail naming {@code where} and none of {@code secrets}, and leave {@code out} be. */
    private static void assertFailsCleanly(Executable run, Path out, String where, String... secrets)
            throws IOException {
        String before = Files.exists(out) ? Files.readString(out) : null;
        AnonymizationException e = catchThrowableOfType(AnonymizationException.class, run::execute);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(where);
        for (String secret : secrets) {
            assertThat(e.getMessage()).doesNotContain(secret);
        }
        assertThat(Files.exists(out) ? Files.readString(out) : null).isEqualTo(before);
        try (Stream<Path> files = Files.list(out.getParent())) {
            // no staged temporary file is left behind, nor any other output
            assertThat(files).allMatch(file -> file.equals(out) && before != null);
        }
    }

    private List<String> jsonLines() throws IOException {
        Path dir = tmp.resolve("source");
        JsonFiles.writeLines(List.of(PARENTS.rows(BulkModels.parents())), dir);
        return Files.readAllLines(dir.resolve("parents.jsonl"));
    }

    private static Parent parent(JsonNode row) {
        List<String> tags = new ArrayList<>();
        row.get("tags").forEach(tag -> tags.add(tag.asText()));
        return new Parent(row.get("id").asLong(), row.get("email").asText(),
                row.get("phone").isNull() ? null : row.get("phone").asText(), LocalDate.parse(row.get("born").asText()),
                row.get("display_name").asText(), tags);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<List<String>> csv(Path file) {
        List<List<String>> records = new ArrayList<>();
        CsvReader.read(file, records::add);
        return records;
    }

    private static void writeRecord(StringWriter out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            CsvFiles.writeField(out, fields.get(i));
        }
        out.write("\r\n");
    }
}
