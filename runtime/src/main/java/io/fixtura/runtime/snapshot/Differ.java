package io.fixtura.runtime.snapshot;

import io.fixtura.runtime.SnapshotDiff;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares one table's rows in two snapshots by key. Values are compared as read back from JSON
 * with numbers by value ({@code 1.50} equals {@code 1.5}); a table without a key is compared by
 * whole rows, so it has additions and removals but no changes.
 */
public final class Differ {

    private Differ() {
    }

    /** The differences of {@code table} from {@code before} to {@code after}, each list in record order. */
    public static SnapshotDiff.TableDiff table(String table, List<String> keyColumns, List<Map<String, Object>> before,
            List<Map<String, Object>> after) {
        Map<List<Object>, Deque<Map<String, Object>>> earlier = new HashMap<>();
        for (Map<String, Object> row : before) {
            earlier.computeIfAbsent(normalizedKey(keyColumns, row), k -> new ArrayDeque<>()).add(row);
        }
        List<List<Object>> added = new ArrayList<>();
        List<SnapshotDiff.Change> changed = new ArrayList<>();
        Set<Map<String, Object>> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Map<String, Object> row : after) {
            Deque<Map<String, Object>> same = earlier.get(normalizedKey(keyColumns, row));
            Map<String, Object> old = same == null ? null : same.poll();
            if (old == null) {
                added.add(key(keyColumns, row));
                continue;
            }
            matched.add(old);
            List<String> columns = changedColumns(old, row);
            if (!columns.isEmpty()) {
                changed.add(new SnapshotDiff.Change(key(keyColumns, row), columns));
            }
        }
        List<List<Object>> removed = new ArrayList<>();
        for (Map<String, Object> row : before) {
            if (!matched.contains(row)) {
                removed.add(key(keyColumns, row));
            }
        }
        return new SnapshotDiff.TableDiff(table, keyColumns, added, removed, changed);
    }

    private static List<Object> key(List<String> keyColumns, Map<String, Object> row) {
        if (keyColumns.isEmpty()) {
            return new ArrayList<>(row.values());
        }
        List<Object> key = new ArrayList<>(keyColumns.size());
        for (String column : keyColumns) {
            key.add(row.get(column));
        }
        return key;
    }

    private static List<Object> normalizedKey(List<String> keyColumns, Map<String, Object> row) {
        List<Object> key = key(keyColumns, row);
        key.replaceAll(Differ::normalized);
        return key;
    }

    private static List<String> changedColumns(Map<String, Object> before, Map<String, Object> after) {
        Set<String> columns = new LinkedHashSet<>(after.keySet());
        columns.addAll(before.keySet());
        List<String> changed = new ArrayList<>();
        for (String column : columns) {
            if (before.containsKey(column) != after.containsKey(column)
                    || !Objects.equals(normalized(before.get(column)), normalized(after.get(column)))) {
                changed.add(column);
            }
        }
        return changed;
    }

    /** A form whose equals compares numbers by value, inside lists and objects too. */
    static Object normalized(Object value) {
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return normalized(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigInteger i) {
            return normalized(new BigDecimal(i));
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? normalized(new BigDecimal(Double.toString(d))) : value;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Differ::normalized).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, normalized(v)));
            return out;
        }
        return value;
    }
}
