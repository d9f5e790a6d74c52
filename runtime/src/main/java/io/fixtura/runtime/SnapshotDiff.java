package io.fixtura.runtime;

import java.util.List;

/**
 * What changed from one snapshot to another, per table and by key: records added, removed, and
 * changed (same key, other values, with the columns that differ). {@link #toString()} reads as a
 * short report.
 *
 * <pre>{@code SnapshotDiff d = Snapshot.diff(before, after); System.out.println(d.addedCount() + " added\n" + d);}</pre>
 */
public record SnapshotDiff(String from, String to, List<TableDiff> tables) {

    /** How many keys of each kind {@link #toString()} lists per table before it only counts. */
    private static final int SHOWN = 10;

    public SnapshotDiff {
        tables = List.copyOf(tables);
    }

    /**
     * One table's differences; keys are the key columns' values in order (for a table without a
     * key, the whole row's values). Tables only in the later snapshot have every record added,
     * tables only in the earlier one every record removed.
     */
    public record TableDiff(String table, List<String> keyColumns, List<List<Object>> added,
            List<List<Object>> removed, List<Change> changed) {

        public TableDiff {
            keyColumns = List.copyOf(keyColumns);
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(table).append(": ").append(added.size()).append(" added, ")
                    .append(removed.size()).append(" removed, ").append(changed.size()).append(" changed");
            list(out, "added", added);
            list(out, "removed", removed);
            for (int i = 0; i < Math.min(SHOWN, changed.size()); i++) {
                out.append("\n  changed ").append(changed.get(i));
            }
            more(out, "changed", changed.size());
            return out.toString();
        }

        private static void list(StringBuilder out, String kind, List<List<Object>> keys) {
            for (int i = 0; i < Math.min(SHOWN, keys.size()); i++) {
                out.append("\n  ").append(kind).append(' ').append(keys.get(i));
            }
            more(out, kind, keys.size());
        }

        private static void more(StringBuilder out, String kind, int size) {
            if (size > SHOWN) {
                out.append("\n  ... and ").append(size - SHOWN).append(" more ").append(kind);
            }
        }
    }

    /** A record whose key is in both snapshots but whose {@code columns} hold other values. */
    public record Change(List<Object> key, List<String> columns) {

        public Change {
            key = List.copyOf(key);
            columns = List.copyOf(columns);
        }

        @Override
        public String toString() {
            return key + ": " + String.join(", ", columns);
        }
    }

    /** The differences of {@code table}, or null when neither snapshot has it. */
    public TableDiff table(String table) {
        return tables.stream().filter(t -> t.table().equals(table)).findFirst().orElse(null);
    }

    /** Whether the two snapshots hold the same records. */
    public boolean isEmpty() {
        return tables.stream().allMatch(TableDiff::isEmpty);
    }

    public int addedCount() {
        return tables.stream().mapToInt(t -> t.added().size()).sum();
    }

    public int removedCount() {
        return tables.stream().mapToInt(t -> t.removed().size()).sum();
    }

    public int changedCount() {
        return tables.stream().mapToInt(t -> t.changed().size()).sum();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("'").append(from).append("' -> '").append(to).append("': ")
                .append(addedCount()).append(" added, ").append(removedCount()).append(" removed, ")
                .append(changedCount()).append(" changed");
        for (TableDiff table : tables) {
            out.append('\n').append(table);
        }
        return out.toString();
    }
}
