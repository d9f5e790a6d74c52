package io.fixtura.runtime.anonymize;

import io.fixtura.annotations.Sensitive;
import io.fixtura.runtime.AnonymizationKey;
import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Keys;
import io.fixtura.runtime.values.Kind;
import io.fixtura.runtime.values.ValueSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one sensitive field is rewritten: its strategy, keyed by the anonymization key, fitted to
 * the field's constraints, and checked against them. A reference to a sensitive field is given the
 * referenced field's rule, so a child's foreign key maps exactly as its parent's key does.
 *
 * <pre>{@code Object email = FieldRule.of(key, "User", UserModel.INSTANCE.field("email"), spec, now).apply(original);}</pre>
 */
public final class FieldRule {

    private final AnonymizationKey key;
    private final String domain;
    private final Sensitive.Strategy strategy;
    private final Kind kind;
    private final boolean unique;
    private final Limits limits;
    private final ValueSpec<?> spec;
    private final Instant referenceTime;
    private final List<FieldModel<?>> checked = new ArrayList<>();

    private FieldRule(AnonymizationKey key, String domain, FieldModel<?> field, ValueSpec<?> spec,
            Instant referenceTime) {
        this.key = Objects.requireNonNull(key, "key");
        this.domain = domain;
        this.strategy = Objects.requireNonNull(field.sensitive(), () -> domain + " is not @Sensitive");
        this.kind = field.kind();
        this.unique = field.isUnique() || field.isKey();
        this.limits = Limits.of(field);
        this.spec = spec;
        this.referenceTime = referenceTime;
        checked.add(field);
    }

    /**
     * The rule of {@code field}, a sensitive field of entity {@code entity}; {@code spec} is the
     * field's generation spec (or null), which FAKE and REDACT draw from; relative time bounds are
     * resolved at {@code referenceTime}.
     */
    public static FieldRule of(AnonymizationKey key, String entity, FieldModel<?> field, ValueSpec<?> spec,
            Instant referenceTime) {
        return new FieldRule(key, entity + "." + field.name(), field, spec, referenceTime);
    }

    /** This rule, also checking its output against {@code field}'s constraints (a reference to this field). */
    public FieldRule alsoFitting(FieldModel<?> field) {
        FieldRule copy = new FieldRule(key, domain, checked.get(0), spec, referenceTime);
        copy.checked.addAll(checked.subList(1, checked.size()));
        copy.checked.add(field);
        return copy;
    }

    /**
     * The anonymized form of {@code value}; null stays null except where REDACT needs a marker.
     *
     * @throws AnonymizationException if the strategy cannot give a value of this type that meets
     *     the field's constraints (the message names the field and the constraint, never the original)
     */
    public Object apply(Object value) {
        if (value == null) {
            return null;
        }
        boolean nullable = checked.stream().allMatch(FieldModel::isNullable);
        if (strategy == Sensitive.Strategy.REDACT && nullable) {
            return null;
        }
        Object result = value instanceof String text ? TextRules.apply(this, text, v -> problem(v) == null)
                : value instanceof Character c ? TextRules.apply(this, String.valueOf(c), v -> problem(v) == null)
                        .charAt(0)
                : ValueRules.apply(this, value);
        String problem = problem(result);
        if (problem != null) {
            throw new AnonymizationException(domain + ": " + strategy + " gives a value that " + problem
                    + "; choose a @Sensitive strategy whose output fits this field (TOKENIZE keeps the format)");
        }
        return result;
    }

    /** What constraint {@code value} breaks, or null when it meets them all. */
    private String problem(Object value) {
        Constraint.CheckClock clock = new Constraint.CheckClock(referenceTime, Instant.now(), ZoneOffset.UTC);
        for (FieldModel<?> field : checked) {
            for (Constraint constraint : field.constraints()) {
                String message = constraint.check(value, clock);
                if (message != null) {
                    return "breaks @" + constraint.name() + " (" + message + ")";
                }
            }
        }
        return null;
    }

    /**
     * A value of the field's own spec drawn from the keyed hash of {@code original} under
     * {@code purpose}; null when there is no spec or it gives no value of the field's type.
     */
    Object draw(String purpose, String original) {
        if (spec == null) {
            return null;
        }
        long seed = key.hash64(purpose, original);
        GenerationContext context = new GenerationContext(seed, 0, referenceTime, Fake.DEFAULT_LOCALE, 0.0);
        return spec.next(context.draw(0, Keys.of(purpose)));
    }

    AnonymizationException unsupported(Object value, String why) {
        String type = value == null ? "this field" : "a " + value.getClass().getSimpleName();
        return new AnonymizationException(domain + ": " + strategy + " cannot rewrite " + type + ": " + why);
    }

    AnonymizationKey key() {
        return key;
    }

    String domain() {
        return domain;
    }

    Sensitive.Strategy strategy() {
        return strategy;
    }

    Kind kind() {
        return kind;
    }

    boolean unique() {
        return unique;
    }

    Limits limits() {
        return limits;
    }

    Instant referenceTime() {
        return referenceTime;
    }
}
