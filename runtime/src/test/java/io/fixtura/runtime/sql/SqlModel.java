package io.fixtura.runtime.sql;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Reference;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.generate.RecordMaker;
import io.fixtura.runtime.random.Keys;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A hand-made entity model for the SQL tests (the processor cannot run in the runtime's own
 * tests): fields as given, references read from them, records made by a function of the context
 * and index, so a {@link io.fixtura.runtime.Dataset} can link them.
 */
final class SqlModel<T> implements EntityModel<T> {

    private final Class<T> type;
    private final String table;
    private final List<String> key;
    private final List<FieldModel<T>> fields;
    private final BiFunction<GenerationContext, Long, T> make;

    SqlModel(Class<T> type, String table, List<String> key, List<FieldModel<T>> fields,
            BiFunction<GenerationContext, Long, T> make) {
        this.type = type;
        this.table = table;
        this.key = List.copyOf(key);
        this.fields = List.copyOf(fields);
        this.make = make;
    }

    /** These records, as a sink sees them, with these fields deferred. */
    EntityRows<T> rows(List<T> records, String... deferred) {
        SqlModel<T> model = this;
        return new EntityRows<>() {
            @Override
            public EntityModel<T> model() {
                return model;
            }

            @Override
            public long count() {
                return records.size();
            }

            @Override
            public Stream<T> stream() {
                return records.stream();
            }

            @Override
            public Set<String> deferredFields() {
                return Set.of(deferred);
            }
        };
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public List<FieldModel<T>> fields() {
        return fields;
    }

    @Override
    public List<String> key() {
        return key;
    }

    @Override
    public List<Reference> references() {
        return fields.stream().map(FieldModel::reference).filter(Objects::nonNull).toList();
    }

    @Override
    public String fingerprint() {
        return Integer.toHexString(fields.toString().hashCode());
    }

    @Override
    public RecordMaker<T> maker() {
        long entityKey = Keys.of(type.getName());
        return new RecordMaker<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public long entityKey() {
                return entityKey;
            }

            @Override
            public T make(GenerationContext context, long index) {
                return make.apply(context, index);
            }
        };
    }
}
