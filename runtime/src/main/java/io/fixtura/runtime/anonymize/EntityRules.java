package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.AnonymizationKey;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Reference;
import io.fixtura.runtime.Violation;
import io.fixtura.runtime.generate.FieldSlot;
import io.fixtura.runtime.values.ValueSpec;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The rules of one entity: for each field, the rule of its own {@code @Sensitive} strategy, the
 * rule of the sensitive field it references, or none (copied). Generated anonymizers and the bulk
 * anonymizer both apply them, so an entity anonymizes alike as an instance, a file row or a table row.
 *
 * <pre>{@code User masked = EntityRules.of(UserModel.INSTANCE, key, List.of(), now).anonymize(user);}</pre>
 */
public final class EntityRules<T> {

    private final EntityModel<T> model;
    private final FieldRule[] rules;
    private final Instant referenceTime;

    private EntityRules(EntityModel<T> model, FieldRule[] rules, Instant referenceTime) {
        this.model = model;
        this.rules = rules;
        this.referenceTime = referenceTime;
    }

    /**
     * The rules of {@code model} under {@code key}; {@code others} are the models its references may
     * point at (the entity's own model is always among them), and relative time bounds are resolved
     * at {@code referenceTime}.
     */
    public static <T> EntityRules<T> of(EntityModel<T> model, AnonymizationKey key,
            Collection<? extends EntityModel<?>> others, Instant referenceTime) {
        Objects.requireNonNull(key, "key: there is no default anonymization key");
        List<FieldModel<T>> fields = model.fields();
        FieldRule[] rules = new FieldRule[fields.size()];
        for (int i = 0; i < rules.length; i++) {
            FieldModel<T> field = fields.get(i);
            if (field.sensitive() != null) {
                rules[i] = FieldRule.of(key, model.type().getSimpleName(), field, spec(model, field.name()),
                        referenceTime);
            } else if (field.reference() != null) {
                rules[i] = referenced(model, field, key, others, referenceTime);
            }
        }
        return new EntityRules<>(model, rules, referenceTime);
    }

    /** The referenced field's rule, fitted to the referencing field too; null if the target is not sensitive. */
    private static FieldRule referenced(EntityModel<?> model, FieldModel<?> field, AnonymizationKey key,
            Collection<? extends EntityModel<?>> others, Instant referenceTime) {
        Reference reference = field.reference();
        EntityModel<?> target = reference.target() == model.type() ? model : others.stream()
                .filter(m -> m.type() == reference.target()).findFirst().orElse(null);
        if (target == null) {
            throw new AnonymizationException(model.type().getSimpleName() + "." + field.name() + " references "
                    + reference.target().getSimpleName() + ", whose model was not given: an anonymizer must know"
                    + " the target's @Sensitive fields to keep the join");
        }
        FieldModel<?> targetField = target.field(reference.targetField());
        if (targetField.sensitive() == null) {
            return null;
        }
        return FieldRule.of(key, target.type().getSimpleName(), targetField, spec(target, targetField.name()),
                referenceTime).alsoFitting(field);
    }

    private static ValueSpec<?> spec(EntityModel<?> model, String field) {
        for (FieldSlot<?> slot : model.maker().slots()) {
            if (slot.name().equals(field)) {
                return slot.spec();
            }
        }
        return null;
    }

    public EntityModel<T> model() {
        return model;
    }

    /** Whether field {@code index} (of {@link EntityModel#fields()}) is rewritten rather than copied. */
    public boolean rewrites(int index) {
        return rules[index] != null;
    }

    /** Whether any field is rewritten. */
    public boolean rewritesAny() {
        for (FieldRule rule : rules) {
            if (rule != null) {
                return true;
            }
        }
        return false;
    }

    /** The anonymized value of field {@code index} for {@code value}: rewritten by its rule, or {@code value}. */
    public Object value(int index, Object value) {
        return rules[index] == null ? value : rules[index].apply(value);
    }

    /** The anonymized value of the field named {@code field}. */
    public Object value(String field, Object value) {
        List<FieldModel<T>> fields = model.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(field)) {
                return value(i, value);
            }
        }
        throw new IllegalArgumentException(model.type().getSimpleName() + " has no field '" + field + "'");
    }

    /**
     * A new instance: each sensitive field (and each reference to one) rewritten, the others copied,
     * then checked against the model.
     *
     * @throws AnonymizationException if a strategy cannot fit a field, or the result breaks a constraint
     */
    public T anonymize(T original) {
        Objects.requireNonNull(original, "original");
        List<FieldModel<T>> fields = model.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(i, fields.get(i).get(original));
        }
        T anonymized = model.maker().assemble(values);
        List<Violation> violations = model.validate(anonymized, referenceTime);
        if (!violations.isEmpty()) {
            // the original's own violations are no reason to refuse: only what anonymizing broke is
            List<Violation> before = model.validate(original, referenceTime);
            violations.removeIf(v -> before.stream().anyMatch(b -> b.field().equals(v.field())
                    && b.constraint().equals(v.constraint())));
        }
        if (!violations.isEmpty()) {
            throw new AnonymizationException("the anonymized " + model.type().getSimpleName()
                    + " breaks its constraints: " + violations.stream().map(v -> v.field() + " @" + v.constraint())
                            .toList() + "; choose @Sensitive strategies whose output fits these fields");
        }
        return anonymized;
    }
}
