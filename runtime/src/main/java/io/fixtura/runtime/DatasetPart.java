package io.fixtura.runtime;

import io.fixtura.runtime.dataset.EntityRows;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** One entity's records in a dataset: generated from its maker (on demand), or given. */
final class DatasetPart<T> implements EntityRows<T> {
    private final EntityModel<T> model;
    private final Generator<T> generator;
    private final List<T> given;
    private final long count;
    private final Set<String> deferred;

    DatasetPart(EntityModel<T> model, Generator<T> generator, List<T> given, long count, Set<String> deferred) {
        this.model = model;
        this.generator = generator;
        this.given = given;
        this.count = count;
        this.deferred = deferred;
    }

    Stream<T> stream(long from, long to) {
        return given != null ? given.subList((int) from, (int) to).stream() : generator.streamChecked(from, to);
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

