package io.fixtura.runtime.cases;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Invalid;
import io.fixtura.runtime.Violation;
import io.fixtura.runtime.generate.FieldSlot;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.generate.RecordMaker;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds, for each constraint of each field, an instance that breaks that constraint and nothing
 * else: a valid record with one field replaced by a candidate from {@link InvalidValues}, kept only
 * when the model finds exactly that one violation. Constraints on collection elements are broken
 * through the first element of a list.
 */
public final class InvalidCases {

    private static final int BASE_ATTEMPTS = 32;

    private InvalidCases() {
    }

    /** The invalid cases of an entity, in field and constraint order; deterministic for a context. */
    public static <T> List<Invalid<T>> of(RecordMaker<T> maker, EntityModel<T> model, GenerationContext context) {
        List<FieldSlot<?>> slots = maker.slots();
        Object[] base = validBase(maker, model, context);
        List<Invalid<T>> out = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            FieldModel<T> field = model.field(slots.get(i).name());
            for (Constraint constraint : field.constraints()) {
                if (constraint instanceof Constraint.Elements elements) {
                    for (Constraint inner : elements.constraints()) {
                        breakFirstElement(maker, model, context, base, i, field, inner, out);
                    }
                } else if (!(constraint instanceof Constraint.Unique)) {
                    List<InvalidValues.Candidate> candidates =
                            InvalidValues.of(constraint, field.javaType(), base[i], context.referenceTime());
                    tryCandidates(maker, model, context, base, i, field.name(), constraint.name(), constraint.name(),
                            candidates, out);
                }
            }
        }
        return out;
    }

    /** One field value per slot, from the first record (of a few) that the model finds valid, nulls avoided. */
    static <T> Object[] validBase(RecordMaker<T> maker, EntityModel<T> model, GenerationContext context) {
        List<FieldSlot<?>> slots = maker.slots();
        for (long index = 0; index < BASE_ATTEMPTS; index++) {
            Object[] values = new Object[slots.size()];
            for (int i = 0; i < slots.size(); i++) {
                values[i] = slots.get(i).spec().next(context.draw(index, slots.get(i).key()));
            }
            if (model.validate(maker.assemble(values), context.referenceTime()).isEmpty()) {
                return values;
            }
        }
        throw new IllegalStateException(model.type().getSimpleName() + ": no valid record among the first "
                + BASE_ATTEMPTS + " to derive invalid cases from (seed " + context.seed() + ")");
    }

    private static <T> void breakFirstElement(RecordMaker<T> maker, EntityModel<T> model, GenerationContext context,
            Object[] base, int i, FieldModel<T> field, Constraint inner, List<Invalid<T>> out) {
        if (!(base[i] instanceof List<?> list) || list.isEmpty()) {
            return;
        }
        Object first = list.get(0);
        List<InvalidValues.Candidate> candidates = new ArrayList<>();
        for (InvalidValues.Candidate c : InvalidValues.of(inner, first.getClass(), first, context.referenceTime())) {
            List<Object> changed = new ArrayList<>(list);
            changed.set(0, c.value());
            candidates.add(new InvalidValues.Candidate(changed, "element 0 " + c.description()));
        }
        tryCandidates(maker, model, context, base, i, field.name(), "Elements", inner.name(), candidates, out);
    }

    private static <T> void tryCandidates(RecordMaker<T> maker, EntityModel<T> model, GenerationContext context,
            Object[] base, int i, String field, String modelConstraint, String tag,
            List<InvalidValues.Candidate> candidates, List<Invalid<T>> out) {
        for (InvalidValues.Candidate candidate : candidates) {
            Object[] values = base.clone();
            values[i] = candidate.value();
            T instance;
            try {
                instance = maker.assemble(values);
            } catch (RuntimeException e) {
                continue; // e.g. null for a primitive, or a value the class itself refuses
            }
            List<Violation> violations = model.validate(instance, context.referenceTime());
            if (violations.size() == 1 && violations.get(0).field().equals(field)
                    && violations.get(0).constraint().equals(modelConstraint)) {
                out.add(new Invalid<>(instance, field, tag, candidate.value(), candidate.description()));
                return;
            }
        }
    }
}
