package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mutable maps (in drawing order) of a size drawn in an inclusive range. Entry {@code j} takes its
 * key from {@code draw.element(j)} and its value from a stream derived from that one; a duplicate
 * key is skipped and the next entry stream tried, a bounded number of times.
 *
 * <pre>{@code ValueSpec<Map<String, Integer>> stock = MapSpec.of(skuSpec, quantitySpec, 0, 10);}</pre>
 *
 * @param <K> the type of the keys
 * @param <V> the type of the values
 */
public final class MapSpec<K, V> implements ValueSpec<Map<K, V>> {

    /** Sets the value's stream of an entry apart from its key's. */
    private static final long VALUE_STREAM = 0x56414C5545L;

    private final ValueSpec<K> key;
    private final ValueSpec<V> value;
    private final int minSize;
    private final int maxSize;

    private MapSpec(ValueSpec<K> key, ValueSpec<V> value, int minSize, int maxSize) {
        this.key = key;
        this.value = value;
        this.minSize = minSize;
        this.maxSize = maxSize;
    }

    /** Maps of {@code minSize..maxSize} entries with distinct keys, both inclusive. */
    public static <K, V> MapSpec<K, V> of(ValueSpec<K> key, ValueSpec<V> value, int minSize, int maxSize) {
        ListSpec.checkSizes(minSize, maxSize);
        return new MapSpec<>(key, value, minSize, maxSize);
    }

    /**
     * @throws IllegalStateException when the key spec gives fewer than {@code minSize} distinct
     *     keys within the attempts allowed
     */
    @Override
    public Map<K, V> next(Draw draw) {
        int size = (int) draw.between(minSize, maxSize);
        Map<K, V> map = new LinkedHashMap<>(Math.max(4, size * 2));
        long attempts = SetSpec.attemptsFor(size);
        long elements = draw.elements();
        for (int j = 0; map.size() < size && j < attempts; j++) {
            Draw entry = draw.element(j, elements);
            K k = key.next(entry);
            if (!map.containsKey(k)) {
                map.put(k, value.next(entry.field(VALUE_STREAM)));
            }
        }
        if (map.size() < minSize) {
            throw new IllegalStateException("drew only " + map.size() + " distinct keys in " + attempts
                    + " attempts, fewer than the minimum size " + minSize + " (keys from " + key + ")");
        }
        return map;
    }

    /**
     * Empty, one entry, the minimum and maximum sizes, then maps of the key edges left over
     * ({@link CollectionEdges}). Keys are the key spec's edges, then distinct fixed draws; values
     * are the value spec's storable edges in turn, then fixed draws.
     */
    @Override
    public List<Edge<Map<K, V>>> edges(GenerationContext context) {
        List<V> values = new ArrayList<>();
        value.edges(context).stream().filter(e -> e.unstorableIn().isEmpty()).forEach(e -> values.add(e.value()));
        return CollectionEdges.of(key, minSize, maxSize, true, context, keys -> {
            Map<K, V> map = new LinkedHashMap<>(Math.max(4, keys.size() * 2));
            for (int j = 0; j < keys.size(); j++) {
                map.put(keys.get(j), j < values.size() ? values.get(j)
                        : value.next(EdgeList.draw(context, j).field(VALUE_STREAM)));
            }
            return map;
        }, "entry", "keys");
    }

    @Override
    public String toString() {
        return "MapSpec[" + key + ", " + value + ", " + minSize + ", " + maxSize + "]";
    }
}
