package io.fixtura.runtime;

import io.fixtura.runtime.dataset.DatasetLinks;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.dataset.KeyPlans;
import io.fixtura.runtime.generate.FieldSlot;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.cases.EdgeCases;
import io.fixtura.runtime.dataset.LinkPlan;
import io.fixtura.runtime.dataset.Ordering;
import io.fixtura.runtime.generate.Defaults;
import io.fixtura.runtime.generate.Links;
import io.fixtura.runtime.random.Keys;
import io.fixtura.runtime.random.SplitMix64;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/** Collects the settings of a dataset; {@link #build()} checks them all before anything is generated. */
public final class DatasetBuilder {

    private long seed = Defaults.seed();
    private Instant referenceTime = Defaults.referenceTime();
    private Locale locale = Defaults.locale();
    private double nullRate = Defaults.NULL_RATE;
    private final Map<Class<?>, EntityModel<?>> registered = new HashMap<>();
    private final Map<Class<?>, Long> counts = new LinkedHashMap<>();
    private final Map<Class<?>, List<?>> given = new LinkedHashMap<>();
    private final Map<String, int[]> perParent = new HashMap<>();
    private final Set<Class<?>> perParentChildren = new java.util.LinkedHashSet<>();
    private final Map<String, Boolean> covering = new HashMap<>();
    private boolean edgeCases;
    private SqlDialect edgeDialect;

    DatasetBuilder() {
    }

    public DatasetBuilder seed(long newSeed) {
        this.seed = newSeed;
        return this;
    }

    public DatasetBuilder referenceTime(Instant newReferenceTime) {
        this.referenceTime = Objects.requireNonNull(newReferenceTime, "referenceTime");
        return this;
    }

    public DatasetBuilder locale(Locale newLocale) {
        this.locale = Objects.requireNonNull(newLocale, "locale");
        return this;
    }

    public DatasetBuilder nullRate(double newNullRate) {
        this.nullRate = newNullRate;
        return this;
    }

    /** Uses this model for its entity (instead of, or besides, those on the class path). */
    public DatasetBuilder register(EntityModel<?> model) {
        registered.put(model.type(), model);
        return this;
    }

    /** Generates {@code count} records of {@code entity}. */
    public DatasetBuilder count(Class<?> entity, long count) {
        if (count < 0) {
            throw new IllegalArgumentException(entity.getSimpleName() + ": count must not be negative, was " + count);
        }
        counts.put(entity, count);
        return this;
    }

    /** Takes these records of {@code entity} as they are, instead of generating them. */
    public <T> DatasetBuilder records(Class<T> entity, List<? extends T> records) {
        given.put(entity, List.copyOf(records));
        return this;
    }

    /**
     * Each parent of reference {@code field} of {@code child} gets {@code min..max} children;
     * the child's count follows from it (do not also set one).
     */
    public DatasetBuilder perParent(Class<?> child, String field, int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("perParent needs 0 <= min <= max, got " + min + ", " + max);
        }
        perParent.put(child.getName() + "#" + field, new int[] {min, max});
        perParentChildren.add(child);
        return this;
    }

    /** Every parent of reference {@code field} of {@code child} gets at least one child. */
    public DatasetBuilder everyParentHasChild(Class<?> child, String field) {
        covering.put(child.getName() + "#" + field, Boolean.TRUE);
        return this;
    }

    /**
     * Starts every entity with its edge cases (boundaries, awkward strings, calendar corners, null
     * where nullable), then normal records; for a database, see {@link #withEdgeCases(SqlDialect)}.
     */
    public DatasetBuilder withEdgeCases() {
        this.edgeCases = true;
        this.edgeDialect = null;
        return this;
    }

    /** Like {@link #withEdgeCases()}, leaving out values {@code dialect} cannot store (NUL in PostgreSQL text). */
    public DatasetBuilder withEdgeCases(SqlDialect dialect) {
        this.edgeCases = true;
        this.edgeDialect = Objects.requireNonNull(dialect, "dialect");
        return this;
    }

    /** Checks everything and builds the dataset (records are generated on demand). */
    public Dataset build() {
        Map<Class<?>, EntityModel<?>> models = models();
        List<EntityModel<?>> included = new ArrayList<>();
        for (Class<?> type : entitiesAsked()) {
            EntityModel<?> model = models.get(type);
            if (model == null) {
                throw new IllegalArgumentException("no model for " + type.getName() + ": is it a @TestEntity whose"
                        + " factories are generated (the processor lists its model in META-INF/services)?");
            }
            included.add(model);
        }
        included.sort(Comparator.comparing(m -> m.type().getName()));
        checkReferencedEntitiesAreIncluded(included);
        Ordering ordering = Ordering.of(included);
        DatasetLinks links = new DatasetLinks();
        Map<Class<?>, DatasetPart<?>> parts = new LinkedHashMap<>();
        for (EntityModel<?> model : ordering.order()) {
            parts.put(model.type(), part(model, parts, links, ordering));
        }
        planForwardLinks(ordering, parts, links);
        Map<Class<?>, Long> sizes = new HashMap<>();
        parts.forEach((type, part) -> sizes.put(type, part.count()));
        KeyPlans.apply(ordering.order(), sizes, given, links, seed);
        if (edgeCases) {
            placeEdgeCases(ordering.order(), sizes, links);
        }
        for (EntityModel<?> model : ordering.order()) {
            if (!given.containsKey(model.type())) {
                checkCapacity(model, sizes.get(model.type()), links);
            }
        }
        return new Dataset(seed, referenceTime, parts);
    }

    /**
     * Makes the first records of every generated entity its edge cases (fewer when its count is
     * smaller), leaving out values the chosen dialect cannot store; references stay valid, as the
     * edge cases take their parents from the dataset's links and children see the edge keys.
     */
    private void placeEdgeCases(List<EntityModel<?>> order, Map<Class<?>, Long> sizes, DatasetLinks links) {
        for (EntityModel<?> model : order) {
            if (given.containsKey(model.type()) || model.maker().slots().isEmpty()) {
                continue;
            }
            long entityKey = model.maker().entityKey();
            Locale entityLocale = model.maker().locale() != null ? model.maker().locale() : locale;
            GenerationContext context =
                    new GenerationContext(seed, entityKey, referenceTime, entityLocale, nullRate, 0, links);
            List<? extends EdgeCases.Case<?>> cases = EdgeCases.of(model.maker(), context,
                    edgeDialect == null ? null : edgeDialect.name());
            int k = (int) Math.min(cases.size(), sizes.get(model.type()));
            List<FieldSlot<?>> slots = model.maker().slots();
            for (int i = 0; i < slots.size(); i++) {
                if (links.isFixed(entityKey, slots.get(i).key())) {
                    continue;
                }
                // only the edge values themselves are fixed; other fields (references above all) are
                // generated as usual, so they see the parents' own edge keys
                String edgeOf = slots.get(i).name() + ": ";
                List<Object> values = new ArrayList<>(k);
                for (int j = 0; j < k; j++) {
                    EdgeCases.Case<?> c = cases.get(j);
                    boolean edge = c.edges().stream().anyMatch(label -> label.startsWith(edgeOf));
                    values.add(edge ? c.fieldValues().get(i) : io.fixtura.runtime.generate.Links.NOT_FIXED);
                }
                links.fixFirst(entityKey, slots.get(i).key(), values);
            }
        }
    }

    /** Fails before generating when a unique field (not numbered by the dataset) has fewer values than records. */
    private void checkCapacity(EntityModel<?> model, long count, DatasetLinks links) {
        long entityKey = model.maker().entityKey();
        if (model.maker().slots().isEmpty()) {
            io.fixtura.runtime.generate.Capacity capacity = model.maker().capacity(referenceTime);
            if (capacity.count() < count) {
                throw new IllegalArgumentException(model.type().getSimpleName() + ": asked for " + count
                        + " records, but unique field '" + capacity.field() + "' has only " + capacity.count()
                        + " distinct values (seed " + seed + ")");
            }
        }
        for (FieldSlot<?> slot : model.maker().slots()) {
            long capacity = slot.spec().capacity(referenceTime);
            if (!links.isFixed(entityKey, slot.key()) && capacity < count) {
                throw new IllegalArgumentException(model.type().getSimpleName() + ": asked for " + count
                        + " records, but unique field '" + slot.name() + "' has only " + capacity
                        + " distinct values (seed " + seed + ")");
            }
        }
    }

    private List<Class<?>> entitiesAsked() {
        List<Class<?>> asked = new ArrayList<>(counts.keySet());
        given.keySet().stream().filter(t -> !asked.contains(t)).forEach(asked::add);
        // a child with perParent takes its count from it
        perParentChildren.stream().filter(t -> !asked.contains(t)).forEach(asked::add);
        return asked;
    }

    private Map<Class<?>, EntityModel<?>> models() {
        Map<Class<?>, EntityModel<?>> models = new HashMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (EntityModel<?> model : ServiceLoader.load(EntityModel.class, loader == null
                ? Dataset.class.getClassLoader() : loader)) {
            models.put(model.type(), model);
        }
        models.putAll(registered);
        return models;
    }

    private static void checkReferencedEntitiesAreIncluded(List<EntityModel<?>> included) {
        Set<Class<?>> types = new java.util.HashSet<>();
        included.forEach(m -> types.add(m.type()));
        for (EntityModel<?> model : included) {
            for (Reference r : model.references()) {
                if (!types.contains(r.target())) {
                    throw new IllegalArgumentException(model.type().getSimpleName() + "." + r.field() + " references "
                            + r.target().getSimpleName() + ", which has no count in this dataset; add .count("
                            + r.target().getSimpleName() + ".class, n)");
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private DatasetPart<?> part(EntityModel<?> model, Map<Class<?>, DatasetPart<?>> parts, DatasetLinks links,
            Ordering ordering) {
        long entityKey = model.maker().entityKey();
        Long count = counts.get(model.type());
        String derivedFrom = null;
        for (Reference r : model.references()) {
            String key = model.type().getName() + "#" + r.field();
            if (r.target() == model.type()) {
                if (perParent.containsKey(key) || covering.containsKey(key)) {
                    throw new IllegalArgumentException("perParent and everyParentHasChild do not apply to "
                            + model.type().getSimpleName() + "." + r.field() + ", a reference to its own entity");
                }
                continue; // planned below, once the count is known
            }
            if (!parts.containsKey(r.target())) {
                continue; // a nullable link closing a cycle: planned once its target's count is known
            }
            long parents = parts.get(r.target()).count();
            LinkPlan plan = plan(model, r, key, parents, count, entityKey);
            if (plan.childCount() >= 0) {
                if (counts.containsKey(model.type()) || given.containsKey(model.type()) || derivedFrom != null) {
                    throw new IllegalArgumentException(model.type().getSimpleName() + " has perParent on '"
                            + r.field() + "' and also " + (derivedFrom != null ? "on '" + derivedFrom + "'"
                            : counts.containsKey(model.type()) ? "a count" : "given records")
                            + "; give only one of them");
                }
                count = plan.childCount();
                derivedFrom = r.field();
            }
            links.plan(entityKey, Keys.of(r.field()), plan);
        }
        List<?> records = given.get(model.type());
        if (records != null) {
            count = (long) records.size();
        }
        if (count == null) {
            throw new IllegalArgumentException(model.type().getSimpleName() + " needs a count");
        }
        for (Reference r : model.references()) {
            if (r.target() == model.type()) {
                links.plan(entityKey, Keys.of(r.field()), LinkPlan.uniform(Math.max(1, count)));
            }
        }
        Generator generator = Generator.of(model.maker(), seed, model.maker().locale() != null ? model.maker().locale() : locale).withReferenceTime(referenceTime)
                .withNullRate(nullRate).withLinks(links);
        return new DatasetPart(model, generator, records, count, ordering.deferred(model.type()));
    }

    /** Plans the deferred links to entities further on, now that every count is known. */
    private void planForwardLinks(Ordering ordering, Map<Class<?>, DatasetPart<?>> parts, DatasetLinks links) {
        for (EntityModel<?> model : ordering.order()) {
            long entityKey = model.maker().entityKey();
            for (Reference r : model.references()) {
                if (links.plan(entityKey, Keys.of(r.field())) != null) {
                    continue;
                }
                String key = model.type().getName() + "#" + r.field();
                long count = parts.get(model.type()).count();
                LinkPlan plan = plan(model, r, key, parts.get(r.target()).count(), count, entityKey);
                if (plan.childCount() >= 0) {
                    throw new IllegalArgumentException("perParent on " + model.type().getSimpleName() + "."
                            + r.field() + ", a link that closes a cycle, is not supported: give "
                            + model.type().getSimpleName() + " a count");
                }
                links.plan(entityKey, Keys.of(r.field()), plan);
            }
        }
    }

    private LinkPlan plan(EntityModel<?> model, Reference r, String key, long parents, Long count, long entityKey) {
        if (parents == 0) {
            throw new IllegalArgumentException(model.type().getSimpleName() + "." + r.field() + " references "
                    + r.target().getSimpleName() + ", whose count is 0");
        }
        long planKey = SplitMix64.mix(seed, SplitMix64.mix(entityKey, Keys.of(r.field())));
        int[] range = perParent.get(key);
        if (range != null) {
            return LinkPlan.perParent(parents, range[0], range[1], planKey);
        }
        if (covering.containsKey(key)) {
            if (count != null && count < parents) {
                throw new IllegalArgumentException("every " + r.target().getSimpleName() + " should have a "
                        + model.type().getSimpleName() + ", but there are " + parents + " of them and only " + count
                        + " " + model.type().getSimpleName() + " records");
            }
            return LinkPlan.covering(parents, planKey);
        }
        return parents < 0 ? LinkPlan.uniform(1) : LinkPlan.uniform(parents);
    }
}
