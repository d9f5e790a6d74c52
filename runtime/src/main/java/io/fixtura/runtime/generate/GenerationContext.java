package io.fixtura.runtime.generate;

import io.fixtura.runtime.random.SplitMix64;
import io.fixtura.runtime.values.Pools;
import io.fixtura.runtime.values.ValueSpec;
import java.time.Instant;
import java.util.Locale;

/**
 * Everything a record's values depend on besides its index: the seed, the entity, the reference
 * time, the locale (through its value pools) and the null rate. Immutable and shareable between
 * threads.
 */
public final class GenerationContext {

    private static final int SEED_SLOTS = 64;
    private static final int SEED_PROBES = 8;
    /** Draws before a context keeps field seeds: a builder's context makes a few and is dropped. */
    private static final int SEEDS_KEPT_AFTER = 64;

    private final long seed;
    private final long entityKey;
    private final long entitySeed;
    private final Instant referenceTime;
    private final Locale locale;
    private final double nullRate;
    private final int depth;
    private final Links links;
    /** Whether the links may fix field values (a dataset's); {@link Links#NONE} never does, so no field asks. */
    private final boolean mayFix;
    private volatile Pools pools;
    /**
     * Each field's seed and that seed mixed once, by field key: both are the same for every record,
     * and every field of every record needs them, so they are worked out once per context (an open
     * addressed table, made once the context has served {@link #SEEDS_KEPT_AFTER} draws; entries
     * are immutable, so a lost race only costs a recomputation).
     */
    private FieldSeed[] fieldSeeds;
    private int drawsWithoutSeeds;

    private record FieldSeed(long key, long seed, long mixed) {
    }

    /** The contexts of referenced entities made so far (see {@link #related}); few, so a copied array. */
    private volatile Related[] related = {};

    private record Related(long entityKey, Locale locale, GenerationContext context) {
    }

    public GenerationContext(long seed, long entityKey, Instant referenceTime, Locale locale, double nullRate) {
        this(seed, entityKey, referenceTime, locale, nullRate, 0);
    }

    /**
     * A context {@code depth} steps away from the records asked for: a referenced record made for
     * an entity-valued field has depth 1, its own referenced records 2, and so on.
     */
    public GenerationContext(long seed, long entityKey, Instant referenceTime, Locale locale, double nullRate,
            int depth) {
        this(seed, entityKey, referenceTime, locale, nullRate, depth, Links.NONE);
    }

    /** A context whose references pick their parents as {@code links} says (a dataset's context). */
    public GenerationContext(long seed, long entityKey, Instant referenceTime, Locale locale, double nullRate,
            int depth, Links links) {
        if (!(nullRate >= 0 && nullRate <= 1)) {
            throw new IllegalArgumentException("null rate must be within [0, 1], was " + nullRate);
        }
        this.seed = seed;
        this.entityKey = entityKey;
        this.entitySeed = SplitMix64.mix(seed, entityKey);
        this.referenceTime = referenceTime;
        this.locale = locale;
        this.nullRate = nullRate;
        this.depth = depth;
        this.links = links;
        this.mayFix = links != Links.NONE;
    }

    /**
     * The index of the parent record that reference {@code draw} (a reference field's stream)
     * points at: as the dataset's links say, else uniformly among the first
     * {@link Defaults#PARENT_POOL} parents (fewer when the parent's unique fields allow fewer).
     */
    public long parentIndex(Draw draw, long parentCapacity) {
        return links.parentIndex(draw, parentCapacity);
    }

    /**
     * The context in which records of this one reference entity {@code entityKey}'s records: the
     * same seed, reference time, null rate and links, one step deeper, in {@code locale}. Made once
     * per entity and kept, since references ask for it on every record.
     */
    public GenerationContext related(long relatedEntityKey, Locale relatedLocale) {
        Related[] known = related;
        for (Related r : known) {
            if (r.entityKey() == relatedEntityKey && r.locale().equals(relatedLocale)) {
                return r.context();
            }
        }
        GenerationContext context = new GenerationContext(seed, relatedEntityKey, referenceTime, relatedLocale,
                nullRate, depth + 1, links);
        Related[] grown = java.util.Arrays.copyOf(known, known.length + 1);
        grown[known.length] = new Related(relatedEntityKey, relatedLocale, context);
        related = grown;
        return context;
    }

    /** How references of records made in this context choose their parents. */
    public Links links() {
        return links;
    }

    /** How many referenced-record steps away from the records asked for; 0 for those. */
    public int depth() {
        return depth;
    }

    /**
     * The stream of field {@code fieldKey} of record {@code index}: a SplitMix64 sequence whose
     * start is the field's mixed seed stepped by the index. Every value of it is finalized by
     * SplitMix64's mix, so the start itself needs no mix of its own, which would sit on the path of
     * every value of every field.
     */
    public Draw draw(long index, long fieldKey) {
        FieldSeed s = fieldSeed(fieldKey);
        return new Draw(this, index, fieldKey, s.seed(), s.mixed() + SplitMix64.GAMMA * (index | 1) + index);
    }

    private FieldSeed fieldSeed(long fieldKey) {
        FieldSeed[] table = fieldSeeds;
        if (table == null) {
            if (drawsWithoutSeeds++ < SEEDS_KEPT_AFTER) {
                return newFieldSeed(fieldKey);
            }
            table = new FieldSeed[SEED_SLOTS];
            fieldSeeds = table;
        }
        int slot = (int) fieldKey & (SEED_SLOTS - 1);
        for (int probe = 0; probe < SEED_PROBES; probe++) {
            FieldSeed s = table[slot];
            if (s == null) {
                s = newFieldSeed(fieldKey);
                table[slot] = s;
                return s;
            }
            if (s.key() == fieldKey) {
                return s;
            }
            slot = (slot + 1) & (SEED_SLOTS - 1);
        }
        return newFieldSeed(fieldKey);
    }

    private FieldSeed newFieldSeed(long fieldKey) {
        long seed = SplitMix64.mix(entitySeed, fieldKey);
        return new FieldSeed(fieldKey, seed, SplitMix64.mix(seed));
    }

    /**
     * The stream of field {@code fieldKey} of record {@code index}, or null when the context's links
     * fix that field's value there (then {@link #value} gives it): generated code calls the field's
     * spec on the stream itself, so that C2 knows which spec it calls.
     */
    public Draw drawUnlessFixed(long index, long fieldKey) {
        if (mayFix && links.fixed(entityKey, fieldKey, index) != Links.NOT_FIXED) {
            return null;
        }
        return draw(index, fieldKey);
    }

    /**
     * The value the context's links fix for field {@code fieldKey} of record {@code index}, where
     * {@link #drawUnlessFixed} gave null: generated code asks the links once per field, not twice.
     */
    @SuppressWarnings("unchecked")
    public <T> T fixed(long index, long fieldKey) {
        return (T) links.fixed(entityKey, fieldKey, index);
    }

    /** Field {@code field}'s value in record {@code index}, from its own stream; errors name the field. */
    @SuppressWarnings("unchecked")
    public <T> T value(long index, long fieldKey, ValueSpec<T> spec, String field) {
        Object fixed = mayFix ? links.fixed(entityKey, fieldKey, index) : Links.NOT_FIXED;
        if (fixed != Links.NOT_FIXED) {
            return (T) fixed;
        }
        // the spec is called here, not through Draw.value: C2 inlines at most 15 calls deep
        Draw draw = draw(index, fieldKey);
        try {
            return spec.next(draw);
        } catch (RuntimeException e) {
            throw Draw.failed(field, e);
        }
    }

    /** Like {@link #value}, but null at the null rate. */
    @SuppressWarnings("unchecked")
    public <T> T nullableValue(long index, long fieldKey, ValueSpec<T> spec, String field) {
        Object fixed = mayFix ? links.fixed(entityKey, fieldKey, index) : Links.NOT_FIXED;
        return fixed != Links.NOT_FIXED ? (T) fixed : draw(index, fieldKey).nullableValue(spec, field);
    }

    public long seed() {
        return seed;
    }

    /** The key of the entity whose records this context makes. */
    public long entityKey() {
        return entityKey;
    }

    /** The instant that "now" means for relative ranges, past and future. */
    public Instant referenceTime() {
        return referenceTime;
    }

    public Locale locale() {
        return locale;
    }

    /** How often a nullable field is null, in {@code [0, 1]}. */
    public double nullRate() {
        return nullRate;
    }

    /** The realistic value pools of this context's locale, drawn once per locale. */
    public Pools pools() {
        Pools p = pools;
        if (p == null) {
            p = Pools.of(locale);
            pools = p;
        }
        return p;
    }
}
