package io.fixtura.runtime.sql;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.LoadException;
import io.fixtura.runtime.dataset.Columns;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a database said about a failed insert into a {@link LoadException} naming the table
 * and, where it can be found, the failing row: from a batch's update counts, from the line number
 * PostgreSQL gives for COPY, or from the key value a foreign-key error quotes.
 */
final class Failures {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final Pattern COPY_LINE = Pattern.compile("COPY [^\\n]*?, line (\\d+)");
    private static final Pattern BATCH_ENTRY = Pattern.compile("^Batch entry (\\d+) ");
    private static final Pattern MISSING_KEY = Pattern.compile("Key \\(([^)]*)\\)=\\((.*)\\) is not present");

    private Failures() {
    }

    /** A failure of a batch whose rows (by position in the batch) are {@code rows[0..]}. */
    static LoadException batch(Table table, String phase, long[] rows, SQLException e) {
        int position = failedPosition(e);
        long row = position >= 0 && position < rows.length ? rows[position] : -1;
        return new LoadException(table.table(), row, phase + message(e), e);
    }

    /**
     * The position in its batch of the statement that failed: as PgJDBC's message says it
     * ("Batch entry 6 ..."; it marks every entry failed when not in auto-commit), else from the
     * update counts: the first marked failed (drivers that go on after a failure, as H2), else the
     * first missing (drivers that stop).
     */
    static int failedPosition(SQLException e) {
        if (!(e instanceof BatchUpdateException b) || b.getUpdateCounts() == null) {
            return -1;
        }
        Matcher entry = BATCH_ENTRY.matcher(String.valueOf(e.getMessage()));
        if (entry.find()) {
            return Integer.parseInt(entry.group(1));
        }
        int[] counts = b.getUpdateCounts();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == Statement.EXECUTE_FAILED) {
                return i;
            }
        }
        return counts.length;
    }

    /** A failure of a COPY of {@code table}'s rows. */
    static LoadException copy(Table table, SQLException e) {
        String message = message(e);
        long row = -1;
        // foreign keys are checked when the COPY ends, so its line number would name the last row
        if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
            row = rowWithKey(table, message);
        } else {
            Matcher line = COPY_LINE.matcher(message);
            if (line.find()) {
                row = Long.parseLong(line.group(1)) - 1;
            }
        }
        return new LoadException(table.table(), row, message, e);
    }

    /**
     * A failure of adding a foreign key to {@code table} once its rows are in ({@code sql}): when
     * a row holds a key the referenced table lacks, that row; else what the database said.
     */
    static LoadException foreignKey(Table table, String sql, SQLException e) {
        String message = message(e);
        if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
            return new LoadException(table.table(), rowWithKey(table, message), message, e);
        }
        return new LoadException(table.table(), -1, "cannot add a foreign key: " + message + "\n" + sql, e);
    }

    /** A failure outside any row. */
    static LoadException of(Table table, String phase, SQLException e) {
        return new LoadException(table.table(), -1, phase + message(e), e);
    }

    /** What the database said: for a batch, the first chained exception, which carries the server's message. */
    static String message(SQLException e) {
        SQLException next = e.getNextException();
        String message = next != null && next.getMessage() != null ? next.getMessage() : e.getMessage();
        return message == null ? e.toString() : message;
    }

    /** The first row whose column named in a foreign-key error holds the value the error quotes. */
    private static long rowWithKey(Table table, String message) {
        Matcher m = MISSING_KEY.matcher(message);
        if (!m.find() || m.group(1).contains(",")) {
            return -1;
        }
        String column = m.group(1).trim();
        String value = m.group(2);
        FieldModel<?> field = null;
        for (int f = 0; f < table.fields().size(); f++) {
            String name = table.columns().get(f);
            if (name.equals(column) || name.equals(Names.quoted(column))) {
                field = table.fields().get(f);
            }
        }
        if (field == null) {
            return -1;
        }
        Iterator<?> records = table.rows().stream().iterator();
        for (long index = 0; records.hasNext(); index++) {
            if (value.equals(Columns.text(Columns.value(field, records.next())))) {
                return index;
            }
        }
        return -1;
    }
}
