package io.fixtura.runtime.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files into one directory all or nothing: each file goes to a temporary file in
 * the same directory, and only {@link #commit()} moves them into place; closing without a commit
 * deletes them, so a failure leaves no partial file behind.
 *
 * <pre>{@code try (Staging s = Staging.in(dir)) { s.write("a.txt", out -> out.write(bytes)); s.commit(); }}</pre>
 */
public final class Staging implements AutoCloseable {

    /** Writes the content of one file to {@code out} (which the staging closes). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path dir;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private final Map<String, String> checksums = new LinkedHashMap<>();
    private boolean committed;

    private Staging(Path dir) {
        this.dir = dir;
    }

    /** A staging area in {@code dir}, created if missing. */
    public static Staging in(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create directory " + dir + ": " + e.getMessage(), e);
        }
        return new Staging(dir);
    }

    /** The directory the files go to. */
    public Path dir() {
        return dir;
    }

    /** Writes {@code fileName} (a plain name, no directories) to a temporary file; returns the SHA-256 of its bytes. */
    public String write(String fileName, Body body) {
        checkName(fileName);
        if (staged.containsKey(fileName)) {
            throw new IllegalArgumentException(fileName + " is written twice into " + dir
                    + ": do two entities share the table?");
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + fileName + ".", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file in " + dir + ": " + e.getMessage(), e);
        }
        staged.put(fileName, temp);
        MessageDigest sha = sha256();
        try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16),
                sha)) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(fileName) + ": " + e.getMessage(), e);
        }
        String checksum = HexFormat.of().formatHex(sha.digest());
        checksums.put(fileName, checksum);
        return checksum;
    }

    /** File name to SHA-256 (hex) of every file written so far, in the order written. */
    public Map<String, String> checksums() {
        return Collections.unmodifiableMap(checksums);
    }

    /** Moves every written file into place (replacing older ones) and returns their paths. */
    public List<Path> commit() {
        List<Path> placed = new ArrayList<>();
        for (Map.Entry<String, Path> file : staged.entrySet()) {
            Path target = dir.resolve(file.getKey());
            move(file.getValue(), target);
            placed.add(target);
        }
        committed = true;
        return placed;
    }

    /** Deletes the temporary files not yet moved into place. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Best effort: the original failure matters more than a leftover temporary file.
            }
        }
        staged.clear();
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private static void checkName(String fileName) {
        if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.equals(".")
                || fileName.equals("..") || fileName.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("'" + fileName + "' is not a plain file name");
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
