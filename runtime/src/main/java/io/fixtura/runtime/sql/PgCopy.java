package io.fixtura.runtime.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads tables into PostgreSQL with {@code COPY ... FROM STDIN}, in the binary format where every
 * column's type has one here ({@link PgType}), else in text. The rows are made on another thread
 * ({@link Pipeline}) while this one streams them to the server. The only class that touches PgJDBC,
 * so H2 users never load it.
 */
final class PgCopy implements AutoCloseable {

    /** Bytes of rows per chunk handed from the making thread to the copying one. */
    private static final int CHUNK = 1 << 17;
    /** Chunks made ahead of the copy: a few megabytes in flight at most. */
    private static final int AHEAD = 16;

    private static final String COLUMN_TYPES = "SELECT a.attname, b.typname FROM pg_catalog.pg_attribute a"
            + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
            + " JOIN pg_catalog.pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END"
            + " WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped";

    private final Connection connection;
    private final List<Table> tables;
    private final Rows format;
    private final Pipeline<CopyBuffer> rows;

    private PgCopy(Connection connection, List<Table> tables, Rows format) {
        this.connection = connection;
        this.tables = tables;
        this.format = format;
        this.rows = Pipeline.start(tables, format, AHEAD);
    }

    /** Starts making the rows of {@code tables} (which exist by now) in the format each is copied in. */
    static PgCopy start(Connection connection, List<Table> tables) throws SQLException {
        List<List<PgType>> types = new ArrayList<>();
        for (Table table : tables) {
            types.add(binaryTypes(connection, table));
        }
        return new PgCopy(connection, tables, new Rows(tables, types));
    }

    /** Copies every row of table {@code t} (deferred references null), in order of the tables; returns how many. */
    long copy(int t) throws SQLException {
        Table table = tables.get(t);
        PGConnection pg = connection.unwrap(PGConnection.class);
        CopyIn copy = pg.getCopyAPI().copyIn("COPY " + table.name() + " " + table.columnList() + " FROM STDIN"
                + (format.isBinary(t) ? " (FORMAT binary)" : ""));
        try {
            for (CopyBuffer chunk = rows.next(t); chunk != null; chunk = rows.next(t)) {
                copy.writeToCopy(chunk.bytes(), 0, chunk.size());
            }
            copy.endCopy();
            return rows.rows(t);
        } catch (SQLException e) {
            throw Failures.copy(table, e);
        } finally {
            if (copy.isActive()) {
                cancel(copy);
            }
        }
    }

    /** Stops making rows, if a failure ended the load early. */
    @Override
    public void close() {
        rows.close();
    }

    /** The types of {@code table}'s columns if all can be written in binary, else null (text COPY). */
    static List<PgType> binaryTypes(Connection connection, Table table) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(COLUMN_TYPES)) {
            query.setString(1, table.name());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        List<PgType> types = new ArrayList<>();
        for (int f = 0; f < table.fields().size(); f++) {
            String typeName = stored.get(storedName(table.columns().get(f)));
            PgType type = typeName == null ? null : PgType.of(typeName);
            if (type == null || !type.accepts(table.fields().get(f).sqlType())) {
                return null;
            }
            types.add(type);
        }
        return types;
    }

    /** The name PostgreSQL stores for a column spelled {@code spelled}: quoted as it is, plain folded to lower case. */
    private static String storedName(String spelled) {
        if (spelled.startsWith("\"")) {
            return spelled.substring(1, spelled.length() - 1).replace("\"\"", "\"");
        }
        return spelled.toLowerCase(java.util.Locale.ROOT);
    }

    private static void cancel(CopyIn copy) {
        try {
            copy.cancelCopy();
        } catch (SQLException e) {
            // the failure that stopped the copy is the one to report; the transaction is rolled back anyway
        }
    }

    /** Rows as COPY reads them: binary where the table's types allow, else text lines. */
    private static final class Rows implements Pipeline.Format<CopyBuffer> {
        private final List<Table> tables;
        private final List<List<PgType>> types;
        private final StringBuilder line = new StringBuilder(256);

        Rows(List<Table> tables, List<List<PgType>> types) {
            this.tables = tables;
            this.types = types;
        }

        boolean isBinary(int t) {
            return types.get(t) != null;
        }

        @Override
        public CopyBuffer open(int t, long first) {
            CopyBuffer chunk = new CopyBuffer(CHUNK + (CHUNK >> 3));
            if (first == 0 && isBinary(t)) {
                CopyBinary.header(chunk);
            }
            return chunk;
        }

        @Override
        public void add(CopyBuffer chunk, int t, long index, Object record) {
            if (isBinary(t)) {
                CopyBinary.append(tables.get(t), types.get(t), index, record, chunk);
            } else {
                line.setLength(0);
                CopyText.append(tables.get(t), index, record, line);
                chunk.putUtf8(line); // CopyText has refused what UTF-8 cannot encode
            }
        }

        @Override
        public boolean isFull(CopyBuffer chunk) {
            return chunk.size() >= CHUNK;
        }

        @Override
        public void close(CopyBuffer chunk, int t) {
            if (isBinary(t)) {
                CopyBinary.trailer(chunk);
            }
        }
    }
}
