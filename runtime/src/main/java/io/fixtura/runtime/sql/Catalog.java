package io.fixtura.runtime.sql;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.LoadException;
import io.fixtura.runtime.SqlDialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a connection's database holds, read from {@link DatabaseMetaData}: its dialect, the tables
 * of the current schema, their columns. Tables that already exist are written under the names the
 * database stores (so tables a user created with other quoting still match); new ones as Fixtura
 * spells them.
 */
final class Catalog implements Spelling {

    private final Connection connection;
    private final SqlDialect dialect;
    private final boolean upperCase;
    private final Map<String, String> existing = new HashMap<>();
    private final Map<String, Map<String, String>> existingColumns = new HashMap<>();

    private Catalog(Connection connection, SqlDialect dialect, boolean upperCase) {
        this.connection = connection;
        this.dialect = dialect;
        this.upperCase = upperCase;
    }

    /** Reads the dialect of {@code connection}'s database and which of {@code models}' tables exist. */
    static Catalog of(Connection connection, List<EntityModel<?>> models) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName();
        SqlDialect dialect;
        if (product.toLowerCase(Locale.ROOT).contains("postgres")) {
            dialect = SqlDialect.POSTGRESQL;
        } else if (product.equalsIgnoreCase("H2")) {
            dialect = SqlDialect.H2;
        } else {
            throw new LoadException(null, -1, "Fixtura loads into H2 and PostgreSQL; this DataSource is "
                    + product, null);
        }
        Catalog catalog = new Catalog(connection, dialect, meta.storesUpperCaseIdentifiers());
        List<String> tables = catalog.tables();
        for (EntityModel<?> model : models) {
            String stored = catalog.match(model.table(), tables);
            if (stored != null) {
                catalog.existing.put(model.table(), stored);
                Map<String, String> columns = new HashMap<>();
                List<String> present = catalog.columns(stored);
                for (var field : model.fields()) {
                    String column = catalog.match(field.column(), present);
                    if (column == null) {
                        throw new LoadException(model.table(), -1, "the table exists but has no column "
                                + field.column() + " (field " + field.name() + "); its columns are " + present, null);
                    }
                    columns.put(field.column(), column);
                }
                catalog.existingColumns.put(model.table(), columns);
            }
        }
        return catalog;
    }

    SqlDialect dialect() {
        return dialect;
    }

    /** Whether the table of this name was there before the load. */
    boolean exists(String table) {
        return existing.containsKey(table);
    }

    @Override
    public String table(String table) {
        String stored = existing.get(table);
        return stored == null ? Names.of(table, dialect) : spell(table, stored);
    }

    @Override
    public String column(String table, String column) {
        Map<String, String> columns = existingColumns.get(table);
        String stored = columns == null ? null : columns.get(column);
        return stored == null ? Names.of(column, dialect) : spell(column, stored);
    }

    /** Drops those of {@code created} (tables this load made) that the rollback left behind, newest first. */
    void dropLeftovers(List<String> created) throws SQLException {
        List<String> tables = tables();
        List<String> reversed = new ArrayList<>(created);
        java.util.Collections.reverse(reversed);
        boolean dropped = false;
        try (Statement statement = connection.createStatement()) {
            for (String table : reversed) {
                if (match(table, tables) != null) {
                    statement.execute("DROP TABLE " + Names.of(table, dialect) + " CASCADE");
                    dropped = true;
                }
            }
        }
        if (dropped && !connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /** A plain name when the database reads it as the stored one, else the stored name quoted. */
    private String spell(String name, String stored) {
        return Names.stored(name, dialect, upperCase).equals(stored) ? Names.of(name, dialect) : Names.quoted(stored);
    }

    /** The stored name {@code name} refers to: the one it folds to, else one equal ignoring case. */
    private String match(String name, List<String> stored) {
        String folded = Names.stored(name, dialect, upperCase);
        if (stored.contains(folded)) {
            return folded;
        }
        return stored.stream().filter(s -> s.equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private List<String> tables() throws SQLException {
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
        return tables;
    }

    private List<String> columns(String storedTable) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(),
                escape(storedTable, meta.getSearchStringEscape()), "%")) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equals(storedTable)) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    private static String escape(String name, String escape) {
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
