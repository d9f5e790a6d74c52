package io.fixtura.runtime.anonymize;

import io.fixtura.annotations.Sensitive.Strategy;
import io.fixtura.runtime.AnonymizationKey;
import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.HandMadeModel;
import io.fixtura.runtime.Reference;
import io.fixtura.runtime.SqlType;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.values.Kind;
import io.fixtura.runtime.values.TimeBound;
import java.math.BigDecimal;
import java.sql.JDBCType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bulk anonymizer tests' domain: parents with four sensitive fields (a TOKENIZE key, a unique
 * FAKE email, a MASK phone under a pattern, a GENERALIZE birth date within a range) and plain
 * columns with awkward text, and children whose foreign key references the parent's key.
 */
final class BulkModels {

    static final AnonymizationKey KEY = AnonymizationKey.of("bulk test secret, long enough");
    static final AnonymizationKey OTHER_KEY = AnonymizationKey.of("another bulk test secret, long enough");
    static final Instant REFERENCE_TIME = Instant.parse("2025-01-01T00:00:00Z");
    static final String PHONE = "\\+1-\\d{3}-\\d{3}-\\d{4}";
    static final int PARENT_COUNT = 20;
    static final int CHILD_COUNT = 50;

    record Parent(Long id, String email, String phone, LocalDate born, String name, List<String> tags) {
    }

    record Child(Long id, Long parentId, String note, BigDecimal amount) {
    }

    static final HandMadeModel<Parent> PARENTS = new HandMadeModel<>(Parent.class, "parents", List.of("id"), List.of(
            FieldModel.<Parent>of("id", Long.class, Parent::id).key().sqlType(SqlType.of(JDBCType.BIGINT))
                    .sensitive(Strategy.TOKENIZE, null),
            FieldModel.<Parent>of("email", String.class, Parent::email).notNull().unique()
                    .sqlType(SqlType.varchar(120))
                    .constraints(Constraint.notNull(), Constraint.email(), Constraint.size("Size", 5, 120))
                    .sensitive(Strategy.FAKE, Kind.EMAIL),
            FieldModel.<Parent>of("phone", String.class, Parent::phone).sqlType(SqlType.varchar(20))
                    .constraints(Constraint.pattern("Pattern", PHONE)).sensitive(Strategy.MASK, Kind.PHONE),
            FieldModel.<Parent>of("born", LocalDate.class, Parent::born).sqlType(SqlType.of(JDBCType.DATE))
                    .constraints(Constraint.time("Range", TimeBound.at(LocalDate.of(1960, 1, 2)),
                            TimeBound.at(LocalDate.of(2005, 12, 31))))
                    .sensitive(Strategy.GENERALIZE, null),
            FieldModel.<Parent>of("name", String.class, Parent::name).column("display_name")
                    .sqlType(SqlType.varchar(200)),
            FieldModel.<Parent>of("tags", List.class, Parent::tags).sqlType(SqlType.json())),
            (context, index) -> parent(index));

    static final HandMadeModel<Child> CHILDREN = new HandMadeModel<>(Child.class, "children", List.of("id"), List.of(
            FieldModel.<Child>of("id", Long.class, Child::id).key().sqlType(SqlType.of(JDBCType.BIGINT)),
            FieldModel.<Child>of("parentId", Long.class, Child::parentId).column("parent_id").notNull()
                    .sqlType(SqlType.of(JDBCType.BIGINT))
                    .references(new Reference("parentId", Parent.class, "parents", "id")),
            FieldModel.<Child>of("note", String.class, Child::note).sqlType(SqlType.varchar(200)),
            FieldModel.<Child>of("amount", BigDecimal.class, Child::amount).sqlType(SqlType.decimal(10, 2))),
            (context, index) -> child(index));

    static final List<EntityModel<?>> MODELS = List.of(PARENTS, CHILDREN);

    private BulkModels() {
    }

    static BulkAnonymizer anonymizer(AnonymizationKey key) {
        return BulkAnonymizer.with(key, MODELS).withReferenceTime(REFERENCE_TIME);
    }

    /** Parent {@code index}: seven-digit ids, every third with a name that needs CSV quoting and JSON escapes. */
    static Parent parent(long index) {
        long id = 1_000_000 + index * 7;
        String phone = index % 4 == 3 ? null : String.format("+1-555-%03d-%04d", index % 1000, index % 10_000);
        LocalDate born = LocalDate.of(1960 + (int) (index % 40), 1 + (int) (index % 12), 3 + (int) (index % 26));
        String name = index % 3 == 0 ? "Name, \"quoted\"\nline \u00e9 \ud83d\ude00 " + index : "plain " + index;
        return new Parent(id, "person." + index + "@corp.example", phone, born, name, List.of("t" + index, "x,y"));
    }

    /** Child {@code index}, of parent {@code index % PARENT_COUNT}. */
    static Child child(long index) {
        String note = index % 2 == 0 ? null : "note, \"" + index + "\"";
        return new Child(index + 1, parent(index % PARENT_COUNT).id(), note, new BigDecimal(index + ".50"));
    }

    static List<Parent> parents() {
        List<Parent> parents = new ArrayList<>();
        for (int i = 0; i < PARENT_COUNT; i++) {
            parents.add(parent(i));
        }
        return parents;
    }

    static List<Child> children() {
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < CHILD_COUNT; i++) {
            children.add(child(i));
        }
        return children;
    }

    static List<EntityRows<?>> rows() {
        return List.of(PARENTS.rows(parents()), CHILDREN.rows(children()));
    }
}
