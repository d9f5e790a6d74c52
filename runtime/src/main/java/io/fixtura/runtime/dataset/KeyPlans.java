package io.fixtura.runtime.dataset;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Reference;
import io.fixtura.runtime.generate.FieldSlot;
import io.fixtura.runtime.random.Keys;
import io.fixtura.runtime.random.SplitMix64;
import io.fixtura.runtime.values.IntegralSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a dataset adds to keys and unique groups once every count is known: a group of references
 * (a join table) takes distinct parent tuples; a group of a reference and a whole number (an
 * order line) numbers the children of each parent from the number's minimum; a unique reference
 * (one to one) needs no more children than parents; and given records lend their own values to
 * the children that reference them.
 */
public final class KeyPlans {

    private KeyPlans() {
    }

    /** Applies all of the above to {@code links}; {@code counts} holds every entity's record count. */
    public static void apply(List<EntityModel<?>> models, Map<Class<?>, Long> counts, Map<Class<?>, List<?>> given,
            DatasetLinks links, long seed) {
        for (EntityModel<?> model : models) {
            if (given.containsKey(model.type())) {
                fixGiven(model, given.get(model.type()), models, links);
                continue;
            }
            List<List<String>> groups = new ArrayList<>(model.uniqueTogether());
            if (model.key().size() > 1) {
                groups.add(model.key());
            }
            for (List<String> group : groups) {
                plan(model, group, counts, links, seed);
            }
            checkOneToOne(model, counts);
        }
    }

    private static void plan(EntityModel<?> model, List<String> group, Map<Class<?>, Long> counts, DatasetLinks links,
            long seed) {
        long entityKey = model.maker().entityKey();
        long count = counts.get(model.type());
        List<FieldModel<?>> refs = new ArrayList<>();
        List<FieldModel<?>> others = new ArrayList<>();
        for (String name : group) {
            FieldModel<?> f = model.field(name);
            Reference r = f.reference();
            boolean parentHere = r != null && r.target() != model.type() && counts.containsKey(r.target());
            (parentHere ? refs : others).add(f);
        }
        if (refs.isEmpty()) {
            return;
        }
        if (others.isEmpty()) {
            long[] radixes = new long[refs.size()];
            long product = 1;
            for (int d = 0; d < refs.size(); d++) {
                radixes[d] = counts.get(refs.get(d).reference().target());
                product = Math.multiplyHigh(product, radixes[d]) != 0 ? Long.MAX_VALUE : product * radixes[d];
            }
            if (count > product) {
                throw new IllegalArgumentException(model.type().getSimpleName() + ": " + count + " records need as many"
                        + " distinct " + names(refs) + " tuples, but their parents allow only " + product);
            }
            long key = SplitMix64.mix(seed, SplitMix64.mix(entityKey, Keys.of(String.join(",", group))));
            for (int d = 0; d < refs.size(); d++) {
                links.plan(entityKey, Keys.of(refs.get(d).name()), LinkPlan.tupleDigit(radixes, d, product, key));
            }
            return;
        }
        FieldSlot<?> number = others.size() == 1 ? slot(model, others.get(0).name()) : null;
        IntegralSpec spec = number == null ? null : number.spec() instanceof IntegralSpec s ? s
                : number.spec() instanceof IntegralSpec.View<?> v ? v.source() : null;
        if (spec == null) {
            return; // left to the factory: one part unique across the dataset
        }
        FieldModel<?> parentField = refs.get(0);
        long parentKey = Keys.of(parentField.name());
        long parents = counts.get(parentField.reference().target());
        LinkPlan existing = links.plan(entityKey, parentKey);
        LinkPlan plan = existing != null && existing.rank(0) >= 0 ? existing : LinkPlan.roundRobin(parents);
        links.plan(entityKey, parentKey, plan);
        long needed = plan.maxChildren() >= 0 ? plan.maxChildren() : (count + parents - 1) / parents;
        if (needed > spec.domain() && spec.domain() > 0) {
            throw new IllegalArgumentException(model.type().getSimpleName() + "." + number.name() + " numbers up to "
                    + needed + " " + model.type().getSimpleName() + " records per " + parentField.reference().target()
                    .getSimpleName() + ", but allows only " + spec.domain() + " values (" + spec.min() + " to "
                    + spec.max() + ")");
        }
        long min = spec.min();
        Class<?> type = others.get(0).javaType();
        links.fix(entityKey, number.key(), i -> convert(type, min + plan.rank(i)));
    }

    /** The numbered value in the field's own Java type. */
    private static Object convert(Class<?> type, long value) {
        if (type == int.class || type == Integer.class) {
            return (int) value;
        }
        if (type == short.class || type == Short.class) {
            return (short) value;
        }
        if (type == byte.class || type == Byte.class) {
            return (byte) value;
        }
        if (type == java.math.BigInteger.class) {
            return java.math.BigInteger.valueOf(value);
        }
        return value;
    }

    private static void checkOneToOne(EntityModel<?> model, Map<Class<?>, Long> counts) {
        for (FieldModel<?> f : model.fields()) {
            Reference r = f.reference();
            boolean unique = f.isUnique() || (model.key().size() == 1 && model.key().get(0).equals(f.name()));
            if (r != null && unique && r.target() != model.type() && counts.containsKey(r.target())
                    && counts.get(model.type()) > counts.get(r.target())) {
                throw new IllegalArgumentException(model.type().getSimpleName() + "." + f.name() + " is a unique"
                        + " reference (one to one): " + counts.get(model.type()) + " records need as many "
                        + r.target().getSimpleName() + " records, but there are " + counts.get(r.target()));
            }
        }
    }

    /** Given records lend their values to the children that reference them. */
    private static void fixGiven(EntityModel<?> model, List<?> records, List<EntityModel<?>> models,
            DatasetLinks links) {
        Set<String> referenced = new HashSet<>();
        for (EntityModel<?> other : models) {
            for (Reference r : other.references()) {
                if (r.target() == model.type()) {
                    referenced.add(r.targetField());
                }
            }
        }
        long entityKey = model.maker().entityKey();
        for (FieldModel<?> field : model.fields()) {
            if (field.reference() == null || referenced.contains(field.name())) {
                links.fix(entityKey, Keys.of(field.name()), i -> read(field, records.get((int) i)));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(FieldModel field, Object record) {
        return field.get(record);
    }

    private static FieldSlot<?> slot(EntityModel<?> model, String name) {
        for (FieldSlot<?> slot : model.maker().slots()) {
            if (slot.name().equals(name)) {
                return slot;
            }
        }
        return null;
    }

    private static String names(List<FieldModel<?>> fields) {
        return fields.stream().map(FieldModel::name).toList().toString();
    }
}
