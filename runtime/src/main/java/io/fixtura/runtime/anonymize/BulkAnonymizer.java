package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.AnonymizationKey;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.dataset.Ordering;
import io.fixtura.runtime.generate.Defaults;
import io.fixtura.runtime.io.JsonFiles;
import io.fixtura.runtime.io.Staging;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Anonymizes stored data without loading it: JSON Lines and CSV files line by line, database tables
 * row by row, applying each entity's {@link EntityRules} so files, tables and generated anonymizers
 * agree and foreign keys still join. Only rewritten columns are parsed; every other column is copied
 * as it was. Files are written all or nothing, tables in one transaction.
 *
 * <pre>{@code BulkAnonymizer.with(key, List.of(UserModel.INSTANCE, OrderModel.INSTANCE)).directory(in, out);}</pre>
 */
public final class BulkAnonymizer {

    private final AnonymizationKey key;
    private final List<EntityModel<?>> models;
    private final Instant referenceTime;

    private BulkAnonymizer(AnonymizationKey key, List<EntityModel<?>> models, Instant referenceTime) {
        this.key = key;
        this.models = models;
        this.referenceTime = referenceTime;
    }

    /**
     * An anonymizer of {@code models} under {@code key}. Give every model of the dataset: a reference
     * to another entity's sensitive field is rewritten by that field's rule, which needs its model.
     */
    public static BulkAnonymizer with(AnonymizationKey key, Collection<? extends EntityModel<?>> models) {
        Objects.requireNonNull(key, "key: there is no default anonymization key");
        return new BulkAnonymizer(key, List.copyOf(models), Defaults.referenceTime());
    }

    /** This anonymizer with relative time bounds ({@code now-30d}) resolved at {@code referenceTime}. */
    public BulkAnonymizer withReferenceTime(Instant referenceTime) {
        return new BulkAnonymizer(key, models, Objects.requireNonNull(referenceTime, "referenceTime"));
    }

    /**
     * Anonymizes JSON Lines file {@code in} (one object per line, keyed by column name) of
     * {@code entity} into {@code out}; returns the rows written. Key order and copied values are kept
     * character for character.
     *
     * @throws AnonymizationException if the input is malformed or a rule cannot fit a value; the message
     *     names file, line and column but no value, and no output file is left behind
     */
    public long jsonLines(Class<?> entity, Path in, Path out) {
        RowRules rules = rules(entity);
        return writeOne(out, target -> JsonLinesRewriter.rewrite(rules, in, target));
    }

    /**
     * Anonymizes CSV file {@code in} (RFC 4180, a header of column names) of {@code entity} into
     * {@code out}; returns the records written. Errors as {@link #jsonLines}; line 1 is the header.
     */
    public long csv(Class<?> entity, Path in, Path out) {
        RowRules rules = rules(entity);
        return writeOne(out, target -> CsvRewriter.rewrite(rules, in, target));
    }

    /**
     * Anonymizes every {@code <table>.jsonl} and {@code <table>.csv} of the models in {@code in} into
     * files of the same names in {@code out}: all of them, or none if any fails. Returns the files written.
     *
     * @throws IllegalArgumentException if {@code in} holds no file of any model
     */
    public List<Path> directory(Path in, Path out) {
        Map<String, Staging.Body> files = new LinkedHashMap<>();
        List<EntityModel<?>> byTable = new ArrayList<>(models);
        byTable.sort(Comparator.comparing(EntityModel::table));
        for (EntityModel<?> model : byTable) {
            Path jsonLines = in.resolve(JsonFiles.linesFileName(model.table()));
            Path csv = in.resolve(model.table() + ".csv");
            if (Files.isRegularFile(jsonLines)) {
                RowRules rules = rules(model.type());
                files.put(jsonLines.getFileName().toString(), target -> JsonLinesRewriter.rewrite(rules, jsonLines,
                        target));
            }
            if (Files.isRegularFile(csv)) {
                RowRules rules = rules(model.type());
                files.put(csv.getFileName().toString(), target -> CsvRewriter.rewrite(rules, csv, target));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(in + " holds no file to anonymize: expected <table>.jsonl or"
                    + " <table>.csv for one of the tables " + byTable.stream().map(EntityModel::table).toList());
        }
        try (Staging staging = Staging.in(out)) {
            files.forEach(staging::write);
            return staging.commit();
        }
    }

    /**
     * Copies {@code entity}'s table from {@code from} into the table of the same name in {@code to}
     * (which must exist: another database, or another schema as {@code to}'s current one), anonymized;
     * returns the rows copied. All rows or none: the inserts are one transaction on {@code to}.
     *
     * @throws AnonymizationException if a value cannot be read or rewritten, or the database refuses
     *     a row; the message names table, row and column but no original value
     */
    public long table(Class<?> entity, Connection from, Connection to) {
        return table(entity, from, to, model(entity).table());
    }

    /** As {@link #table(Class, Connection, Connection)}, into {@code targetTable} (with the same columns). */
    public long table(Class<?> entity, Connection from, Connection to, String targetTable) {
        RowRules rules = rules(entity);
        return inTransaction(from, to, () -> TableCopier.copy(rules, from, to, targetTable));
    }

    /**
     * Copies every model's table from {@code from} into {@code to}, anonymized, referenced tables
     * first, in one transaction on {@code to}: on any failure it is rolled back and the failure
     * rethrown. Returns the rows copied per entity, in the order copied.
     */
    public Map<Class<?>, Long> tables(Connection from, Connection to) {
        List<EntityModel<?>> byName = new ArrayList<>(models);
        byName.sort(Comparator.comparing(m -> m.type().getName()));
        // self-references and links closing a cycle do not constrain the order (Ordering defers them)
        List<EntityModel<?>> order = Ordering.of(byName).order();
        List<RowRules> rules = order.stream().map(m -> rules(m.type())).toList();
        return inTransaction(from, to, () -> {
            Map<Class<?>, Long> copied = new LinkedHashMap<>();
            for (RowRules table : rules) {
                copied.put(table.model().type(), TableCopier.copy(table, from, to, table.model().table()));
            }
            return copied;
        });
    }

    private RowRules rules(Class<?> entity) {
        return new RowRules(EntityRules.of(model(entity), key, models, referenceTime));
    }

    private EntityModel<?> model(Class<?> entity) {
        for (EntityModel<?> model : models) {
            if (model.type() == entity) {
                return model;
            }
        }
        throw new IllegalArgumentException(entity.getName() + " is not among the models of this anonymizer: "
                + models.stream().map(m -> m.type().getSimpleName()).toList());
    }

    /**
     * Writes {@code out} through a staging file in its directory, so a failure leaves no file behind
     * and an older one intact.
     */
    private static long writeOne(Path out, Rewrite rewrite) {
        Path dir = out.toAbsolutePath().getParent();
        long[] rows = new long[1];
        try (Staging staging = Staging.in(dir)) {
            staging.write(out.getFileName().toString(), target -> rows[0] = rewrite.to(target));
            staging.commit();
        }
        return rows[0];
    }

    /**
     * Runs {@code work} in one transaction on {@code to}, committed if it succeeds and rolled back if
     * not. {@code from} reads with autocommit off too, since PostgreSQL streams by the fetch size only
     * inside a transaction; both connections get their autocommit back afterwards.
     */
    private static <R> R inTransaction(Connection from, Connection to, SqlWork<R> work) {
        boolean fromAutoCommit;
        boolean toAutoCommit;
        try {
            fromAutoCommit = from.getAutoCommit();
            toAutoCommit = to.getAutoCommit();
            from.setAutoCommit(false);
            to.setAutoCommit(false);
        } catch (SQLException e) {
            throw new AnonymizationException("cannot start a transaction: " + e.getMessage(), e);
        }
        RuntimeException failure = null;
        try {
            R result = work.run();
            to.commit();
            return result;
        } catch (SQLException e) {
            failure = new AnonymizationException("the copy could not be committed and was rolled back: "
                    + e.getMessage(), e);
            throw failure;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            if (failure != null) {
                attempt(to::rollback, failure);
            }
            // ending the read-only transaction on from; when from is to, this comes after the commit or rollback
            attempt(() -> from.setAutoCommit(fromAutoCommit), failure);
            attempt(() -> to.setAutoCommit(toAutoCommit), failure);
        }
    }

    /** Runs a cleanup step; its failure is added to {@code failure} if there is one, else thrown. */
    private static void attempt(SqlStep step, RuntimeException failure) {
        try {
            step.run();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                throw new AnonymizationException("cannot restore the connection's autocommit: " + e.getMessage(), e);
            }
        }
    }

    @FunctionalInterface
    private interface Rewrite {
        long to(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    private interface SqlWork<R> {
        R run() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }
}
