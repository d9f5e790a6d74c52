package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.GenerationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The edge collections of an element spec and a size range: empty, one element, the minimum and
 * the maximum size, filled with the element's own edges first and then with values from fixed
 * draws; then the element edges that did not fit (or that some database cannot store) in
 * collections of their own, so every element edge appears somewhere.
 */
final class CollectionEdges {

    private CollectionEdges() {
    }

    /**
     * The edges of collections of {@code minSize..maxSize} elements made by {@code make} from a
     * list; {@code distinct} when the collection keeps no duplicates (a set, a map's keys).
     */
    static <E, C> List<Edge<C>> of(ValueSpec<E> element, int minSize, int maxSize, boolean distinct,
                                   GenerationContext context, Function<List<E>, C> make) {
        return of(element, minSize, maxSize, distinct, context, make, "element", "elements");
    }

    /**
     * Like {@link #of(ValueSpec, int, int, boolean, GenerationContext, Function)}, with labels that
     * call one item {@code one} ("one entry") and the element spec's values {@code many} ("keys: …").
     */
    static <E, C> List<Edge<C>> of(ValueSpec<E> element, int minSize, int maxSize, boolean distinct,
                                   GenerationContext context, Function<List<E>, C> make, String one, String many) {
        List<Edge<E>> elementEdges = element.edges(context);
        List<E> storable = new ArrayList<>();
        List<Edge<E>> apart = new ArrayList<>();
        for (Edge<E> edge : elementEdges) {
            if (edge.unstorableIn().isEmpty()) {
                storable.add(edge.value());
            } else {
                apart.add(edge);
            }
        }
        Filler<E> filler = new Filler<>(element, context, distinct);
        EdgeList<C> list = new EdgeList<>(c -> true, null);
        int largest = 0;
        int[] sizes = {0, 1, minSize, maxSize <= EdgeList.LARGEST ? maxSize : -1};
        String[] roles = {"empty", "one " + one, "min size " + minSize, "max size " + maxSize};
        for (int i = 0; i < sizes.length; i++) {
            int size = sizes[i];
            if (size < minSize || size > maxSize || (i == 2 && size < 2)) {
                continue;
            }
            List<E> items = filler.fill(new ArrayList<>(storable.subList(0, Math.min(size, storable.size()))), size);
            if (items != null) {
                list.add(roles[i], make.apply(items));
                largest = Math.max(largest, Math.min(size, storable.size()));
            }
        }
        // element edges not yet in a collection, then those some database cannot store, kept apart
        List<Edge<E>> rest = new ArrayList<>(elementEdges.stream()
                .filter(e -> e.unstorableIn().isEmpty()).skip(largest).toList());
        int chunk = Math.min(maxSize, EdgeList.LARGEST);
        if (chunk > 0) {
            addChunks(list, rest, chunk, minSize, filler, make, many + ": ");
            addChunks(list, apart, chunk, minSize, filler, make, many + ": ");
        }
        return list.build();
    }

    private static <E, C> void addChunks(EdgeList<C> list, List<Edge<E>> edges, int chunk, int minSize,
                                         Filler<E> filler, Function<List<E>, C> make, String what) {
        for (int from = 0; from < edges.size(); from += chunk) {
            List<Edge<E>> part = edges.subList(from, Math.min(edges.size(), from + chunk));
            List<E> items = filler.fill(new ArrayList<>(part.stream().map(Edge::value).toList()), Math.max(minSize, part.size()));
            if (items == null) {
                continue;
            }
            TreeSet<String> unstorable = new TreeSet<>();
            part.forEach(e -> unstorable.addAll(e.unstorableIn()));
            String labels = String.join(", ", part.stream().map(Edge::label).toList());
            list.add(what + labels, make.apply(items), unstorable.toArray(new String[0]));
        }
    }

    /** Generated elements from fixed draws 0, 1, 2, …, made once, for padding collections to a size. */
    private static final class Filler<E> {
        private final ValueSpec<E> element;
        private final GenerationContext context;
        private final boolean distinct;
        private final List<E> made = new ArrayList<>();
        private boolean exhausted;

        Filler(ValueSpec<E> element, GenerationContext context, boolean distinct) {
            this.element = element;
            this.context = context;
            this.distinct = distinct;
        }

        /** {@code items} padded to {@code size} elements (distinct if asked), or null if the element spec has too few. */
        List<E> fill(List<E> items, int size) {
            long attempts = SetSpec.attemptsFor(size);
            for (int j = 0; items.size() < size; j++) {
                E next = j < attempts ? made(j) : null;
                if (next == null) {
                    return null;
                }
                if (!distinct || items.stream().noneMatch(e -> Objects.deepEquals(e, next))) {
                    items.add(next);
                }
            }
            return items;
        }

        private E made(int j) {
            while (made.size() <= j && !exhausted) {
                try {
                    made.add(element.next(EdgeList.draw(context, made.size())));
                } catch (IllegalStateException tooFew) {
                    exhausted = true; // a unique element spec with fewer values than the size asks
                }
            }
            return j < made.size() ? made.get(j) : null;
        }
    }
}
