package io.fixtura.runtime.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * A strict RFC 4180 reader, streaming: a header row, then records with as many fields as the
 * header, CRLF line ends, quoted fields with doubled quotes. An empty unquoted field reads as null,
 * {@code ""} as the empty string. Anything else is a {@link MalformedFileException} naming the
 * file, line, column and what was expected.
 *
 * <pre>{@code try (CsvReader csv = CsvReader.open(file)) { csv.forEachRemaining(row -> use(csv.header(), row)); }}</pre>
 */
public final class CsvReader implements Iterator<List<String>>, AutoCloseable {

    private static final int END = -1;

    private final Reader in;
    private final Path file;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private final StringBuilder text = new StringBuilder();
    private final List<String> header;

    // Where the next character is, and where the last one read was: errors point at the latter.
    private long line = 1;
    private long column;
    private long lastLine = 1;
    private long lastColumn;
    private int lastChar;

    // The record read ahead by hasNext(), and the lines on which it and the last returned record start.
    private List<String> next;
    private long recordStart;
    private long nextLine;
    private long recordLine;

    private CsvReader(Reader in, Path file) {
        this.in = in;
        this.file = file;
        skipByteOrderMark();
        List<String> names = readRecord();
        if (names == null) {
            throw new MalformedFileException(file, 1, 1, "expected a header row of column names, found an empty file");
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null) {
                throw new MalformedFileException(file, 1, 0, "expected a column name in header field " + (i + 1)
                        + ", found an empty field");
            }
        }
        this.header = Collections.unmodifiableList(names);
    }

    /** Opens {@code file} (UTF-8) and reads its header. */
    public static CsvReader open(Path file) {
        try {
            Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            try {
                return new CsvReader(reader, file);
            } catch (RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads CSV from {@code reader}; {@code name} is what errors call it. */
    public static CsvReader of(Reader reader, Path name) {
        return new CsvReader(reader, name);
    }

    /** Reads {@code file}, handing each record to {@code rows}; returns the header. */
    public static List<String> read(Path file, Consumer<List<String>> rows) {
        try (CsvReader csv = open(file)) {
            csv.forEachRemaining(rows);
            return csv.header();
        }
    }

    /** The column names. */
    public List<String> header() {
        return header;
    }

    /** The line on which the record last returned by {@link #next()} starts. */
    public long line() {
        return recordLine;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readRecord();
            nextLine = recordStart;
            if (next != null && next.size() != header.size()) {
                throw new MalformedFileException(file, nextLine, 0, "expected " + header.size()
                        + " fields as in the header, found " + next.size());
            }
        }
        return next != null;
    }

    /** The next record: one string per column, null for an empty unquoted field. */
    @Override
    public List<String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records in " + file);
        }
        List<String> record = next;
        next = null;
        recordLine = nextLine;
        return record;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    /** The next record's fields, or null at the end of the file. */
    private List<String> readRecord() {
        int c = read();
        if (c == END) {
            return null;
        }
        recordStart = lastLine;
        List<String> fields = new ArrayList<>(header == null ? 8 : header.size());
        while (true) {
            int after = c == '"' ? quoted(fields) : unquoted(c, fields);
            if (after == ',') {
                c = read();
                continue;
            }
            if (after == '\r') {
                if (read() != '\n') {
                    throw problem("expected LF after CR (lines end with CRLF), found " + describe(lastChar));
                }
                return fields;
            }
            return fields;
        }
    }

    /** Reads an unquoted field starting with {@code c}; returns the character that ended it. */
    private int unquoted(int c, List<String> fields) {
        text.setLength(0);
        while (c != ',' && c != '\r' && c != '\n' && c != '"' && c != END) {
            text.append((char) c);
            c = read();
        }
        if (c == '"') {
            throw problem("expected no quote inside an unquoted field: quote the whole field and double the quote");
        }
        if (c == '\n') {
            throw problem("expected CRLF at the end of the line, found a bare LF");
        }
        fields.add(text.length() == 0 ? null : text.toString());
        return c;
    }

    /** Reads a quoted field (its opening quote already read); returns the character after the closing quote. */
    private int quoted(List<String> fields) {
        long startLine = lastLine;
        long startColumn = lastColumn;
        text.setLength(0);
        while (true) {
            int c = read();
            if (c == END) {
                throw new MalformedFileException(file, startLine, startColumn,
                        "expected a closing quote for the field opened here, found the end of the file");
            }
            if (c == '"') {
                int following = read();
                if (following != '"') {
                    fields.add(text.toString());
                    if (following != ',' && following != '\r' && following != END) {
                        throw problem("expected a comma or CRLF after the closing quote, found " + describe(following)
                                + " (a quote inside a quoted field is written twice)");
                    }
                    return following;
                }
            }
            text.append((char) c);
        }
    }

    private int read() {
        if (position == limit && !fill()) {
            lastChar = END;
            lastLine = line;
            lastColumn = column + 1;
            return END;
        }
        int c = buffer[position++];
        column++;
        lastLine = line;
        lastColumn = column;
        if (c == '\n') {
            line++;
            column = 0;
        }
        lastChar = c;
        return c;
    }

    private boolean fill() {
        try {
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (CharacterCodingException e) {
            throw new MalformedFileException(file, line, 0, "expected UTF-8 text, found bytes that are not", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void skipByteOrderMark() {
        if (position == limit && !fill()) {
            return;
        }
        if (buffer[position] == '\uFEFF') {
            position++;
        }
    }

    private MalformedFileException problem(String expected) {
        return new MalformedFileException(file, lastLine, lastColumn, expected);
    }

    private static String describe(int c) {
        if (c == END) {
            return "the end of the file";
        }
        if (c == '\r') {
            return "CR";
        }
        if (c == '\n') {
            return "LF";
        }
        return "'" + (char) c + "'";
    }
}
