package io.fixtura.runtime;

/**
 * Loading a dataset into a database failed and was rolled back: the message names the table, the
 * row index (when the failing row is known) and what the database said.
 *
 * <pre>{@code try { ds.loadInto(dataSource); } catch (LoadException e) { log(e.table(), e.rowIndex()); }}</pre>
 */
public class LoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String table;
    private final long rowIndex;

    /**
     * A failure at row {@code rowIndex} (0-based, in the entity's index order; -1 when not known)
     * of {@code table}; {@code table} may be null when the failure concerns no single table.
     */
    public LoadException(String table, long rowIndex, String message, Throwable cause) {
        super(message(table, rowIndex, message), cause);
        this.table = table;
        this.rowIndex = rowIndex;
    }

    /** The table being loaded when it failed, or null. */
    public String table() {
        return table;
    }

    /** The index of the failing row in its entity, or -1 when the database did not tell. */
    public long rowIndex() {
        return rowIndex;
    }

    private static String message(String table, long rowIndex, String message) {
        if (table == null) {
            return message;
        }
        return "table " + table + (rowIndex >= 0 ? ", row " + rowIndex : "") + ": " + message;
    }
}
