package io.fixtura.runtime.generate;

/**
 * How the references of one entity's records choose their parent records. A standalone factory
 * picks uniformly among the first {@link Defaults#PARENT_POOL} parents; a dataset knows each
 * parent's real count and cardinality and supplies its own links.
 */
public interface Links {

    /** Uniform choice among the first {@link Defaults#PARENT_POOL} parents. */
    Links NONE = (draw, capacity) -> draw.below(Math.max(1, Math.min(Defaults.PARENT_POOL, capacity)));

    /** What {@link #fixed} returns for a field whose value is generated as usual. */
    Object NOT_FIXED = new Object();

    /** The parent index that reference stream {@code draw} points at; {@code capacity} bounds it. */
    long parentIndex(Draw draw, long parentCapacity);

    /**
     * The value a dataset fixes for field {@code fieldKey} of record {@code index} of entity
     * {@code entityKey} — a given record's value, or a line number within its parent — else
     * {@link #NOT_FIXED}.
     */
    default Object fixed(long entityKey, long fieldKey, long index) {
        return NOT_FIXED;
    }
}
