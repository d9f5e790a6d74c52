package io.fixtura.runtime;

import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.dataset.LinkPlan;
import io.fixtura.runtime.dataset.Ordering;
import io.fixtura.runtime.generate.Defaults;
import io.fixtura.runtime.generate.Links;
import io.fixtura.runtime.random.Keys;
import io.fixtura.runtime.random.SplitMix64;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Several entities generated together from one seed, linked by their foreign keys: entities come
 * in the order of their references, and each child picks its parent's index from its own stream,
 * so any entity (or any index range of it) can be streamed without holding its parents.
 *
 * <pre>{@code Dataset ds = Dataset.builder().seed(42).count(User.class, 1_000).count(Order.class, 10_000).build();}</pre>
 */
public final class Dataset {

    private final long seed;
    private final Instant referenceTime;
    private final Map<Class<?>, DatasetPart<?>> parts;

    Dataset(long seed, Instant referenceTime, Map<Class<?>, DatasetPart<?>> parts) {
        this.seed = seed;
        this.referenceTime = referenceTime;
        this.parts = parts;
    }

    /** A new builder; models are found on the class path through {@link ServiceLoader}. */
    public static DatasetBuilder builder() {
        return new DatasetBuilder();
    }

    public long seed() {
        return seed;
    }

    public Instant referenceTime() {
        return referenceTime;
    }

    /** The entity types, referenced ones first. */
    public List<Class<?>> entities() {
        return List.copyOf(parts.keySet());
    }

    /** How many records of {@code entity} the dataset holds. */
    public long count(Class<?> entity) {
        return part(entity).count();
    }

    /** Every record of {@code entity}, in index order. */
    public <T> List<T> all(Class<T> entity) {
        long count = count(entity);
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(entity.getSimpleName() + " has " + count + " records, too many for a list;"
                    + " use stream(" + entity.getSimpleName() + ".class)");
        }
        return stream(entity).toList();
    }

    /** The records of {@code entity}, lazily: memory stays flat however many there are. */
    public <T> Stream<T> stream(Class<T> entity) {
        return part(entity).stream(0, count(entity));
    }

    /** Records {@code from .. to-1} of {@code entity}: equal to the same records of the full stream. */
    public <T> Stream<T> stream(Class<T> entity, long from, long to) {
        if (from < 0 || to > count(entity) || from > to) {
            throw new IllegalArgumentException(entity.getSimpleName() + " has records 0 to " + (count(entity) - 1)
                    + "; cannot stream " + from + " to " + (to - 1));
        }
        return part(entity).stream(from, to);
    }

    /** The dataset as sinks see it: one part per entity, referenced ones first. */
    public List<EntityRows<?>> rows() {
        return List.copyOf(parts.values());
    }

    /**
     * Checks every record as a database with all constraints would: NOT NULL, ranges, lengths,
     * patterns, UNIQUE (single and composite), keys and foreign keys across entities.
     */
    public ValidationReport validate() {
        return io.fixtura.runtime.check.DatasetValidator.validate(rows(), referenceTime);
    }

    /** CREATE TABLE statements for every entity, in dependency order, with PK, NOT NULL, UNIQUE, CHECK and FK. */
    public String ddl(SqlDialect dialect) {
        return io.fixtura.runtime.sql.Ddl.create(rows(), dialect);
    }

    /** Writes INSERT statements for every record into {@code file} (written whole, or not at all). */
    public void writeSql(java.nio.file.Path file, SqlDialect dialect) {
        io.fixtura.runtime.sql.SqlScript.write(rows(), file, dialect);
    }

    /** Writes {@code <table>.json} per entity: an array of objects keyed by column; whole files or none. */
    public List<java.nio.file.Path> writeJson(java.nio.file.Path dir) {
        return io.fixtura.runtime.io.JsonFiles.writeArrays(rows(), dir);
    }

    /** Writes {@code <table>.jsonl} per entity: one JSON object per line, for streaming readers. */
    public List<java.nio.file.Path> writeJsonLines(java.nio.file.Path dir) {
        return io.fixtura.runtime.io.JsonFiles.writeLines(rows(), dir);
    }

    /** Writes {@code <table>.csv} per entity (RFC 4180, header row); whole files or none. */
    public List<java.nio.file.Path> writeCsv(java.nio.file.Path dir) {
        return io.fixtura.runtime.io.CsvFiles.write(rows(), dir);
    }

    /**
     * Stores the data with a manifest (name, seed, reference time, counts, schema fingerprints,
     * Fixtura version, SHA-256 of every file), for {@link Snapshot#load} and {@link Snapshot#diff}.
     */
    public Snapshot snapshot(java.nio.file.Path dir, String name) {
        return Snapshot.write(rows(), seed, referenceTime, dir, name);
    }

    /** Loads every record into H2 or PostgreSQL in one transaction, creating missing tables; all or nothing. */
    public LoadReport loadInto(javax.sql.DataSource dataSource) {
        return io.fixtura.runtime.sql.JdbcLoader.load(rows(), dataSource);
    }

    @SuppressWarnings("unchecked")
    private <T> DatasetPart<T> part(Class<T> entity) {
        DatasetPart<?> part = parts.get(entity);
        if (part == null) {
            throw new IllegalArgumentException(entity.getName() + " is not part of this dataset; its entities are "
                    + parts.keySet().stream().map(Class::getSimpleName).toList());
        }
        return (DatasetPart<T>) part;
    }
}
