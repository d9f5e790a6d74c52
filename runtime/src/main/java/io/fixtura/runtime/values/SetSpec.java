package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Mutable sets (in drawing order) of a size drawn in an inclusive range. Element streams
 * {@code draw.element(0)}, {@code draw.element(1)}, ... are used in turn; a duplicate is skipped
 * and the next stream tried, a bounded number of times.
 *
 * <pre>{@code ValueSpec<Set<Role>> roles = SetSpec.of(EnumSpec.of(Role.values()), 1, 3);}</pre>
 *
 * @param <E> the type of the elements
 */
public final class SetSpec<E> implements ValueSpec<Set<E>> {

    private final ValueSpec<E> element;
    private final int minSize;
    private final int maxSize;

    private SetSpec(ValueSpec<E> element, int minSize, int maxSize) {
        this.element = element;
        this.minSize = minSize;
        this.maxSize = maxSize;
    }

    /** Sets of {@code minSize..maxSize} distinct elements, both inclusive. */
    public static <E> SetSpec<E> of(ValueSpec<E> element, int minSize, int maxSize) {
        ListSpec.checkSizes(minSize, maxSize);
        return new SetSpec<>(element, minSize, maxSize);
    }

    /**
     * @throws IllegalStateException when the element spec gives fewer than {@code minSize} distinct
     *     values within the attempts allowed
     */
    @Override
    public Set<E> next(Draw draw) {
        int size = (int) draw.between(minSize, maxSize);
        Set<E> set = new LinkedHashSet<>(Math.max(4, size * 2));
        long attempts = attemptsFor(size);
        long elements = draw.elements();
        for (int j = 0; set.size() < size && j < attempts; j++) {
            set.add(element.next(draw.element(j, elements)));
        }
        if (set.size() < minSize) {
            throw new IllegalStateException("drew only " + set.size() + " distinct elements in " + attempts
                    + " attempts, fewer than the minimum size " + minSize + " (elements from " + element + ")");
        }
        return set;
    }

    /**
     * Empty, one element, the minimum and maximum sizes, then sets of the element edges left over
     * ({@link CollectionEdges}); elements are the element spec's edges, then distinct fixed draws.
     */
    @Override
    public List<Edge<Set<E>>> edges(GenerationContext context) {
        return CollectionEdges.of(element, minSize, maxSize, true, context, LinkedHashSet::new);
    }

    /**
     * Enough draws that a domain with room for the size almost surely fills it (a coupon collector
     * needs about n ln n), yet a small domain fails fast. Sets that stop between the minimum and
     * the drawn size are kept.
     */
    static long attemptsFor(int size) {
        return 4L * size + 32L * (64 - Long.numberOfLeadingZeros(size)) + 16;
    }

    @Override
    public String toString() {
        return "SetSpec[" + element + ", " + minSize + ", " + maxSize + "]";
    }
}
