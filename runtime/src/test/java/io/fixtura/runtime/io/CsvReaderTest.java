package io.fixtura.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    private static final Path NAME = Path.of("data.csv");

    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsAcrossLinesAndALastLineWithoutCrlf() {
        List<List<String>> rows = read("a,b,c\r\n\"x\r\ny\",\"\"\"\",\r\n,\"\",z");

        assertThat(rows).containsExactly(Arrays.asList("x\r\ny", "\"", null), Arrays.asList(null, "", "z"));
    }

    @Test
    void skipsAByteOrderMarkAndReadsAHeaderOnlyFile() {
        try (CsvReader csv = CsvReader.of(new StringReader("\uFEFFid,name\r\n"), NAME)) {
            assertThat(csv.header()).containsExactly("id", "name");
            assertThat(csv.hasNext()).isFalse();
        }
    }

    @Test
    void aQuoteInsideAnUnquotedFieldGivesLineAndColumn() {
        assertMalformed("id,name\r\n1,ab\"c\r\n", 2, 5, "no quote inside an unquoted field");
    }

    @Test
    void anUnclosedQuoteGivesWhereItOpened() {
        assertMalformed("id,name\r\n1,x\r\n2,\"abc\r\n3,y\r\n", 3, 3, "closing quote");
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        assertMalformed("id,name\r\n1,\"ab\"x\r\n", 2, 7, "comma or CRLF after the closing quote, found 'x'");
    }

    @Test
    void aWrongNumberOfFieldsGivesTheRecordsLineCountingQuotedLineBreaks() {
        assertMalformed("id,name\r\n1,\"a\r\nb\"\r\n2\r\n", 4, 0, "expected 2 fields as in the header, found 1");
    }

    @Test
    void bareLineFeedsAndCarriageReturnsAreNotLineEnds() {
        assertMalformed("id,name\r\n1,a\n2,b\r\n", 2, 4, "bare LF");
        assertMalformed("id,name\r\n1,a\r2,b\r\n", 2, 5, "expected LF after CR");
    }

    @Test
    void anEmptyFileOrEmptyColumnNameIsAnError() {
        assertMalformed("", 1, 1, "expected a header row");
        assertMalformed("id,,name\r\n", 1, 0, "column name in header field 2");
    }

    @Test
    void invalidUtf8IsReportedWithTheFile() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.write(file, new byte[] {'i', 'd', '\r', '\n', '1', (byte) 0xC3, (byte) 0x28, '\r', '\n'});

        assertThatThrownBy(() -> CsvReader.read(file, row -> { }))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("bad.csv").hasMessageContaining("UTF-8");
    }

    @Test
    void errorsFromAFileNameTheFile() throws IOException {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, "id,item\r\n1,ok\r\n2,\"broken\r\n");

        List<List<String>> seen = new ArrayList<>();
        assertThatThrownBy(() -> CsvReader.read(file, seen::add))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith(file + ", line 3, column 3: expected a closing quote");
                });
        assertThat(seen).containsExactly(List.of("1", "ok"));
    }

    private static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader csv = CsvReader.of(new StringReader(text), NAME)) {
            csv.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static void assertMalformed(String text, long line, long column, String expected) {
        ThrowingCallable reading = () -> read(text);
        assertThatThrownBy(reading).isInstanceOfSatisfying(MalformedFileException.class, e -> {
            assertThat(e.getMessage()).contains(expected).startsWith("data.csv, line " + line);
            assertThat(e.file()).isEqualTo(NAME);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
        });
    }
}
