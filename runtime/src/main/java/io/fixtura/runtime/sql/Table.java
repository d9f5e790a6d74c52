package io.fixtura.runtime.sql;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.dataset.EntityRows;
import java.util.ArrayList;
import java.util.List;

/**
 * One entity as the SQL sinks write it: its table and columns spelled for the target, the fields
 * filled in a second pass (written null, then updated by key) and the key that update finds rows by.
 */
record Table(EntityRows<?> rows, String name, List<FieldModel<?>> fields, List<String> columns,
        List<FieldModel<?>> deferred, List<FieldModel<?>> key) {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Table of(EntityRows<?> rows, Spelling spelling) {
        EntityModel<?> model = rows.model();
        List<FieldModel<?>> fields = new ArrayList<>((List) model.fields());
        List<String> columns = new ArrayList<>();
        List<FieldModel<?>> deferred = new ArrayList<>();
        for (FieldModel<?> field : fields) {
            columns.add(spelling.column(model.table(), field.column()));
            if (rows.deferredFields().contains(field.name())) {
                deferred.add(field);
            }
        }
        List<FieldModel<?>> key = new ArrayList<>();
        model.key().forEach(k -> key.add(model.field(k)));
        Table table = new Table(rows, spelling.table(model.table()), List.copyOf(fields), List.copyOf(columns),
                List.copyOf(deferred), List.copyOf(key));
        if (!deferred.isEmpty() && key.isEmpty()) {
            throw new IllegalArgumentException("table " + model.table() + " has no key, so its "
                    + deferred.stream().map(FieldModel::name).toList() + " (written null first, as they close a cycle"
                    + " of references) cannot be filled in afterwards; give " + model.type().getSimpleName()
                    + " a key (@Id or @TestEntity(key = ...))");
        }
        return table;
    }

    /**
     * This table for a PostgreSQL COPY: one without foreign keys while its rows are copied (a new
     * table gets them last, an existing one may have them lifted) takes every reference in the
     * first pass; one that keeps a foreign key ({@code checked}) still defers those to tables
     * loaded after it, but not those to itself, which its foreign keys check when the COPY ends.
     */
    Table forCopy(boolean checked) {
        List<FieldModel<?>> later = checked ? deferred.stream()
                .filter(f -> f.reference() == null || !f.reference().targetTable().equals(rows.model().table()))
                .toList() : List.of();
        return new Table(rows, name, fields, columns, later, key);
    }

    /** The table's name as the model gives it, for messages. */
    String table() {
        return rows.model().table();
    }

    /** {@code (a, b, c)}: the columns an insert lists. */
    String columnList() {
        return "(" + String.join(", ", columns) + ")";
    }

    boolean isDeferred(FieldModel<?> field) {
        return deferred.contains(field);
    }

    /** The spelled column of {@code field}. */
    String column(FieldModel<?> field) {
        return columns.get(fields.indexOf(field));
    }
}
