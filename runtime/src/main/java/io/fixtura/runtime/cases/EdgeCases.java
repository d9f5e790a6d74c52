package io.fixtura.runtime.cases;

import io.fixtura.runtime.generate.FieldSlot;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.generate.RecordMaker;
import io.fixtura.runtime.values.Edge;
import java.util.ArrayList;
import java.util.List;

/**
 * A covering set of edge cases: instance {@code j} takes edge value {@code j} of every field whose
 * catalog is that long, and a normally generated value (record {@code j}'s) for the others — so a
 * few instances together carry every applicable edge value of every field, each instance mixing
 * edges of different fields, all valid.
 */
public final class EdgeCases {

    private EdgeCases() {
    }

    /**
     * One edge-case instance, the edges it carries ({@code "email: max length 120"}) and the value of
     * each field (in slot order) it was assembled from.
     */
    public record Case<T>(T value, List<String> edges, List<Object> fieldValues) {

        @Override
        public String toString() {
            return String.join(", ", edges);
        }
    }

    /** The edge cases of {@code maker}'s entity, in order; deterministic for a context. */
    public static <T> List<T> values(RecordMaker<T> maker, GenerationContext context) {
        return of(maker, context, null).stream().map(Case::value).toList();
    }

    /**
     * The edge cases with the edges each carries; when {@code dialect} is given, values that
     * database cannot store are left out (labelled so, never silently changed).
     */
    public static <T> List<Case<T>> of(RecordMaker<T> maker, GenerationContext context, String dialect) {
        List<FieldSlot<?>> slots = maker.slots();
        List<List<Edge<?>>> catalogs = catalogs(slots, context, dialect);
        int count = 1;
        for (List<Edge<?>> catalog : catalogs) {
            count = Math.max(count, catalog.size());
        }
        List<Case<T>> cases = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            cases.add(at(maker, context, slots, catalogs, j));
        }
        return cases;
    }

    /** Each slot's edges, with null for a nullable field, storable in {@code dialect} (null: any). */
    static List<List<Edge<?>>> catalogs(List<FieldSlot<?>> slots, GenerationContext context, String dialect) {
        List<List<Edge<?>>> catalogs = new ArrayList<>();
        for (FieldSlot<?> slot : slots) {
            List<Edge<?>> catalog = new ArrayList<>();
            for (Edge<?> edge : slot.spec().edges(context)) {
                if (dialect == null || edge.isStorableIn(dialect)) {
                    catalog.add(edge);
                }
            }
            if (slot.nullable()) {
                catalog.add(Edge.of("null", null));
            }
            catalogs.add(catalog);
        }
        return catalogs;
    }

    private static <T> Case<T> at(RecordMaker<T> maker, GenerationContext context, List<FieldSlot<?>> slots,
            List<List<Edge<?>>> catalogs, int j) {
        Object[] values = new Object[slots.size()];
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            FieldSlot<?> slot = slots.get(i);
            List<Edge<?>> catalog = catalogs.get(i);
            if (j < catalog.size()) {
                values[i] = catalog.get(j).value();
                edges.add(slot.name() + ": " + catalog.get(j).label());
            } else {
                values[i] = context.draw(j, slot.key()).value(slot.spec(), slot.name());
            }
        }
        return new Case<>(maker.assemble(values), List.copyOf(edges), java.util.Arrays.asList(values.clone()));
    }
}
