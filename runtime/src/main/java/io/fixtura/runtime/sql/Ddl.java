package io.fixtura.runtime.sql;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Reference;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.EntityRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE TABLE statements for a dataset's entities, with every constraint the models declare that
 * a database can enforce: PRIMARY KEY, NOT NULL, UNIQUE, CHECK (ranges, lengths, enum constants,
 * fixed time bounds) and FOREIGN KEY. Tables come in the dataset's order; a foreign key to a table
 * created later (a nullable link closing a cycle) is added by ALTER TABLE once all tables exist.
 *
 * <pre>{@code String ddl = Ddl.create(dataset.rows(), SqlDialect.H2);}</pre>
 */
public final class Ddl {

    private static final String INDENT = "    ";

    private Ddl() {
    }

    /** The statements creating the tables of {@code rows}, in their order, each ending in a semicolon. */
    public static String create(List<EntityRows<?>> rows, SqlDialect dialect) {
        List<EntityModel<?>> models = models(rows);
        Set<String> tables = new HashSet<>();
        models.forEach(m -> tables.add(m.table()));
        return script(steps(models, tables, Set.of(), dialect, Spelling.of(dialect), false));
    }

    /** The statement creating the table of {@code one}; its foreign keys assume the tables they point at exist. */
    public static String create(EntityRows<?> one, SqlDialect dialect) {
        EntityModel<?> model = one.model();
        Set<String> targets = new HashSet<>();
        model.references().forEach(r -> targets.add(r.targetTable()));
        return script(steps(List.of(model), Set.of(model.table()), targets, dialect, Spelling.of(dialect), false));
    }

    /** One statement: the table it creates ({@code create}) or alters, and its SQL. */
    record Step(String table, boolean create, String sql) {
    }

    static List<EntityModel<?>> models(List<EntityRows<?>> rows) {
        List<EntityModel<?>> models = new ArrayList<>();
        rows.forEach(r -> models.add(r.model()));
        return models;
    }

    /**
     * The statements creating the tables of {@code models} named in {@code create}, in order:
     * foreign keys to {@code present} tables, to tables created earlier and to the table itself
     * are declared inline, the others added at the end; with {@code foreignKeysLast} all of them
     * are added at the end, so a loader can fill the tables before they are checked.
     */
    static List<Step> steps(List<EntityModel<?>> models, Set<String> create, Set<String> present,
            SqlDialect dialect, Spelling spelling, boolean foreignKeysLast) {
        List<Step> creates = new ArrayList<>();
        List<Step> alters = new ArrayList<>();
        Set<String> available = new HashSet<>(present);
        for (EntityModel<?> model : models) {
            if (!create.contains(model.table())) {
                continue;
            }
            available.add(model.table());
            List<String> lines = new ArrayList<>();
            for (FieldModel<?> field : model.fields()) {
                lines.add(column(model, field, dialect, spelling));
            }
            if (!model.key().isEmpty()) {
                lines.add("PRIMARY KEY (" + columns(model, model.key(), spelling) + ")");
            }
            for (List<String> group : model.uniqueTogether()) {
                lines.add("UNIQUE (" + columns(model, group, spelling) + ")");
            }
            for (FieldModel<?> field : model.fields()) {
                Reference r = field.reference();
                if (r == null) {
                    continue;
                }
                String foreignKey = foreignKey(model, field, r, models, spelling);
                if (!foreignKeysLast && available.contains(r.targetTable())) {
                    lines.add(foreignKey);
                } else {
                    alters.add(new Step(model.table(), false,
                            "ALTER TABLE " + spelling.table(model.table()) + " ADD " + foreignKey));
                }
            }
            creates.add(new Step(model.table(), true, "CREATE TABLE " + spelling.table(model.table()) + " (\n"
                    + INDENT + String.join(",\n" + INDENT, lines) + "\n)"));
        }
        creates.addAll(alters);
        return creates;
    }

    static String script(List<Step> steps) {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            out.append(out.length() == 0 ? "" : "\n").append(step.sql()).append(";\n");
        }
        return out.toString();
    }

    private static String column(EntityModel<?> model, FieldModel<?> field, SqlDialect dialect, Spelling spelling) {
        String name = spelling.column(model.table(), field.column());
        StringBuilder line = new StringBuilder(name).append(' ')
                .append(ColumnTypes.of(model.table(), field, dialect));
        if (!field.isNullable() || field.isKey()) {
            line.append(" NOT NULL");
        }
        boolean soleKey = field.isKey() && model.key().size() == 1;
        if (field.isUnique() && !soleKey) {
            line.append(" UNIQUE");
        }
        for (String check : Checks.of(field, name, dialect)) {
            line.append(" CHECK (").append(check).append(')');
        }
        return line.toString();
    }

    private static String columns(EntityModel<?> model, List<String> fields, Spelling spelling) {
        List<String> names = new ArrayList<>();
        for (String field : fields) {
            names.add(spelling.column(model.table(), model.field(field).column()));
        }
        return String.join(", ", names);
    }

    private static String foreignKey(EntityModel<?> model, FieldModel<?> field, Reference r,
            List<EntityModel<?>> models, Spelling spelling) {
        return "FOREIGN KEY (" + spelling.column(model.table(), field.column()) + ") REFERENCES "
                + spelling.table(r.targetTable()) + " (" + spelling.column(r.targetTable(), targetColumn(r, models))
                + ")";
    }

    /** The column of the referenced field: from the target's model when it is at hand, else snake_case. */
    static String targetColumn(Reference r, List<EntityModel<?>> models) {
        for (EntityModel<?> m : models) {
            if (m.type() == r.target()) {
                return m.field(r.targetField()).column();
            }
        }
        return snakeCase(r.targetField());
    }

    private static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append(i == 0 ? "" : "_").append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
