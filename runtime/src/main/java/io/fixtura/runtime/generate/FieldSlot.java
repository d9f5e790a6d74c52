package io.fixtura.runtime.generate;

import io.fixtura.runtime.values.ValueSpec;

/**
 * One top-level field as the generated maker describes it to the runtime: its name, stream key,
 * value spec and whether it may be null. Lets edge and invalid cases be built generically, field
 * by field, and assembled by {@link RecordMaker#assemble}.
 */
public record FieldSlot<V>(String name, long key, ValueSpec<V> spec, boolean nullable) {
}
