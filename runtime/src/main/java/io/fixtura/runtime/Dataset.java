package io.fixtura.runtime;

import io.fixtura.runtime.dataset.EntityRows;
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

/**
 * Several entities generated together from one seed, linked by their foreign keys: entities come
 * in the order of their references, and each child picks its parent's index from its own stream,
 * so any entity (or any index range of it) can be streamed without holding its parents.
 *
 * <pre>{@code Dataset ds = Dataset.builder().seed(42).count(User.class, 1_000).count(Order.class, 10_000).build();}</pre>
 */
public final class Dataset {

    private final long seed;
    private final Instant referenceTime;
    private final Map<Class<?>, Part<?>> parts;

    private Dataset(long seed, Instant referenceTime, Map<Class<?>, Part<?>> parts) {
        this.seed = seed;
        this.referenceTime = referenceTime;
        this.parts = parts;
    }

    /** A new builder; models are found on the class path through {@link ServiceLoader}. */
    public static Builder builder() {
        return new Builder();
    }

    public long seed() {
        return seed;
    }

    public Instant referenceTime() {
        return referenceTime;
    }

    /** The entity types, referenced ones first. */
    public List<Class<?>> entities() {
        return List.copyOf(parts.keySet());
    }

    /** How many records of {@code entity} the dataset holds. */
    public long count(Class<?> entity) {
        return part(entity).count;
    }

    /** Every record of {@code entity}, in index order. */
    public <T> List<T> all(Class<T> entity) {
        long count = count(entity);
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(entity.getSimpleName() + " has " + count + " records, too many for a list;"
                    + " use stream(" + entity.getSimpleName() + ".class)");
        }
        return stream(entity).toList();
    }

    /** The records of {@code entity}, lazily: memory stays flat however many there are. */
    public <T> Stream<T> stream(Class<T> entity) {
        return part(entity).stream(0, count(entity));
    }

    /** Records {@code from .. to-1} of {@code entity}: equal to the same records of the full stream. */
    public <T> Stream<T> stream(Class<T> entity, long from, long to) {
        if (from < 0 || to > count(entity) || from > to) {
            throw new IllegalArgumentException(entity.getSimpleName() + " has records 0 to " + (count(entity) - 1)
                    + "; cannot stream " + from + " to " + (to - 1));
        }
        return part(entity).stream(from, to);
    }

    /** The dataset as sinks see it: one part per entity, referenced ones first. */
    public List<EntityRows<?>> rows() {
        return List.copyOf(parts.values());
    }

    @SuppressWarnings("unchecked")
    private <T> Part<T> part(Class<T> entity) {
        Part<?> part = parts.get(entity);
        if (part == null) {
            throw new IllegalArgumentException(entity.getName() + " is not part of this dataset; its entities are "
                    + parts.keySet().stream().map(Class::getSimpleName).toList());
        }
        return (Part<T>) part;
    }

    /** One entity's records: generated from its maker, or given. */
    private static final class Part<T> implements EntityRows<T> {
        private final EntityModel<T> model;
        private final Generator<T> generator;
        private final List<T> given;
        private final long count;
        private final Set<String> deferred;

        Part(EntityModel<T> model, Generator<T> generator, List<T> given, long count, Set<String> deferred) {
            this.model = model;
            this.generator = generator;
            this.given = given;
            this.count = count;
            this.deferred = deferred;
        }

        Stream<T> stream(long from, long to) {
            return given != null ? given.subList((int) from, (int) to).stream() : generator.stream(from, to);
        }

        @Override
        public EntityModel<T> model() {
            return model;
        }

        @Override
        public long count() {
            return count;
        }

        @Override
        public Stream<T> stream() {
            return stream(0, count);
        }

        @Override
        public Set<String> deferredFields() {
            return deferred;
        }
    }

    /** Collects the settings of a dataset; {@link #build()} checks them all before anything is generated. */
    public static final class Builder {

        private long seed = Defaults.seed();
        private Instant referenceTime = Defaults.referenceTime();
        private Locale locale = Defaults.locale();
        private double nullRate = Defaults.NULL_RATE;
        private final Map<Class<?>, EntityModel<?>> registered = new HashMap<>();
        private final Map<Class<?>, Long> counts = new LinkedHashMap<>();
        private final Map<Class<?>, List<?>> given = new LinkedHashMap<>();
        private final Map<String, int[]> perParent = new HashMap<>();
        private final Map<String, Boolean> covering = new HashMap<>();

        private Builder() {
        }

        public Builder seed(long newSeed) {
            this.seed = newSeed;
            return this;
        }

        public Builder referenceTime(Instant newReferenceTime) {
            this.referenceTime = Objects.requireNonNull(newReferenceTime, "referenceTime");
            return this;
        }

        public Builder locale(Locale newLocale) {
            this.locale = Objects.requireNonNull(newLocale, "locale");
            return this;
        }

        public Builder nullRate(double newNullRate) {
            this.nullRate = newNullRate;
            return this;
        }

        /** Uses this model for its entity (instead of, or besides, those on the class path). */
        public Builder register(EntityModel<?> model) {
            registered.put(model.type(), model);
            return this;
        }

        /** Generates {@code count} records of {@code entity}. */
        public Builder count(Class<?> entity, long count) {
            if (count < 0) {
                throw new IllegalArgumentException(entity.getSimpleName() + ": count must not be negative, was " + count);
            }
            counts.put(entity, count);
            return this;
        }

        /** Takes these records of {@code entity} as they are, instead of generating them. */
        public <T> Builder records(Class<T> entity, List<? extends T> records) {
            given.put(entity, List.copyOf(records));
            return this;
        }

        /**
         * Each parent of reference {@code field} of {@code child} gets {@code min..max} children;
         * the child's count follows from it (do not also set one).
         */
        public Builder perParent(Class<?> child, String field, int min, int max) {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("perParent needs 0 <= min <= max, got " + min + ", " + max);
            }
            perParent.put(child.getName() + "#" + field, new int[] {min, max});
            return this;
        }

        /** Every parent of reference {@code field} of {@code child} gets at least one child. */
        public Builder everyParentHasChild(Class<?> child, String field) {
            covering.put(child.getName() + "#" + field, Boolean.TRUE);
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
            Map<Long, LinkPlan> plans = new HashMap<>();
            Links links = (draw, capacity) -> {
                LinkPlan plan = plans.get(SplitMix64.mix(draw.context().entityKey(), draw.fieldKey()));
                return plan == null ? Links.NONE.parentIndex(draw, capacity) : plan.parent(draw);
            };
            Map<Class<?>, Part<?>> parts = new LinkedHashMap<>();
            for (EntityModel<?> model : ordering.order()) {
                parts.put(model.type(), part(model, parts, plans, links, ordering));
            }
            return new Dataset(seed, referenceTime, parts);
        }

        private List<Class<?>> entitiesAsked() {
            List<Class<?>> asked = new ArrayList<>(counts.keySet());
            given.keySet().stream().filter(t -> !asked.contains(t)).forEach(asked::add);
            for (String key : perParent.keySet()) {
                String child = key.substring(0, key.indexOf('#'));
                if (asked.stream().noneMatch(t -> t.getName().equals(child))) {
                    throw new IllegalArgumentException("perParent for " + child + ", which has no model registered here"
                            + " yet: add count(...) for its parents and name the child class in count or records");
                }
            }
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
        private Part<?> part(EntityModel<?> model, Map<Class<?>, Part<?>> parts, Map<Long, LinkPlan> plans, Links links,
                Ordering ordering) {
            long entityKey = model.maker().entityKey();
            Long count = counts.get(model.type());
            for (Reference r : model.references()) {
                String key = model.type().getName() + "#" + r.field();
                long parents = r.target() == model.type() ? -1 : parts.get(r.target()).count();
                LinkPlan plan = plan(model, r, key, parents, count, entityKey);
                if (plan.childCount() >= 0) {
                    if (counts.containsKey(model.type())) {
                        throw new IllegalArgumentException(model.type().getSimpleName() + " has both a count and"
                                + " perParent on '" + r.field() + "'; give one of them");
                    }
                    count = plan.childCount();
                }
                plans.put(SplitMix64.mix(entityKey, Keys.of(r.field())), plan);
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
                    plans.put(SplitMix64.mix(entityKey, Keys.of(r.field())), LinkPlan.uniform(Math.max(1, count)));
                }
            }
            Generator generator = Generator.of(model.maker(), seed, locale).withReferenceTime(referenceTime)
                    .withNullRate(nullRate).withLinks(links);
            if (records == null) {
                generator.checkRange(0, count);
            }
            return new Part(model, generator, records, count, ordering.deferred(model.type()));
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
}
