package io.fixtura.runtime.generate;

/**
 * How the references of one entity's records choose their parent records. A standalone factory
 * picks uniformly among the first {@link Defaults#PARENT_POOL} parents; a dataset knows each
 * parent's real count and cardinality and supplies its own links.
 */
public interface Links {

    /** Uniform choice among the first {@link Defaults#PARENT_POOL} parents. */
    Links NONE = (draw, capacity) -> draw.below(Math.max(1, Math.min(Defaults.PARENT_POOL, capacity)));

    /** The parent index that reference stream {@code draw} points at; {@code capacity} bounds it. */
    long parentIndex(Draw draw, long parentCapacity);
}
