package io.fixtura.runtime.check;

import io.fixtura.runtime.Reference;
import io.fixtura.runtime.ValidationReport;
import io.fixtura.runtime.dataset.EntityRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validates a whole dataset as a database with every constraint in force would: each record
 * against its model's field constraints and NOT NULL columns, and across records UNIQUE fields,
 * keys (single or composite), groups unique together and foreign keys. Streams each entity once
 * (a second time only for references to records further on), holding only the values that
 * uniqueness and foreign keys need.
 *
 * <pre>{@code ValidationReport report = DatasetValidator.validate(dataset.rows(), dataset.referenceTime());}</pre>
 */
public final class DatasetValidator {

    /** How many offending records a report lists per entity, field and constraint. */
    public static final int EXAMPLES_PER_CONSTRAINT = 100;

    private DatasetValidator() {
    }

    /**
     * Checks {@code rows} (referenced entities first; self-references and nullable cycle links may
     * point further on), relative ranges taken from {@code referenceTime}.
     */
    public static ValidationReport validate(List<EntityRows<?>> rows, Instant referenceTime) {
        Objects.requireNonNull(referenceTime, "referenceTime");
        Map<Class<?>, Integer> positions = positions(rows);
        Map<Class<?>, Set<String>> targeted = targetedFields(rows, positions);
        Map<List<Object>, SeenValues> values = new HashMap<>();
        EntityCheck.Targets targets = new EntityCheck.Targets() {
            @Override
            public SeenValues values(Class<?> entity, String field) {
                return values.computeIfAbsent(List.of(entity, field), k -> new SeenValues());
            }

            @Override
            public boolean before(Class<?> target, Class<?> from) {
                return positions.get(target) < positions.get(from);
            }
        };
        Findings findings = new Findings(EXAMPLES_PER_CONSTRAINT);
        List<EntityCheck<?>> checks = new ArrayList<>();
        for (EntityRows<?> part : rows) {
            EntityCheck<?> check = EntityCheck.of(part, referenceTime,
                    targeted.getOrDefault(part.model().type(), Set.of()), targets);
            check.run(findings);
            checks.add(check);
        }
        for (EntityCheck<?> check : checks) {
            check.runLate(findings);
        }
        return findings.report();
    }

    private static Map<Class<?>, Integer> positions(List<EntityRows<?>> rows) {
        Map<Class<?>, Integer> positions = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Class<?> type = rows.get(i).model().type();
            if (positions.put(type, i) != null) {
                throw new IllegalArgumentException(type.getSimpleName() + " appears twice in the dataset");
            }
        }
        return positions;
    }

    /** Per entity, the fields some foreign key points at: their values are collected while checking it. */
    private static Map<Class<?>, Set<String>> targetedFields(List<EntityRows<?>> rows,
            Map<Class<?>, Integer> positions) {
        Map<Class<?>, Set<String>> targeted = new HashMap<>();
        for (EntityRows<?> part : rows) {
            for (Reference r : part.model().references()) {
                if (!positions.containsKey(r.target())) {
                    throw new IllegalArgumentException(part.model().type().getSimpleName() + "." + r.field()
                            + " references " + r.target().getSimpleName() + ", which is not part of the dataset;"
                            + " its foreign key cannot be checked");
                }
                targeted.computeIfAbsent(r.target(), t -> new LinkedHashSet<>()).add(r.targetField());
            }
        }
        return targeted;
    }
}
