package io.fixtura.runtime;

import io.fixtura.runtime.cases.EdgeCases;
import io.fixtura.runtime.generate.FieldSlot;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.generate.RecordMaker;
import io.fixtura.runtime.values.Edge;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which edge values of each field the edge cases carry, read back from the instances through the
 * model (so a constructor or setter that changes a value shows up as a gap).
 *
 * <pre>{@code assertThat(UserFactory.edgeCaseCoverage().isComplete()).isTrue();}</pre>
 */
public record EdgeCoverage(String entity, List<FieldCoverage> fields) {

    /** One field's catalog: the edge labels found in some edge case, and those found in none. */
    public record FieldCoverage(String field, List<String> covered, List<String> missing) {
    }

    /** The coverage of the edge cases {@code maker} makes in {@code context}, judged through {@code model}. */
    public static <T> EdgeCoverage of(RecordMaker<T> maker, EntityModel<T> model, GenerationContext context) {
        List<T> cases = EdgeCases.values(maker, context);
        List<FieldCoverage> fields = new ArrayList<>();
        for (FieldSlot<?> slot : maker.slots()) {
            FieldModel<T> field = model.field(slot.name());
            List<String> covered = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<Edge<?>> catalog = new ArrayList<>(slot.spec().edges(context));
            if (slot.nullable()) {
                catalog.add(Edge.of("null", null));
            }
            for (Edge<?> edge : catalog) {
                boolean found = cases.stream().anyMatch(c -> same(field.get(c), edge.value()));
                (found ? covered : missing).add(edge.label());
            }
            fields.add(new FieldCoverage(slot.name(), List.copyOf(covered), List.copyOf(missing)));
        }
        return new EdgeCoverage(model.type().getSimpleName(), List.copyOf(fields));
    }

    /** Whether every edge value of every field is carried by some edge case. */
    public boolean isComplete() {
        return fields.stream().allMatch(f -> f.missing().isEmpty());
    }

    /** Covered edge values over all edge values, in percent (100 when there are none). */
    public double percent() {
        long all = fields.stream().mapToLong(f -> f.covered().size() + f.missing().size()).sum();
        long covered = fields.stream().mapToLong(f -> f.covered().size()).sum();
        return all == 0 ? 100 : 100.0 * covered / all;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(entity + " edge cases cover "
                + String.format(java.util.Locale.ROOT, "%.1f", percent()) + "% of edge values");
        for (FieldCoverage f : fields) {
            out.append("\n  ").append(f.field()).append(": ").append(f.covered().size()).append(" covered");
            if (!f.missing().isEmpty()) {
                out.append(", missing ").append(f.missing());
            }
        }
        return out.toString();
    }

    private static boolean same(Object actual, Object expected) {
        if (actual instanceof java.util.Optional<?> o && !(expected instanceof java.util.Optional<?>)) {
            actual = o.orElse(null);
        }
        if (actual instanceof byte[] a && expected instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        if (actual instanceof BigDecimal a && expected instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(actual, expected);
    }
}
