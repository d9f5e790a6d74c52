package io.fixtura.junit;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Reference;
import io.fixtura.runtime.generate.Capacity;
import io.fixtura.runtime.generate.FieldSlot;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.generate.RecordMaker;
import io.fixtura.runtime.random.Keys;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An entity model and record maker written by hand, as the processor would write them, for the
 * extension's tests (the processor does not run in this module): each field is a slot with its
 * own stream, and a record is assembled from one value per slot, so edge and invalid cases work.
 *
 * <pre>{@code new HandMadeModel<>(Team.class, "teams", List.of("id"), fields, slots, v -> new Team((UUID) v[0], …));}</pre>
 */
public class HandMadeModel<T> implements EntityModel<T> {

    private final Class<T> type;
    private final String table;
    private final List<String> key;
    private final List<FieldModel<T>> fields;
    private final RecordMaker<T> maker;

    public HandMadeModel(Class<T> type, String table, List<String> key, List<FieldModel<T>> fields,
            List<FieldSlot<?>> slots, Function<Object[], T> assemble) {
        this.type = type;
        this.table = table;
        this.key = List.copyOf(key);
        this.fields = List.copyOf(fields);
        this.maker = maker(type, List.copyOf(slots), assemble);
    }

    private static <T> RecordMaker<T> maker(Class<T> type, List<FieldSlot<?>> slots, Function<Object[], T> assemble) {
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
            public List<FieldSlot<?>> slots() {
                return slots;
            }

            @Override
            public T assemble(Object[] values) {
                return assemble.apply(values);
            }

            @Override
            public T make(GenerationContext context, long index) {
                Object[] values = new Object[slots.size()];
                for (int i = 0; i < values.length; i++) {
                    FieldSlot<?> slot = slots.get(i);
                    values[i] = slot.nullable()
                            ? context.nullableValue(index, slot.key(), slot.spec(), slot.name())
                            : context.value(index, slot.key(), slot.spec(), slot.name());
                }
                return assemble.apply(values);
            }

            @Override
            public Capacity capacity(Instant referenceTime) {
                return Capacity.UNBOUNDED;
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
        return Integer.toHexString(Objects.hash(table, key, fields.toString()));
    }

    @Override
    public RecordMaker<T> maker() {
        return maker;
    }
}
