package io.fixtura.runtime;

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
import java.util.stream.Stream;

/**
 * An entity model and record maker written by hand from field definitions, for runtime tests
 * (the processor cannot run there): references are read from the fields, the fingerprint is
 * hashed from their schema the way the processor does, and records come from a function of the
 * context and index, so a {@link Dataset} can link them.
 *
 * <pre>{@code new HandMadeModel<>(Team.class, "teams", List.of("id"), fields, (ctx, i) -> new Team(i + 1));}</pre>
 */
public class HandMadeModel<T> implements EntityModel<T> {

    /** Record {@code index} of an entity. */
    @FunctionalInterface
    public interface Make<T> {
        T make(GenerationContext context, long index);
    }

    private final Class<T> type;
    private final String table;
    private final List<String> key;
    private final List<List<String>> uniqueTogether;
    private final List<FieldModel<T>> fields;
    private final RecordMaker<T> maker;

    /** A model with no groups of fields unique together. */
    public HandMadeModel(Class<T> type, String table, List<String> key, List<FieldModel<T>> fields, Make<T> make) {
        this(type, table, key, List.of(), fields, make);
    }

    public HandMadeModel(Class<T> type, String table, List<String> key, List<List<String>> uniqueTogether,
            List<FieldModel<T>> fields, Make<T> make) {
        this.type = type;
        this.table = table;
        this.key = List.copyOf(key);
        this.uniqueTogether = List.copyOf(uniqueTogether);
        this.fields = List.copyOf(fields);
        this.maker = maker(type, make);
    }

    private static <T> RecordMaker<T> maker(Class<T> type, Make<T> make) {
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
                return make.make(context, index);
            }
        };
    }

    /** These records of this model, as a sink sees them, with these fields deferred. */
    public EntityRows<T> rows(List<T> records, String... deferred) {
        HandMadeModel<T> model = this;
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
    public List<List<String>> uniqueTogether() {
        return uniqueTogether;
    }

    @Override
    public List<Reference> references() {
        return fields.stream().map(FieldModel::reference).filter(Objects::nonNull).toList();
    }

    @Override
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder schema = new StringBuilder(table).append('|').append(key).append('|').append(uniqueTogether);
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
        return maker;
    }
}
