package io.fixtura.runtime.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.dataset.EntityRows;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads a table back in key order and puts both it and the dataset's column values in one
 * comparable form (decimals without trailing zeros, instants, hex bytes, parsed JSON), so a test
 * can assert that what the database holds equals what {@link Columns} made.
 */
final class Readback {

    private Readback() {
    }

    /** The rows of {@code rows}' table, read from the database. */
    static List<List<Object>> actual(DataSource dataSource, EntityRows<?> rows, SqlDialect dialect)
            throws SQLException {
        EntityModel<?> model = rows.model();
        List<String> columns = new ArrayList<>();
        model.fields().forEach(f -> columns.add(Names.of(f.column(), dialect)));
        List<String> order = new ArrayList<>();
        model.key().forEach(k -> order.add(Names.of(model.field(k).column(), dialect)));
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + Names.of(model.table(), dialect)
                + " ORDER BY " + String.join(", ", order);
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < model.fields().size(); i++) {
                    row.add(normalize(read(rs, i + 1, model.fields().get(i)), model.fields().get(i)));
                }
                out.add(row);
            }
        }
        return out;
    }

    /** The rows of {@code rows} as the dataset makes them, in key order (the records' order here). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<List<Object>> expected(EntityRows<?> rows) {
        List<List<Object>> out = new ArrayList<>();
        rows.stream().forEach(record -> {
            List<Object> row = new ArrayList<>();
            for (FieldModel field : rows.model().fields()) {
                row.add(normalize(Columns.value(field, record), field));
            }
            out.add(row);
        });
        return out;
    }

    private static Object read(ResultSet rs, int i, FieldModel<?> field) throws SQLException {
        Object value = switch (field.sqlType().jdbcType()) {
            case TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
            case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIME -> rs.getObject(i, LocalTime.class);
            case VARBINARY, BINARY, LONGVARBINARY, BLOB -> rs.getBytes(i);
            case CHAR, VARCHAR, LONGVARCHAR, CLOB -> rs.getString(i);
            default -> field.sqlType().name().equals("UUID") ? rs.getObject(i, UUID.class)
                    : Columns.isJson(field) ? rs.getString(i) : rs.getObject(i);
        };
        return rs.wasNull() ? null : value;
    }

    private static Object normalize(Object value, FieldModel<?> field) {
        if (value == null) {
            return null;
        }
        if (Columns.isJson(field)) {
            try {
                return Columns.mapper().readTree(value.toString());
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + value, e);
            }
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros();
        }
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value;
    }
}
