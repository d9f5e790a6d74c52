package io.fixtura.runtime.io;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.HandMadeModel;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A hand-made entity model for the file tests, whose records depend on the index alone: sinks
 * write given records, so no dataset has to link them.
 */
public final class HandModel<T> extends HandMadeModel<T> {

    public HandModel(Class<T> type, String table, List<String> key, List<FieldModel<T>> fields,
            LongFunction<T> records) {
        super(type, table, key, fields, (context, index) -> records.apply(index));
    }
}
