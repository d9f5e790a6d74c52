package io.fixtura.runtime;

import io.fixtura.runtime.generate.Defaults;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What the runtime knows of an entity, written by the processor as {@code UserModel.INSTANCE}
 * and listed in {@code META-INF/services/io.fixtura.runtime.EntityModel}: table, fields with
 * their columns, SQL types and constraints, key, references and a fingerprint of the schema.
 *
 * <pre>{@code List<Violation> problems = UserModel.INSTANCE.validate(user);}</pre>
 */
public interface EntityModel<T> {

    /** The entity's class. */
    Class<T> type();

    /** The table it is stored in. */
    String table();

    /** Its fields, in declaration order. */
    List<FieldModel<T>> fields();

    /** The names of its key fields (several for a composite key; empty for none). */
    List<String> key();

    /** Its foreign keys. */
    List<Reference> references();

    /**
     * Groups of fields whose values are unique together (JPA {@code @Table(uniqueConstraints)}),
     * besides the key; empty when there are none.
     */
    default List<List<String>> uniqueTogether() {
        return List.of();
    }

    /**
     * A hash of what the stored data depends on: table, columns, types and constraints. It
     * changes when the entity's schema does, so stored data can tell it is stale.
     */
    String fingerprint();

    /** What makes this entity's records: the generated factory's record maker. */
    io.fixtura.runtime.generate.RecordMaker<T> maker();

    /** The field named {@code name}. */
    default FieldModel<T> field(String name) {
        for (FieldModel<T> field : fields()) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        throw new IllegalArgumentException(type().getSimpleName() + " has no field '" + name + "'");
    }

    /**
     * Every constraint {@code entity} breaks, checked as Bean Validation would: past and future
     * against the wall clock, relative ranges against the default reference time.
     */
    default List<Violation> validate(T entity) {
        return validate(entity, Defaults.referenceTime());
    }

    /** Every constraint {@code entity} breaks, relative ranges taken from {@code referenceTime}. */
    default List<Violation> validate(T entity, Instant referenceTime) {
        Constraint.CheckClock clock = new Constraint.CheckClock(referenceTime, Instant.now(), ZoneId.systemDefault());
        List<Violation> violations = new ArrayList<>();
        String entityName = type().getSimpleName();
        for (FieldModel<T> field : fields()) {
            field.check(entityName, field.name(), field.get(entity), clock, violations);
        }
        return violations;
    }
}
