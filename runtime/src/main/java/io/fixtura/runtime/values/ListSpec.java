package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Mutable lists of a size drawn in an inclusive range; element {@code j} comes from the field's
 * stream {@code draw.element(j)}, so it does not depend on the other elements.
 *
 * <pre>{@code ValueSpec<List<String>> tags = ListSpec.of(tagSpec, 0, 5);}</pre>
 *
 * @param <E> the type of the elements
 */
public final class ListSpec<E> implements ValueSpec<List<E>> {

    private final ValueSpec<E> element;
    private final int minSize;
    private final int maxSize;

    private ListSpec(ValueSpec<E> element, int minSize, int maxSize) {
        this.element = element;
        this.minSize = minSize;
        this.maxSize = maxSize;
    }

    /** Lists of {@code minSize..maxSize} elements, both inclusive. */
    public static <E> ListSpec<E> of(ValueSpec<E> element, int minSize, int maxSize) {
        checkSizes(minSize, maxSize);
        return new ListSpec<>(element, minSize, maxSize);
    }

    @Override
    public List<E> next(Draw draw) {
        int size = (int) draw.between(minSize, maxSize);
        List<E> list = new ArrayList<>(size);
        long elements = draw.elements();
        for (int j = 0; j < size; j++) {
            list.add(element.next(draw.element(j, elements)));
        }
        return list;
    }

    /**
     * Empty, one element, the minimum and maximum sizes, then lists of the element edges left
     * over ({@link CollectionEdges}); elements are the element spec's edges, then fixed draws.
     */
    @Override
    public List<Edge<List<E>>> edges(GenerationContext context) {
        return CollectionEdges.of(element, minSize, maxSize, false, context, items -> items);
    }

    static void checkSizes(int minSize, int maxSize) {
        if (minSize < 0 || minSize > maxSize) {
            throw new IllegalArgumentException("sizes need 0 <= min <= max, were [" + minSize + ", " + maxSize + "]");
        }
    }

    @Override
    public String toString() {
        return "ListSpec[" + element + ", " + minSize + ", " + maxSize + "]";
    }
}
