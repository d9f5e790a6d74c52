package io.fixtura.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What validating a dataset found: per entity, field and constraint how many records break it,
 * and the first offending records of each (entity, record index, field, value, message). Counts are
 * complete; the offenders listed are capped per entity, field and constraint so a badly broken
 * dataset of millions still gives a short report. Immutable.
 *
 * <pre>{@code ValidationReport r = ds.validate(); if (!r.isValid()) throw new AssertionError(r);}</pre>
 */
public final class ValidationReport {

    /** How many records of {@code entity} break {@code constraint} on {@code field}. */
    public record Count(String entity, String field, String constraint, long records) {

        @Override
        public String toString() {
            return entity + "." + field + " @" + constraint + ": " + records + " record" + (records == 1 ? "" : "s");
        }
    }

    private final Map<String, Long> checked;
    private final List<Count> counts;
    private final List<DatasetViolation> violations;

    private ValidationReport(Map<String, Long> checked, List<Count> counts, List<DatasetViolation> violations) {
        this.checked = checked;
        this.counts = counts;
        this.violations = violations;
    }

    /**
     * A report: how many records of each entity were checked (in the order checked), the counts
     * per entity, field and constraint, and the offending records kept as examples.
     */
    public static ValidationReport of(Map<String, Long> checked, List<Count> counts,
            List<DatasetViolation> violations) {
        return new ValidationReport(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checked)),
                List.copyOf(counts), List.copyOf(violations));
    }

    /** Whether no record breaks any constraint. */
    public boolean isValid() {
        return counts.isEmpty();
    }

    /**
     * The first offending records, in the order found (entities in dataset order, records in index
     * order), at most a fixed number per entity, field and constraint.
     */
    public List<DatasetViolation> violations() {
        return violations;
    }

    /** Per entity, field and constraint broken: how many records break it, in the order first found. */
    public List<Count> counts() {
        return counts;
    }

    /** How many records of {@code entity} (simple name) break {@code constraint} on {@code field}; 0 if none. */
    public long count(String entity, String field, String constraint) {
        for (Count c : counts) {
            if (c.entity().equals(entity) && c.field().equals(field) && c.constraint().equals(constraint)) {
                return c.records();
            }
        }
        return 0;
    }

    /** The sum of all counts: how many (record, field, constraint) findings there are. */
    public long total() {
        return counts.stream().mapToLong(Count::records).sum();
    }

    /** How many records of each entity (simple name) were checked, in dataset order. */
    public Map<String, Long> checked() {
        return checked;
    }

    /** A summary line per count, then the first offending records. */
    @Override
    public String toString() {
        long records = checked.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder();
        out.append(isValid() ? "valid" : "invalid").append(": checked ").append(records).append(" records of ")
                .append(checked.size()).append(checked.size() == 1 ? " entity " : " entities ").append(checked);
        if (isValid()) {
            return out.toString();
        }
        out.append(", ").append(total()).append(total() == 1 ? " violation" : " violations");
        for (Count c : counts) {
            out.append("\n  ").append(c);
        }
        out.append("\nfirst offending records:");
        for (DatasetViolation v : violations) {
            out.append("\n  ").append(v);
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport r && checked.equals(r.checked) && counts.equals(r.counts)
                && violations.equals(r.violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(checked, counts, violations);
    }
}
