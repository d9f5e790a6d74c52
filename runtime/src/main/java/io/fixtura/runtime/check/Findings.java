package io.fixtura.runtime.check;

import io.fixtura.runtime.DatasetViolation;
import io.fixtura.runtime.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what validation finds: a count per entity, field and constraint (each record counted
 * once), and the first offending records of each, up to a cap, so memory does not grow with the
 * number of violations.
 */
final class Findings {

    private final int examplesPerConstraint;
    private final Map<String, Long> checked = new LinkedHashMap<>();
    private final Map<List<String>, Tally> tallies = new LinkedHashMap<>();
    private final List<DatasetViolation> examples = new ArrayList<>();

    Findings(int examplesPerConstraint) {
        this.examplesPerConstraint = examplesPerConstraint;
    }

    /** {@code records} records of {@code entity} were checked. */
    void checked(String entity, long records) {
        checked.put(entity, records);
    }

    /** Record {@code index} of {@code entity} breaks {@code constraint} on {@code field}. */
    void add(String entity, long index, String field, String constraint, Object value, String message) {
        Tally tally = tallies.computeIfAbsent(List.of(entity, field, constraint), k -> new Tally());
        if (tally.lastIndex == index) {
            return;
        }
        tally.lastIndex = index;
        tally.records++;
        if (tally.examples < examplesPerConstraint) {
            tally.examples++;
            examples.add(new DatasetViolation(entity, index, field, constraint, value, message));
        }
    }

    ValidationReport report() {
        List<ValidationReport.Count> counts = new ArrayList<>();
        tallies.forEach((k, t) -> counts.add(new ValidationReport.Count(k.get(0), k.get(1), k.get(2), t.records)));
        // late checks (references to records further on) come last; list offenders in dataset order
        List<String> entities = new ArrayList<>(checked.keySet());
        List<DatasetViolation> ordered = new ArrayList<>(examples);
        ordered.sort(Comparator.comparingInt((DatasetViolation v) -> entities.indexOf(v.entity()))
                .thenComparingLong(DatasetViolation::index));
        return ValidationReport.of(checked, counts, ordered);
    }

    private static final class Tally {
        long records;
        long lastIndex = -1;
        int examples;
    }
}
