package io.fixtura.runtime.sql;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.LoadException;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.Columns;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * Writes a table's rows through batched prepared statements: INSERTs (references closing a cycle
 * bound null), their values made on another thread ({@link Pipeline}), and the second pass's UPDATEs
 * by key. Values are bound as {@link Columns} makes them, with the column's JDBC type.
 */
final class Batches {

    /** Rows per JDBC batch. */
    static final int BATCH = 1_000;
    /** Batches made ahead of the inserts. */
    private static final int AHEAD = 4;

    private Batches() {
    }

    /** Starts making the column values of {@code tables}' rows, a few batches ahead of {@link #insert}. */
    static Pipeline<Chunk> start(List<Table> tables) {
        return Pipeline.start(tables, new Values(tables), AHEAD);
    }

    /** Inserts every row of table {@code t} as {@code rows} makes them; returns how many. */
    static long insert(Connection connection, Table table, int t, Pipeline<Chunk> rows, SqlDialect dialect) {
        String sql = "INSERT INTO " + table.name() + " " + table.columnList() + " VALUES ("
                + String.join(", ", Collections.nCopies(table.fields().size(), "?")) + ")";
        List<FieldModel<?>> fields = table.fields();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            Batch batch = new Batch(insert, table, "");
            for (Chunk chunk = rows.next(t); chunk != null; chunk = rows.next(t)) {
                for (int r = 0; r < chunk.values().size(); r++) {
                    Object[] values = chunk.values().get(r);
                    long index = chunk.first() + r;
                    for (int f = 0; f < fields.size(); f++) {
                        bind(insert, f + 1, values[f], fields.get(f), dialect, table, index);
                    }
                    batch.add(index);
                }
            }
            batch.flush();
            return rows.rows(t);
        } catch (SQLException e) {
            throw Failures.of(table, "", e);
        }
    }

    /** The column values of rows {@code first, first + 1, ...} of a table. */
    record Chunk(long first, List<Object[]> values) {
    }

    /** Makes each row's column values (deferred references null), a batch to a chunk. */
    private record Values(List<Table> tables) implements Pipeline.Format<Chunk> {

        @Override
        public Chunk open(int t, long first) {
            return new Chunk(first, new ArrayList<>(BATCH));
        }

        @Override
        public void add(Chunk chunk, int t, long index, Object record) {
            Table table = tables.get(t);
            List<FieldModel<?>> fields = table.fields();
            Object[] values = new Object[fields.size()];
            for (int f = 0; f < values.length; f++) {
                FieldModel<?> field = fields.get(f);
                values[f] = table.isDeferred(field) ? null : Columns.value(field, record);
            }
            chunk.values().add(values);
        }

        @Override
        public boolean isFull(Chunk chunk) {
            return chunk.values().size() >= BATCH;
        }

        @Override
        public void close(Chunk chunk, int t) {
            // a batch needs no end
        }
    }

    /** Sets the deferred references of every row that has one, by key; returns how many rows were updated. */
    static long update(Connection connection, Table table, SqlDialect dialect) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET ");
        for (int i = 0; i < table.deferred().size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(table.column(table.deferred().get(i))).append(" = ?");
        }
        sql.append(" WHERE ");
        for (int i = 0; i < table.key().size(); i++) {
            sql.append(i == 0 ? "" : " AND ").append(table.column(table.key().get(i))).append(" = ?");
        }
        String phase = "second pass, setting " + table.deferred().stream().map(FieldModel::column).toList() + ": ";
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            Batch batch = new Batch(update, table, phase);
            Iterator<?> records = table.rows().stream().iterator();
            long updated = 0;
            for (long index = 0; records.hasNext(); index++) {
                Object record = records.next();
                if (table.deferred().stream().allMatch(f -> Columns.value(f, record) == null)) {
                    continue;
                }
                int p = 1;
                for (FieldModel<?> field : table.deferred()) {
                    bind(update, p++, Columns.value(field, record), field, dialect, table, index);
                }
                for (FieldModel<?> key : table.key()) {
                    bind(update, p++, Columns.value(key, record), key, dialect, table, index);
                }
                batch.add(index);
                updated++;
            }
            batch.flush();
            return updated;
        } catch (SQLException e) {
            throw Failures.of(table, phase, e);
        }
    }

    /** A statement's pending batch, remembering which row each entry came from to name a failing one. */
    private static final class Batch {
        private final PreparedStatement statement;
        private final Table table;
        private final String phase;
        private final long[] rows = new long[BATCH];
        private int size;

        Batch(PreparedStatement statement, Table table, String phase) {
            this.statement = statement;
            this.table = table;
            this.phase = phase;
        }

        void add(long row) throws SQLException {
            statement.addBatch();
            rows[size++] = row;
            if (size == BATCH) {
                flush();
            }
        }

        void flush() {
            if (size == 0) {
                return;
            }
            try {
                statement.executeBatch();
            } catch (SQLException e) {
                throw Failures.batch(table, phase, java.util.Arrays.copyOf(rows, size), e);
            }
            size = 0;
        }
    }

    /** Binds {@code value} (a column value) as parameter {@code p}. */
    static void bind(PreparedStatement statement, int p, Object value, FieldModel<?> field, SqlDialect dialect,
            Table table, long index) {
        try {
            if (value == null) {
                statement.setNull(p, dialect == SqlDialect.POSTGRESQL ? Types.OTHER : nullType(field));
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(p, bytes);
            } else if (value instanceof BigInteger i) {
                statement.setBigDecimal(p, new BigDecimal(i));
            } else if (value instanceof String s) {
                if (dialect == SqlDialect.POSTGRESQL && Columns.isJson(field)) {
                    statement.setObject(p, s, Types.OTHER);
                } else {
                    statement.setString(p, s);
                }
            } else if (value instanceof UUID || field.sqlType() == null || !isStandard(field.sqlType().jdbcType())) {
                statement.setObject(p, value);
            } else {
                statement.setObject(p, value, field.sqlType().jdbcType().getVendorTypeNumber());
            }
        } catch (SQLException e) {
            throw new LoadException(table.table(), index, "column " + field.column() + ": " + Failures.message(e), e);
        }
    }

    private static int nullType(FieldModel<?> field) {
        return field.sqlType() == null || !isStandard(field.sqlType().jdbcType()) ? Types.NULL
                : field.sqlType().jdbcType().getVendorTypeNumber();
    }

    private static boolean isStandard(JDBCType type) {
        return switch (type) {
            case OTHER, JAVA_OBJECT, DISTINCT, STRUCT, ARRAY, REF, DATALINK, ROWID, SQLXML, REF_CURSOR, NULL -> false;
            default -> true;
        };
    }
}
