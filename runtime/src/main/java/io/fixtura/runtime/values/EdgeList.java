package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Keys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Collects a spec's edge values in order: a value the spec would not give is dropped (so "zero"
 * may be offered to every range), and a value offered under a second role joins the first edge
 * ("min, zero = 0"), so values stay distinct and every role stays findable in a label.
 */
final class EdgeList<T> {

    /** The longest string or byte array made as an edge; a longer maximum has no "max length" edge. */
    static final int LONGEST = 1 << 20;
    /** The largest collection made as an edge; a larger maximum size has no "max size" edge. */
    static final int LARGEST = 1 << 12;

    private static final long DRAWS = Keys.of("fixtura.edges");

    /**
     * Fixed stream {@code index} for edge values that need randomness (pattern strings, collection
     * elements): the same in every run for the same context, whatever the record.
     */
    static Draw draw(GenerationContext context, long index) {
        return context.draw(index, DRAWS);
    }

    private final Predicate<? super T> valid;
    private final Function<? super T, String> show;
    private final List<Entry<T>> entries = new ArrayList<>();

    private static final class Entry<T> {
        final T value;
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> unstorableIn = new TreeSet<>();

        Entry(T value) {
            this.value = value;
        }
    }

    /**
     * @param valid which values the spec accepts
     * @param show how a label shows the value ({@code "min = 0"}), or null for labels of roles alone
     */
    EdgeList(Predicate<? super T> valid, Function<? super T, String> show) {
        this.valid = valid;
        this.show = show;
    }

    /** Adds {@code value} as {@code role}, unless the spec does not accept it. */
    EdgeList<T> add(String role, T value, String... unstorableIn) {
        if (value == null || !valid.test(value)) {
            return this;
        }
        for (Entry<T> entry : entries) {
            if (entry.roles.contains(role)) {
                throw new IllegalStateException("edge role '" + role + "' given twice");
            }
        }
        Entry<T> entry = entries.stream().filter(e -> Objects.deepEquals(e.value, value)).findFirst().orElse(null);
        if (entry == null) {
            entry = new Entry<>(value);
            entries.add(entry);
        }
        entry.roles.add(role);
        entry.unstorableIn.addAll(List.of(unstorableIn));
        return this;
    }

    /** Whether an edge with this value was kept. */
    boolean contains(T value) {
        return entries.stream().anyMatch(e -> Objects.deepEquals(e.value, value));
    }

    int size() {
        return entries.size();
    }

    List<Edge<T>> build() {
        List<Edge<T>> edges = new ArrayList<>(entries.size());
        for (Entry<T> entry : entries) {
            String label = String.join(", ", entry.roles) + (show == null ? "" : " " + show.apply(entry.value));
            edges.add(new Edge<>(label, entry.value, entry.unstorableIn));
        }
        return List.copyOf(edges);
    }
}
