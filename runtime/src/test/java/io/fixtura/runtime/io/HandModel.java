package io.fixtura.runtime.io;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Reference;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.generate.RecordMaker;
import io.fixtura.runtime.random.Keys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * A hand-made entity model for runtime tests (the processor cannot run here): fields as given, a
 * fingerprint hashed from their schema the way the processor does, and records made by a function
 * of the index.
 */
public final class HandModel<T> implements EntityModel<T> {

    private final Class<T> type;
    private final String table;
    private final List<String> key;
    private final List<FieldModel<T>> fields;
    private final LongFunction<T> records;

    public HandModel(Class<T> type, String table, List<String> key, List<FieldModel<T>> fields,
            LongFunction<T> records) {
        this.type = type;
        this.table = table;
        this.key = List.copyOf(key);
        this.fields = List.copyOf(fields);
        this.records = records;
    }

    /** These records of this model, as a sink sees them. */
    public EntityRows<T> rows(List<T> given) {
        HandModel<T> model = this;
        return new EntityRows<>() {
            @Override
            public EntityModel<T> model() {
                return model;
            }

            @Override
            public long count() {
                return given.size();
            }

            @Override
            public Stream<T> stream() {
                return given.stream();
            }

            @Override
            public Set<String> deferredFields() {
                return Set.of();
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
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder schema = new StringBuilder(table).append('|').append(key);
            for (FieldModel<T> f : fields) {
                schema.append('|').append(f.name()).append(' ').append(f.column()).append(' ').append(f.sqlType())
                        .append(' ').append(f.javaType().getName()).append(' ').append(f.isNullable())
                        .append(f.isKey()).append(f.isUnique()).append(' ').append(f.constraints())
                        .append(' ').append(f.reference());
            }
            return HexFormat.of().formatHex(sha.digest(schema.toString().getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public RecordMaker<T> maker() {
        return new RecordMaker<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public long entityKey() {
                return Keys.of(type.getName());
            }

            @Override
            public T make(GenerationContext context, long index) {
                return records.apply(index);
            }
        };
    }
}
