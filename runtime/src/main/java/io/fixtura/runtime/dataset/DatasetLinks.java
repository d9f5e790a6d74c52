package io.fixtura.runtime.dataset;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.Links;
import io.fixtura.runtime.random.SplitMix64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A dataset's links: per reference (entity and field), how children pick their parents; per
 * field, values the dataset fixes rather than generates (given records' values, line numbers
 * within a parent). Everything else falls back to a standalone factory's behaviour.
 */
public final class DatasetLinks implements Links {

    private final Map<Long, LinkPlan> plans = new HashMap<>();
    private final Map<Long, LongFunction<Object>> fixed = new HashMap<>();
    private final Map<Long, List<Object>> firstRecords = new HashMap<>();

    public void plan(long entityKey, long fieldKey, LinkPlan plan) {
        plans.put(SplitMix64.mix(entityKey, fieldKey), plan);
    }

    public LinkPlan plan(long entityKey, long fieldKey) {
        return plans.get(SplitMix64.mix(entityKey, fieldKey));
    }

    /** Fixes field {@code fieldKey} of entity {@code entityKey}: record {@code i} gets {@code values.apply(i)}. */
    public void fix(long entityKey, long fieldKey, LongFunction<Object> values) {
        fixed.put(SplitMix64.mix(entityKey, fieldKey), values);
    }

    /**
     * Fixes field {@code fieldKey} of the first {@code values.size()} records of entity
     * {@code entityKey} (edge cases placed at the start of a dataset); later records are generated.
     */
    public void fixFirst(long entityKey, long fieldKey, List<Object> values) {
        firstRecords.put(SplitMix64.mix(entityKey, fieldKey), values);
    }

    /** Whether every record's value of this field is fixed (a given record's, a line number). */
    public boolean isFixed(long entityKey, long fieldKey) {
        return fixed.containsKey(SplitMix64.mix(entityKey, fieldKey));
    }

    @Override
    public long parentIndex(Draw draw, long parentCapacity) {
        LinkPlan plan = plans.get(SplitMix64.mix(draw.context().entityKey(), draw.fieldKey()));
        return plan == null ? Links.NONE.parentIndex(draw, parentCapacity) : plan.parent(draw);
    }

    @Override
    public Object fixed(long entityKey, long fieldKey, long index) {
        if (fixed.isEmpty() && firstRecords.isEmpty()) {
            return NOT_FIXED;
        }
        long key = SplitMix64.mix(entityKey, fieldKey);
        LongFunction<Object> values = fixed.get(key);
        if (values != null) {
            return values.apply(index);
        }
        List<Object> first = firstRecords.get(key);
        return first != null && index < first.size() ? first.get((int) index) : NOT_FIXED;
    }
}
