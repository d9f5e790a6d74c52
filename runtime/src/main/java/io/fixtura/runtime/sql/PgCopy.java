package io.fixtura.runtime.sql;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads a table into PostgreSQL with {@code COPY ... FROM STDIN} (text format), streaming rows in
 * chunks so memory stays flat however large the table. The only class that touches PgJDBC, so H2
 * users never load it.
 */
final class PgCopy {

    /** Characters of rows collected before they are sent. */
    private static final int CHUNK = 1 << 16;

    private PgCopy() {
    }

    /** Copies every row of {@code table} (deferred references null); returns how many. */
    static long copy(Connection connection, Table table) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        CopyIn copy = pg.getCopyAPI().copyIn("COPY " + table.name() + " " + table.columnList()
                + " FROM STDIN");
        try {
            StringBuilder chunk = new StringBuilder(CHUNK + 1024);
            Iterator<?> records = table.rows().stream().iterator();
            long index = 0;
            for (; records.hasNext(); index++) {
                CopyText.append(table, index, records.next(), chunk);
                if (chunk.length() >= CHUNK) {
                    send(copy, chunk);
                }
            }
            send(copy, chunk);
            copy.endCopy();
            return index;
        } catch (SQLException e) {
            throw Failures.copy(table, e);
        } finally {
            if (copy.isActive()) {
                cancel(copy);
            }
        }
    }

    private static void send(CopyIn copy, StringBuilder chunk) throws SQLException {
        if (chunk.length() == 0) {
            return;
        }
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    private static void cancel(CopyIn copy) {
        try {
            copy.cancelCopy();
        } catch (SQLException e) {
            // the failure that stopped the copy is the one to report; the transaction is rolled back anyway
        }
    }
}
