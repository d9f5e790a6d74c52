package io.fixtura.runtime.sql;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.dataset.EntityRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes a dataset as an SQL script of INSERT statements (several rows each) for H2 or
 * PostgreSQL, tables in dependency order; references closing a cycle are inserted null and set by
 * UPDATE statements at the end. The script is written to a temporary file and moved into place,
 * so a failure leaves no partial file. Run {@link Ddl#create} first to make the tables.
 *
 * <pre>{@code SqlScript.write(dataset.rows(), Path.of("seed.sql"), SqlDialect.POSTGRESQL);}</pre>
 */
public final class SqlScript {

    /** Rows per INSERT statement. */
    static final int ROWS_PER_INSERT = 500;

    private SqlScript() {
    }

    /** Writes the INSERT (and second-pass UPDATE) statements of {@code rows} into {@code file}, UTF-8. */
    public static void write(List<EntityRows<?>> rows, Path file, SqlDialect dialect) {
        Spelling spelling = Spelling.of(dialect);
        List<Table> tables = new ArrayList<>();
        rows.forEach(r -> tables.add(Table.of(r, spelling)));
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write("-- Fixtura dataset, " + dialect + " dialect: " + tables.size() + " tables\n");
                for (Table table : tables) {
                    inserts(table, dialect, out);
                }
                for (Table table : tables) {
                    updates(table, dialect, out);
                }
            }
            move(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write SQL script " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void inserts(Table table, SqlDialect dialect, Writer out) throws IOException {
        out.write("\n-- " + table.table() + ": " + table.rows().count() + " rows\n");
        String head = "INSERT INTO " + table.name() + " " + table.columnList() + " VALUES\n";
        Iterator<?> records = table.rows().stream().iterator();
        long index = 0;
        StringBuilder row = new StringBuilder();
        while (records.hasNext()) {
            Object record = records.next();
            row.setLength(0);
            row.append(index % ROWS_PER_INSERT == 0 ? head : ",\n").append('(');
            List<FieldModel<?>> fields = table.fields();
            for (int f = 0; f < fields.size(); f++) {
                FieldModel<?> field = fields.get(f);
                row.append(f == 0 ? "" : ", ");
                row.append(table.isDeferred(field) ? "NULL" : literal(table, index, field, record, dialect));
            }
            row.append(')');
            out.write(row.toString());
            index++;
            if (index % ROWS_PER_INSERT == 0) {
                out.write(";\n");
            }
        }
        if (index % ROWS_PER_INSERT != 0) {
            out.write(";\n");
        }
    }

    private static void updates(Table table, SqlDialect dialect, Writer out) throws IOException {
        if (table.deferred().isEmpty()) {
            return;
        }
        out.write("\n-- " + table.table() + ": second pass for " + table.deferred().stream().map(FieldModel::name)
                .toList() + "\n");
        Iterator<?> records = table.rows().stream().iterator();
        long index = 0;
        StringBuilder update = new StringBuilder();
        while (records.hasNext()) {
            Object record = records.next();
            update.setLength(0);
            for (FieldModel<?> field : table.deferred()) {
                if (Columns.value(field, record) != null) {
                    update.append(update.length() == 0 ? "UPDATE " + table.name() + " SET " : ", ")
                            .append(table.column(field)).append(" = ")
                            .append(literal(table, index, field, record, dialect));
                }
            }
            if (update.length() > 0) {
                update.append(" WHERE ");
                for (int k = 0; k < table.key().size(); k++) {
                    FieldModel<?> key = table.key().get(k);
                    update.append(k == 0 ? "" : " AND ").append(table.column(key)).append(" = ")
                            .append(literal(table, index, key, record, dialect));
                }
                out.write(update.append(";\n").toString());
            }
            index++;
        }
    }

    private static String literal(Table table, long index, FieldModel<?> field, Object record, SqlDialect dialect) {
        try {
            return SqlLiterals.of(Columns.value(field, record), field, dialect);
        } catch (SqlLiterals.UnstorableValue e) {
            throw new IllegalArgumentException("table " + table.table() + ", row " + index + ", column "
                    + field.column() + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the original failure is what the caller needs to see; a stray temporary file is harmless
        }
    }
}
