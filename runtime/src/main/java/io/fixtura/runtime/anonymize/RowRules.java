package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.dataset.Columns;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One entity's {@link EntityRules} as the bulk anonymizer applies them to stored rows: fields found
 * by column name, only the rewritten ones turned into Java values and back into column values, and
 * every failure prefixed with where it happened (file and line, or table and row).
 */
final class RowRules {

    /** What a column name looks like: an identifier, not an email, a number or a sentence. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,63}");

    private final EntityRules<?> rules;
    private final List<? extends FieldModel<?>> fields;
    private final Map<String, Integer> byColumn = new HashMap<>();

    RowRules(EntityRules<?> rules) {
        this.rules = rules;
        this.fields = rules.model().fields();
        for (int i = 0; i < fields.size(); i++) {
            byColumn.put(fields.get(i).column(), i);
            if (rules.rewrites(i)) {
                ColumnValues.requireReadable(rules.model(), fields.get(i));
            }
        }
    }

    EntityModel<?> model() {
        return rules.model();
    }

    int size() {
        return fields.size();
    }

    FieldModel<?> field(int index) {
        return fields.get(index);
    }

    /** The index of the field stored in {@code column}, or -1 if the entity has no such column. */
    int indexOf(String column) {
        return byColumn.getOrDefault(column, -1);
    }

    boolean rewrites(int index) {
        return rules.rewrites(index);
    }

    /** The column value field {@code index} stores for {@code value}, rewritten by its rule. */
    Object rewrite(int index, Object value) {
        return Columns.column(fields.get(index), rules.value(index, value));
    }

    /** The column of a required (not nullable) field not among {@code present}, or null if none is missing. */
    String missingRequired(boolean[] present) {
        for (int i = 0; i < fields.size(); i++) {
            if (!present[i] && !fields.get(i).isNullable()) {
                return fields.get(i).column();
            }
        }
        return null;
    }

    /**
     * The failure for a column the entity does not have, named when it looks like a column name;
     * otherwise by position only, since a file without a header would put a value there.
     */
    AnonymizationException unknownColumn(Path file, long line, String column, int position) {
        String where = NAME.matcher(column).matches() ? RowRules.at(file, line, column)
                : RowRules.at(file, line, null) + ", column " + position + " (its name is not shown: it does not"
                        + " look like a column name, so it may be a value)";
        return new AnonymizationException(where + ": " + model().table() + " has no such column; its columns are "
                + fields.stream().map(FieldModel::column).toList());
    }

    /** Where a row of a file is: the file, the 1-based line and, if known, the column. */
    static String at(Path file, long line, String column) {
        return file + ", line " + line + (column == null ? "" : ", column " + column);
    }

    /** {@code failure} (already free of original values) prefixed with {@code where}. */
    static AnonymizationException located(String where, AnonymizationException failure) {
        return new AnonymizationException(where + ": " + failure.getMessage(), failure);
    }
}
