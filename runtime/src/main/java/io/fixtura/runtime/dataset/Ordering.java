package io.fixtura.runtime.dataset;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Reference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts entities in an order where every referenced entity comes before those referencing it.
 * References that cannot be satisfied that way — self-references and nullable links closing a
 * cycle — are deferred: written null first and filled in a second pass. (A cycle of required
 * links is a compile error, so one always exists.)
 */
public final class Ordering {

    private final List<EntityModel<?>> order;
    private final Map<Class<?>, Set<String>> deferred;

    private Ordering(List<EntityModel<?>> order, Map<Class<?>, Set<String>> deferred) {
        this.order = order;
        this.deferred = deferred;
    }

    /** The order of {@code models} (given sorted by name, so the result is deterministic). */
    public static Ordering of(List<EntityModel<?>> models) {
        Map<Class<?>, EntityModel<?>> byType = new LinkedHashMap<>();
        models.forEach(m -> byType.put(m.type(), m));
        Map<Class<?>, Set<String>> deferred = new LinkedHashMap<>();
        List<EntityModel<?>> order = new ArrayList<>();
        Set<Class<?>> placed = new HashSet<>();
        Set<Class<?>> left = new LinkedHashSet<>(byType.keySet());
        boolean relaxNullable = false;
        while (!left.isEmpty()) {
            Class<?> next = null;
            for (Class<?> candidate : left) {
                if (ready(byType.get(candidate), placed, byType, relaxNullable)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                if (relaxNullable) {
                    throw new IllegalStateException("the references among " + left + " form a cycle of required links");
                }
                relaxNullable = true;
                continue;
            }
            EntityModel<?> model = byType.get(next);
            Set<String> later = new LinkedHashSet<>();
            for (Reference r : model.references()) {
                if (byType.containsKey(r.target()) && (r.target() == next || !placed.contains(r.target()))) {
                    later.add(r.field());
                }
            }
            deferred.put(next, later);
            order.add(model);
            placed.add(next);
            left.remove(next);
            relaxNullable = false;
        }
        return new Ordering(order, deferred);
    }

    private static boolean ready(EntityModel<?> model, Set<Class<?>> placed, Map<Class<?>, EntityModel<?>> byType,
            boolean relaxNullable) {
        for (Reference r : model.references()) {
            if (r.target() == model.type() || !byType.containsKey(r.target()) || placed.contains(r.target())) {
                continue;
            }
            FieldModel<?> field = model.field(r.field());
            if (!(relaxNullable && field.isNullable())) {
                return false;
            }
        }
        return true;
    }

    /** Entities, referenced ones first. */
    public List<EntityModel<?>> order() {
        return order;
    }

    /** The reference fields of {@code type} to fill in a second pass. */
    public Set<String> deferred(Class<?> type) {
        return deferred.getOrDefault(type, Set.of());
    }
}
