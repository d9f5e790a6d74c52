package io.fixtura.runtime;

import java.util.List;
import java.util.Locale;

/**
 * What a load did: per table the rows written and the time taken, in load order.
 *
 * <pre>{@code LoadReport report = ds.loadInto(dataSource); System.out.println(report);}</pre>
 *
 * @param tables one entry per table, in the order they were loaded
 * @param millis the whole load's wall time, table creation and second-pass updates included
 */
public record LoadReport(List<TableLoad> tables, long millis) {

    public LoadReport {
        tables = List.copyOf(tables);
    }

    /** One table's part of a load. */
    public record TableLoad(String table, long rows, long millis) {

        /** Rows written per second of this table's time. */
        public double rowsPerSecond() {
            return perSecond(rows, millis);
        }
    }

    /** Rows written to all tables. */
    public long totalRows() {
        return tables.stream().mapToLong(TableLoad::rows).sum();
    }

    /** Rows written per second of the whole load. */
    public double rowsPerSecond() {
        return perSecond(totalRows(), millis);
    }

    /** The rows of {@code table}, or 0 if it was not loaded. */
    public long rows(String table) {
        return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableLoad::rows).sum();
    }

    private static double perSecond(long rows, long millis) {
        return rows * 1000.0 / Math.max(1, millis);
    }

    /** One line per table ({@code orders  30000 rows  412 ms  72816 rows/s}), then the total. */
    @Override
    public String toString() {
        int width = Math.max(5, tables.stream().mapToInt(t -> t.table().length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        for (TableLoad t : tables) {
            out.append(line(width, t.table(), t.rows(), t.millis(), t.rowsPerSecond())).append('\n');
        }
        return out.append(line(width, "total", totalRows(), millis, rowsPerSecond())).toString();
    }

    private static String line(int width, String name, long rows, long millis, double perSecond) {
        return String.format(Locale.ROOT, "%-" + width + "s %10d rows %8d ms %10.0f rows/s", name, rows, millis,
                perSecond);
    }
}
