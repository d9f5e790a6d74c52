package io.fixtura.runtime.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.io.MalformedFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a snapshot's data files: checks their SHA-256 against the manifest and parses their JSON
 * Lines into rows (column to value; numbers with a fraction as exact decimals), reporting the file,
 * line and column of anything that is not one JSON object per line.
 */
public final class DataFiles {

    private static final ObjectReader ROW = Columns.mapper().readerFor(LinkedHashMap.class)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private DataFiles() {
    }

    /** Checks every file's SHA-256; throws one error naming each file that is missing or differs. */
    public static void verifyChecksums(Path dir, Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                problems.add(file.getKey() + " is missing");
                continue;
            }
            String actual = sha256(path);
            if (!actual.equalsIgnoreCase(file.getValue())) {
                problems.add(file.getKey() + " has SHA-256 " + actual + " but the manifest records " + file.getValue()
                        + ": it was changed after the snapshot was written");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("snapshot in " + dir + " failed its checksums:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** The SHA-256 (hex) of {@code file}'s bytes. */
    public static String sha256(Path file) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Every row of {@code file}, in order. */
    public static List<Map<String, Object>> readRows(Path file, List<String> columns) {
        List<Map<String, Object>> rows = new ArrayList<>();
        forEachRow(file, columns, row -> rows.add(java.util.Collections.unmodifiableMap(row)));
        return java.util.Collections.unmodifiableList(rows);
    }

    /** Parses {@code file} without keeping its rows; returns how many there are. */
    public static long countRows(Path file, List<String> columns) {
        long[] count = {0};
        forEachRow(file, columns, row -> count[0]++);
        return count[0];
    }

    /** Hands each row of {@code file} to {@code action}; each must be an object with exactly {@code columns}. */
    @SuppressWarnings("unchecked")
    static void forEachRow(Path file, List<String> columns, Consumer<Map<String, Object>> action) {
        long lineNumber = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                Object value;
                try {
                    value = ROW.readValue(line);
                } catch (JsonProcessingException e) {
                    JsonLocation at = e.getLocation();
                    throw new MalformedFileException(file, lineNumber, at == null ? 0 : at.getColumnNr(),
                            "expected one JSON object per line: " + e.getOriginalMessage(), e);
                }
                if (value == null) {
                    throw new MalformedFileException(file, lineNumber, 1, "expected a JSON object, found null");
                }
                Map<String, Object> row = (Map<String, Object>) value;
                if (!new ArrayList<>(row.keySet()).equals(columns)) {
                    throw new MalformedFileException(file, lineNumber, 1, "expected the columns " + columns
                            + ", found " + row.keySet());
                }
                action.accept(row);
            }
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("snapshot file " + file + " is missing", e);
        } catch (CharacterCodingException e) {
            throw new MalformedFileException(file, lineNumber + 1, 0, "expected UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
