package io.fixtura.runtime.generate;

/**
 * How many records an entity can have before a unique field runs out of values, and which field
 * sets that limit.
 */
public record Capacity(long count, String field) {

    /** No limit worth naming. */
    public static final Capacity UNBOUNDED = new Capacity(Long.MAX_VALUE, "");

    /** A capacity worked out for one reference time, kept by a maker that references ask on every record. */
    public record At(java.time.Instant referenceTime, Capacity capacity) {
    }

    /** The smaller of this and a field's domain size. */
    public Capacity limit(String field, long domain) {
        return domain < count ? new Capacity(domain, field) : this;
    }
}
