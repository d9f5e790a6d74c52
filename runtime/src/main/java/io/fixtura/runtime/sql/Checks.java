package io.fixtura.runtime.sql;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.values.TimeBound;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The CHECK conditions a database can enforce for one column: number ranges, string lengths, the
 * constants of an enum, fixed time bounds. Bounds relative to the reference time ("now-30d") are
 * left out: they would hold only on the day the data was made.
 */
final class Checks {

    private static final Set<Class<?>> TIMES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, OffsetDateTime.class, ZonedDateTime.class, Duration.class);

    private Checks() {
    }

    /** The conditions on {@code field}, whose column is spelled {@code column}; each is one CHECK. */
    static List<String> of(FieldModel<?> field, String column, SqlDialect dialect) {
        Set<String> checks = new LinkedHashSet<>();
        for (Constraint constraint : field.constraints()) {
            if (constraint instanceof Constraint.NumberRange r && ColumnTypes.isNumeric(field.sqlType())) {
                numberRange(r, column, checks);
            } else if (constraint instanceof Constraint.Size s && ColumnTypes.isText(field.sqlType())
                    && CharSequence.class.isAssignableFrom(field.javaType())) {
                size(s, column, checks);
            } else if (constraint instanceof Constraint.TimeRange t && TIMES.contains(field.javaType())) {
                timeRange(t, field, column, dialect, checks);
            } else if (constraint instanceof Constraint.Presence p && !p.name().equals("NotNull")
                    && ColumnTypes.isText(field.sqlType()) && CharSequence.class.isAssignableFrom(field.javaType())) {
                // NotEmpty: at least one character; NotBlank: at least one that TRIM keeps, as Bean Validation trims
                checks.add("CHAR_LENGTH(" + (p.name().equals("NotBlank") ? "TRIM(" + column + ")" : column) + ") > 0");
            }
        }
        if (field.javaType().isEnum() && field.javaType().getEnumConstants().length > 0
                && ColumnTypes.isText(field.sqlType())) {
            checks.add(enumConstants(field.javaType(), column, dialect));
        }
        if (dialect == SqlDialect.POSTGRESQL && field.sqlType() != null && field.sqlType().name().equals("VARBINARY")
                && field.sqlType().length() > 0) {
            // BYTEA has no length of its own
            checks.add("OCTET_LENGTH(" + column + ") <= " + field.sqlType().length());
        }
        return new ArrayList<>(checks);
    }

    private static void numberRange(Constraint.NumberRange r, String column, Set<String> checks) {
        if (r.min() != null) {
            checks.add(column + (r.minInclusive() ? " >= " : " > ") + r.min().toPlainString());
        }
        if (r.max() != null) {
            checks.add(column + (r.maxInclusive() ? " <= " : " < ") + r.max().toPlainString());
        }
    }

    private static void size(Constraint.Size s, String column, Set<String> checks) {
        if (s.max() < Integer.MAX_VALUE) {
            checks.add("CHAR_LENGTH(" + column + ") BETWEEN " + Math.max(0, s.min()) + " AND " + s.max());
        } else if (s.min() > 0) {
            checks.add("CHAR_LENGTH(" + column + ") >= " + s.min());
        }
    }

    private static void timeRange(Constraint.TimeRange t, FieldModel<?> field, String column, SqlDialect dialect,
            Set<String> checks) {
        if (t.min() != null && !t.min().isRelative()) {
            checks.add(column + " >= " + bound(t.min(), field, dialect));
        }
        if (t.max() != null && !t.max().isRelative()) {
            checks.add(column + " <= " + bound(t.max(), field, dialect));
        }
    }

    private static String bound(TimeBound bound, FieldModel<?> field, SqlDialect dialect) {
        // the reference time does not matter for an absolute bound
        Object value = bound.resolve(field.javaType(), Instant.EPOCH);
        return SqlLiterals.of(Columns.column(field, value), dialect);
    }

    private static String enumConstants(Class<?> type, String column, SqlDialect dialect) {
        StringBuilder in = new StringBuilder(column).append(" IN (");
        Object[] constants = type.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
            in.append(i == 0 ? "" : ", ").append(SqlLiterals.string(((Enum<?>) constants[i]).name(), dialect));
        }
        return in.append(')').toString();
    }
}
