package io.fixtura.runtime;

import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.io.JsonFiles;
import io.fixtura.runtime.io.Staging;
import io.fixtura.runtime.snapshot.DataFiles;
import io.fixtura.runtime.snapshot.Differ;
import io.fixtura.runtime.snapshot.Manifest;
import io.fixtura.runtime.snapshot.SchemaCheck;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * A dataset stored in a directory as versioned data: one JSON Lines file per entity plus a
 * {@code manifest.json} with the name, seed, reference time, Fixtura version, each entity's count,
 * key and schema fingerprint, and the SHA-256 of every file. Loading checks the files and that the
 * entities' schemas have not changed since; two snapshots can be compared by key.
 *
 * <pre>{@code Snapshot before = Snapshot.load(Path.of("src/test/resources/seed-v1")); SnapshotDiff d = Snapshot.diff(before, ds.snapshot(dir, "v2"));}</pre>
 */
public final class Snapshot {

    private final Path dir;
    private final Manifest manifest;

    private Snapshot(Path dir, Manifest manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    /**
     * Writes {@code rows} (streamed, one {@code <table>.jsonl} each) and the manifest into {@code dir}.
     * The manifest is written last and the files are moved into place only once all are complete,
     * so a failure leaves the directory as it was. Called by {@code Dataset.snapshot(dir, name)}.
     */
    public static Snapshot write(List<? extends EntityRows<?>> rows, long seed, Instant referenceTime, Path dir,
            String name) {
        Objects.requireNonNull(referenceTime, "referenceTime");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a snapshot needs a name, such as \"v2.5.0-seed\"");
        }
        Manifest manifest;
        try (Staging staging = Staging.in(dir)) {
            JsonFiles.writeLines(rows, staging);
            manifest = Manifest.of(name, seed, referenceTime, rows, staging.checksums());
            staging.write(Manifest.FILE, manifest::writeTo);
            staging.commit();
        }
        return new Snapshot(dir, manifest);
    }

    /**
     * Reads the snapshot in {@code dir}, checking every file's SHA-256 and every entity against its
     * model on the class path (found through {@link ServiceLoader}); an entity whose schema changed is
     * an error naming the fields added, removed or changed.
     */
    public static Snapshot load(Path dir) {
        List<EntityModel<?>> models = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (EntityModel<?> model : ServiceLoader.load(EntityModel.class,
                loader == null ? Snapshot.class.getClassLoader() : loader)) {
            models.add(model);
        }
        return load(dir, models);
    }

    /** Reads the snapshot in {@code dir}, checking it as {@link #load(Path)} does against these models. */
    public static Snapshot load(Path dir, List<? extends EntityModel<?>> models) {
        Path manifestFile = dir.resolve(Manifest.FILE);
        Manifest manifest = Manifest.read(manifestFile);
        for (Manifest.Entity entity : manifest.entities()) {
            if (!manifest.files().containsKey(entity.file())) {
                throw new io.fixtura.runtime.io.MalformedFileException(manifestFile, 0, 0, "expected a checksum for "
                        + entity.file() + " (the file of " + entity.table() + ") in \"files\"");
            }
        }
        DataFiles.verifyChecksums(dir, manifest.files());
        SchemaCheck.check(manifest, dir, models);
        for (Manifest.Entity entity : manifest.entities()) {
            long rows = DataFiles.countRows(dir.resolve(entity.file()), entity.columns());
            if (rows != entity.count()) {
                throw new io.fixtura.runtime.io.MalformedFileException(dir.resolve(entity.file()), rows + 1, 0,
                        "expected " + entity.count() + " rows as the manifest records, found " + rows);
            }
        }
        return new Snapshot(dir, manifest);
    }

    /** What changed from {@code before} to {@code after}: per table, the records added, removed and changed, by key. */
    public static SnapshotDiff diff(Snapshot before, Snapshot after) {
        List<String> tables = new ArrayList<>(before.tables());
        after.tables().stream().filter(t -> !tables.contains(t)).forEach(tables::add);
        List<SnapshotDiff.TableDiff> diffs = new ArrayList<>();
        for (String table : tables) {
            boolean inBefore = before.manifest.entity(table) != null;
            boolean inAfter = after.manifest.entity(table) != null;
            List<String> key = inAfter ? after.key(table) : before.key(table);
            diffs.add(Differ.table(table, key, inBefore ? before.rows(table) : List.of(),
                    inAfter ? after.rows(table) : List.of()));
        }
        return new SnapshotDiff(before.name(), after.name(), diffs);
    }

    /** The directory the snapshot is stored in. */
    public Path dir() {
        return dir;
    }

    public String name() {
        return manifest.name();
    }

    public long seed() {
        return manifest.seed();
    }

    public Instant referenceTime() {
        return manifest.referenceTime();
    }

    /** The Fixtura version that wrote the snapshot. */
    public String fixturaVersion() {
        return manifest.fixturaVersion();
    }

    /** The tables, referenced ones first. */
    public List<String> tables() {
        return manifest.entities().stream().map(Manifest.Entity::table).toList();
    }

    /** How many records {@code table} holds. */
    public long count(String table) {
        return entity(table).count();
    }

    /** The key columns of {@code table} (several for a composite key; empty for none). */
    public List<String> key(String table) {
        return entity(table).keyColumns();
    }

    /**
     * The rows of {@code table}, read from its file on each call: column to value as JSON gives it
     * (strings, booleans, whole numbers, exact decimals, lists and maps for JSON columns, null).
     */
    public List<Map<String, Object>> rows(String table) {
        Manifest.Entity entity = entity(table);
        return DataFiles.readRows(dir.resolve(entity.file()), entity.columns());
    }

    private Manifest.Entity entity(String table) {
        Manifest.Entity entity = manifest.entity(table);
        if (entity == null) {
            throw new IllegalArgumentException("snapshot '" + name() + "' has no table " + table + "; its tables are "
                    + tables());
        }
        return entity;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("snapshot '").append(name()).append("' (seed ").append(seed())
                .append(", reference time ").append(referenceTime()).append(", Fixtura ").append(fixturaVersion())
                .append(") in ").append(dir);
        for (Manifest.Entity entity : manifest.entities()) {
            out.append("\n  ").append(entity.table()).append(": ").append(entity.count());
        }
        return out.toString();
    }
}
