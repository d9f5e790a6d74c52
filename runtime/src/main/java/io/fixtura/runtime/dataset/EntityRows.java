package io.fixtura.runtime.dataset;

import io.fixtura.runtime.EntityModel;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One entity's part of a dataset, as sinks see it: its model, how many records, the records in
 * index order (made on demand, so a sink can stream millions), and the references that must be
 * filled in a second pass because they close a cycle (inserted null, then updated).
 */
public interface EntityRows<T> {

    EntityModel<T> model();

    long count();

    /** Records {@code 0 .. count-1}, lazily. */
    Stream<T> stream();

    /** Fields (nullable references) that point forward in the load order: write null first, update later. */
    Set<String> deferredFields();
}
