package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.dataset.Columns;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Copies one entity's table from one connection to another row by row: a forward-only SELECT of the
 * model's columns read {@value #BATCH} rows at a time, batched INSERTs of {@value #BATCH} rows.
 * Columns that are not rewritten pass through {@code getObject}/{@code setObject} untouched.
 * Transactions are the caller's.
 */
final class TableCopier {

    /** Rows per fetch and per INSERT batch. */
    static final int BATCH = 1_000;

    private TableCopier() {
    }

    /**
     * Copies {@code rules}' table in {@code from} into {@code targetTable} in {@code to}; returns the
     * rows copied. Every failure is an {@link AnonymizationException} naming the table.
     */
    static long copy(RowRules rules, Connection from, Connection to, String targetTable) {
        String sourceTable = rules.model().table();
        String name = sourceTable.equals(targetTable) ? "table " + sourceTable : "table " + sourceTable + " -> "
                + targetTable;
        try {
            return copy(rules, from, to, targetTable, name);
        } catch (SQLException e) {
            throw new AnonymizationException(name + ": " + e.getMessage(), e);
        }
    }

    private static long copy(RowRules rules, Connection from, Connection to, String targetTable, String name)
            throws SQLException {
        String sourceTable = rules.model().table();
        List<String> columns = rules.model().fields().stream().map(FieldModel::column).toList();
        String source = stored(from, sourceTable, name, "source");
        String target = stored(to, targetTable, name, "target");
        String select = "SELECT " + spelled(from, source, columns, "source", name) + " FROM " + quoted(source);
        String insert = "INSERT INTO " + quoted(target) + " (" + spelled(to, target, columns, "target", name)
                + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        boolean postgres = isPostgres(to);
        try (PreparedStatement read = from.prepareStatement(select, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY); PreparedStatement write = to.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery()) {
                // the types nulls are bound as: PostgreSQL takes an untyped null as the column's type
                int[] types = new int[columns.size()];
                for (int c = 0; c < types.length; c++) {
                    types[c] = postgres ? Types.OTHER : rows.getMetaData().getColumnType(c + 1);
                }
                long row = 0;
                int pending = 0;
                while (rows.next()) {
                    row++;
                    for (int f = 0; f < types.length; f++) {
                        Object value = rules.rewrites(f) ? rewrite(rules, f, rows, name, row) : rows.getObject(f + 1);
                        bind(write, f + 1, value, rules.field(f), postgres, types[f], !rules.rewrites(f));
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        execute(write, name, row - pending + 1, row);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    execute(write, name, row - pending + 1, row);
                }
                return row;
            }
        }
    }

    private static Object rewrite(RowRules rules, int field, ResultSet rows, String name, long row) {
        try {
            return rules.rewrite(field, ColumnValues.fromJdbc(rules.field(field), rows, field + 1));
        } catch (AnonymizationException e) {
            throw RowRules.located(name + ", row " + row + ", column " + rules.field(field).column(), e);
        }
    }

    /** Binds a column value: copied ones as the driver read them, rewritten ones as the JDBC loader binds them. */
    private static void bind(PreparedStatement insert, int p, Object value, FieldModel<?> field, boolean postgres,
            int nullType, boolean copied) throws SQLException {
        if (value == null) {
            insert.setNull(p, nullType);
        } else if (copied) {
            insert.setObject(p, value);
        } else if (value instanceof String s && postgres && Columns.isJson(field)) {
            insert.setObject(p, s, Types.OTHER);
        } else if (value instanceof String s) {
            insert.setString(p, s);
        } else if (value instanceof BigInteger i) {
            insert.setBigDecimal(p, new BigDecimal(i));
        } else if (value instanceof byte[] bytes) {
            insert.setBytes(p, bytes);
        } else {
            insert.setObject(p, value);
        }
    }

    private static void execute(PreparedStatement insert, String name, long first, long last) {
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            // PostgreSQL reports the cause of a failed batch in the next exception
            SQLException next = e.getNextException();
            String message = e.getMessage() + (next == null ? "" : "; " + next.getMessage());
            throw new AnonymizationException(name + ", rows " + first + "-" + last + ": the target database refused"
                    + " the batch: " + message, e);
        }
    }

    /** The columns as the database stores them in {@code storedTable}, each quoted, comma-separated. */
    private static String spelled(Connection connection, String storedTable, List<String> columns, String side,
            String name) throws SQLException {
        List<String> present = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), storedTable, "%")) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equals(storedTable)) {
                    present.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        List<String> spelled = new ArrayList<>();
        for (String column : columns) {
            String match = match(meta, column, present);
            if (match == null) {
                throw new AnonymizationException(name + ": the " + side + " table " + storedTable + " has no column "
                        + column + "; its columns are " + present);
            }
            spelled.add(quoted(match));
        }
        return spelled.stream().collect(Collectors.joining(", "));
    }

    /**
     * The name the database stores for {@code table} in the connection's current schema: as given,
     * else folded as the database folds unquoted names, else equal ignoring case. Statements quote
     * it, so a table created quoted or unquoted, under a keyword or not, is found alike.
     */
    private static String stored(Connection connection, String table, String name, String side)
            throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                null)) {
            while (rs.next()) {
                String type = String.valueOf(rs.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
                if (type.contains("TABLE") && !type.startsWith("SYSTEM")) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        String match = match(connection.getMetaData(), table, tables);
        if (match == null) {
            throw new AnonymizationException(name + ": the " + side + " database has no table " + table
                    + " in schema " + connection.getSchema() + " (it must exist; create it first)");
        }
        return match;
    }

    private static String match(DatabaseMetaData meta, String name, List<String> stored) throws SQLException {
        if (stored.contains(name)) {
            return name;
        }
        String folded = meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT)
                : meta.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
        if (stored.contains(folded)) {
            return folded;
        }
        return stored.stream().filter(s -> s.equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
