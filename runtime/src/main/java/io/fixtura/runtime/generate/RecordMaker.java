package io.fixtura.runtime.generate;

/**
 * Makes record {@code index} of one entity: the generated factory implements it, the
 * {@link io.fixtura.runtime.Generator} drives it. Making a record must be a pure function of the
 * context and the index.
 */
public interface RecordMaker<T> {

    /** The entity's type. */
    Class<T> type();

    /** The entity's key for deriving streams, normally {@code Keys.of(qualified name)}. */
    long entityKey();

    /** The locale the entity declares ({@code @TestEntity(locale)}), or null to take the generator's. */
    default java.util.Locale locale() {
        return null;
    }

    /**
     * The entity's fields in declaration order, with their specs; empty when the maker does not
     * describe them (then edge and invalid cases cannot be built).
     */
    default java.util.List<FieldSlot<?>> slots() {
        return java.util.List.of();
    }

    /** An instance from one value per {@link #slots()} entry, in that order. */
    default T assemble(Object[] values) {
        throw new UnsupportedOperationException(type().getSimpleName() + "'s maker does not assemble instances");
    }

    /** Record {@code index}. */
    T make(GenerationContext context, long index);

    /**
     * How many distinct records the entity's unique fields allow at this reference time, and which
     * field is the limit; {@link Capacity#UNBOUNDED} when nothing is unique or the domains are huge.
     */
    default Capacity capacity(java.time.Instant referenceTime) {
        return Capacity.UNBOUNDED;
    }
}
