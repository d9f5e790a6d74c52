package io.fixtura.runtime.check;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Violation;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.dataset.EntityRows;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The checks of one entity of a dataset, run over one stream of its records: the model's field
 * constraints, NOT NULL columns, uniqueness of unique fields, of the key and of groups unique
 * together, and its foreign keys into entities already checked. References to records further on
 * (the entity itself, or a later one through a nullable cycle link) are checked in a second pass.
 */
final class EntityCheck<T> {

    /** A column whose values are collected: to find duplicates ({@code constraint} set), or as a reference target. */
    private record Column<T>(FieldModel<T> field, String constraint, SeenValues seen) {
    }

    /** Fields unique together (a composite key, a unique constraint over several columns). */
    private record Tuple<T>(List<FieldModel<T>> fields, String name, String constraint, SeenValues seen) {
    }

    /** A foreign key: {@code field} holds a value of {@code targetField} of {@code target}. */
    private record Link<T>(FieldModel<T> field, String target, String targetField, SeenValues targets) {
    }

    private final EntityRows<T> rows;
    private final EntityModel<T> model;
    private final String name;
    private final Instant referenceTime;
    private final List<FieldModel<T>> notNull = new ArrayList<>();
    private final List<Column<T>> columns = new ArrayList<>();
    private final List<Tuple<T>> tuples = new ArrayList<>();
    private final List<Link<T>> links = new ArrayList<>();
    private final List<Link<T>> lateLinks = new ArrayList<>();

    private EntityCheck(EntityRows<T> rows, Instant referenceTime) {
        this.rows = rows;
        this.model = rows.model();
        this.name = model.type().getSimpleName();
        this.referenceTime = referenceTime;
    }

    /**
     * The checks of {@code rows}; {@code targeted} names its fields that foreign keys point at, and
     * {@code targets} gives the collected values of a column, shared by the entity's own checks and
     * the foreign keys pointing at it.
     */
    static <T> EntityCheck<T> of(EntityRows<T> rows, Instant referenceTime, Set<String> targeted, Targets targets) {
        EntityCheck<T> check = new EntityCheck<>(rows, referenceTime);
        check.plan(targeted, targets);
        return check;
    }

    /** Where a foreign key's target values are, and whether they are complete by the time it is checked. */
    interface Targets {
        SeenValues values(Class<?> entity, String field);

        /** Whether every record of {@code target} is checked before the records of {@code from}. */
        boolean before(Class<?> target, Class<?> from);
    }

    private void plan(Set<String> targeted, Targets values) {
        List<String> key = model.key();
        for (FieldModel<T> field : model.fields()) {
            if (!field.isNullable() && field.constraints().stream().noneMatch(c -> c.name().equals("NotNull"))) {
                notNull.add(field);
            }
            boolean isKey = key.size() == 1 && key.get(0).equals(field.name());
            String constraint = isKey ? "PrimaryKey" : isUnique(field) ? "Unique" : null;
            if (constraint != null || targeted.contains(field.name())) {
                columns.add(new Column<>(field, constraint, values.values(model.type(), field.name())));
            }
        }
        if (key.size() > 1) {
            tuples.add(tuple(key, "PrimaryKey"));
        }
        for (List<String> group : model.uniqueTogether()) {
            boolean alreadyChecked = group.size() == 1 && columns.stream()
                    .anyMatch(c -> c.field().name().equals(group.get(0)) && c.constraint() != null);
            if (!group.isEmpty() && !group.equals(key) && !alreadyChecked) {
                tuples.add(tuple(group, "Unique"));
            }
        }
        for (io.fixtura.runtime.Reference r : model.references()) {
            Link<T> link = new Link<>(model.field(r.field()), r.target().getSimpleName(), r.targetField(),
                    values.values(r.target(), r.targetField()));
            (values.before(r.target(), model.type()) ? links : lateLinks).add(link);
        }
    }

    private Tuple<T> tuple(List<String> names, String constraint) {
        List<FieldModel<T>> fields = names.stream().map(model::field).toList();
        return new Tuple<>(fields, "(" + String.join(", ", names) + ")", constraint, new SeenValues());
    }

    private static boolean isUnique(FieldModel<?> field) {
        return field.isUnique() || field.constraints().stream().anyMatch(c -> c instanceof Constraint.Unique);
    }

    /** Streams the records once, checking all but the late foreign keys. */
    void run(Findings findings) {
        long index = 0;
        try (Stream<T> records = rows.stream()) {
            for (T record : (Iterable<T>) records::iterator) {
                checkRecord(record, index++, findings);
            }
        }
        findings.checked(name, index);
    }

    /** Streams the records again for the foreign keys into records checked after them, if it has any. */
    void runLate(Findings findings) {
        if (lateLinks.isEmpty()) {
            return;
        }
        long index = 0;
        try (Stream<T> records = rows.stream()) {
            for (T record : (Iterable<T>) records::iterator) {
                for (Link<T> link : lateLinks) {
                    checkLink(link, record, index, findings);
                }
                index++;
            }
        }
    }

    private void checkRecord(T record, long index, Findings findings) {
        for (Violation v : model.validate(record, referenceTime)) {
            findings.add(v.entity(), index, v.field(), v.constraint(), v.value(), v.message());
        }
        for (FieldModel<T> field : notNull) {
            Object value = field.get(record);
            if (value == null || value instanceof Optional<?> o && o.isEmpty()) {
                findings.add(name, index, field.name(), "NotNull", null, "must not be null (column "
                        + field.column() + " is NOT NULL)");
            }
        }
        for (Column<T> column : columns) {
            Object value = field(column.field(), record);
            if (value == null) {
                continue;
            }
            long first = column.seen().add(value, index);
            if (first >= 0 && column.constraint() != null) {
                findings.add(name, index, column.field().name(), column.constraint(), column.field().get(record),
                        duplicate(column.constraint(), first));
            }
        }
        for (Tuple<T> tuple : tuples) {
            checkTuple(tuple, record, index, findings);
        }
        for (Link<T> link : links) {
            checkLink(link, record, index, findings);
        }
    }

    private void checkTuple(Tuple<T> tuple, T record, long index, Findings findings) {
        List<Object> values = new ArrayList<>(tuple.fields().size());
        for (FieldModel<T> field : tuple.fields()) {
            Object value = field(field, record);
            if (value == null) {
                return; // a null part never collides (and a null key part is reported as NOT NULL)
            }
            values.add(value);
        }
        long first = tuple.seen().add(List.copyOf(values), index);
        if (first >= 0) {
            List<Object> raw = new ArrayList<>();
            tuple.fields().forEach(f -> raw.add(f.get(record)));
            findings.add(name, index, tuple.name(), tuple.constraint(), raw, duplicate(tuple.constraint(), first));
        }
    }

    private void checkLink(Link<T> link, T record, long index, Findings findings) {
        Object value = field(link.field(), record);
        if (value != null && !link.targets().contains(value)) {
            findings.add(name, index, link.field().name(), "ForeignKey", link.field().get(record),
                    "references no " + link.target() + " with " + link.targetField() + " = " + value);
        }
    }

    private static String duplicate(String constraint, long first) {
        return (constraint.equals("PrimaryKey") ? "duplicates the key" : "duplicates the value") + " of record "
                + first;
    }

    /**
     * The field's value as the column stores it, in a form whose {@code equals} agrees with the
     * database's: integral numbers as longs, decimals without trailing zeros, bytes by content.
     */
    private static <T> Object field(FieldModel<T> field, T record) {
        Object value = Columns.column(field, field.get(record));
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger i && i.bitLength() < 64) {
            return i.longValue();
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        if (value instanceof Double d && d == 0) {
            return 0.0d;
        }
        if (value instanceof Float f && f == 0) {
            return 0.0f;
        }
        if (value instanceof byte[] bytes) {
            return ByteBuffer.wrap(bytes.clone());
        }
        return value;
    }
}
