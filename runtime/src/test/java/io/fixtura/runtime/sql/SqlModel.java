package io.fixtura.runtime.sql;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.HandMadeModel;
import io.fixtura.runtime.generate.GenerationContext;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A hand-made entity model for the SQL tests, whose records are made from the context and index
 * so a {@link io.fixtura.runtime.Dataset} can link them.
 */
final class SqlModel<T> extends HandMadeModel<T> {

    SqlModel(Class<T> type, String table, List<String> key, List<FieldModel<T>> fields,
            BiFunction<GenerationContext, Long, T> make) {
        super(type, table, key, fields, make::apply);
    }
}
