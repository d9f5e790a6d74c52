package io.fixtura.processor.check;

import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.model.FieldDecl;
import io.fixtura.processor.model.ScalarType;
import io.fixtura.processor.model.Shape;
import io.fixtura.processor.model.Slot;
import io.fixtura.processor.read.Annotations;
import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks each {@code @Sensitive} field against its strategy before an anonymizer is written: the
 * strategy must be able to rewrite the field's type, must keep a unique field unique, and the field
 * must be the entity's own (members of nested values are not rewritten one by one).
 */
public final class SensitiveChecks {

    private static final Set<ScalarType> WHOLE = EnumSet.of(ScalarType.BYTE, ScalarType.SHORT, ScalarType.INT,
            ScalarType.LONG);
    private static final Set<ScalarType> TIMES = EnumSet.of(ScalarType.LOCAL_DATE, ScalarType.LOCAL_DATE_TIME,
            ScalarType.LOCAL_TIME, ScalarType.INSTANT, ScalarType.OFFSET_DATE_TIME, ScalarType.ZONED_DATE_TIME,
            ScalarType.DURATION);

    private final Annotations annotations;
    private final Diagnostics diagnostics;

    public SensitiveChecks(Annotations annotations, Diagnostics diagnostics) {
        this.annotations = annotations;
        this.diagnostics = diagnostics;
    }

    /** Reports every sensitive field of {@code entity} that its strategy cannot anonymize safely. */
    public void check(EntityDecl entity) {
        for (FieldDecl field : entity.fields()) {
            nested(field, field.slot());
            if (field.sensitive() == null) {
                continue;
            }
            String why = unfit(field.sensitive(), field.slot().shape());
            if (why != null) {
                error(field, Message.SENSITIVE_TYPE, field.sensitive(), field.name(), field.slot().type(), why);
            } else if ((field.unique() || field.key()) && !injective(field)) {
                error(field, Message.SENSITIVE_NOT_INJECTIVE, field.sensitive(), field.name());
            }
        }
    }

    /** Why {@code strategy} cannot rewrite a value of {@code shape}, or null when it can. */
    private static String unfit(String strategy, Shape shape) {
        boolean whole = strategy.equals("FAKE") || strategy.equals("REDACT");
        if (!(shape instanceof Shape.Scalar scalar) || scalar.type() == ScalarType.BYTES
                || scalar.type() == ScalarType.BIG_INTEGER) {
            return whole ? null : "a value of this type can only be drawn anew as a whole (FAKE) or redacted (REDACT)";
        }
        ScalarType type = scalar.type();
        boolean text = type == ScalarType.STRING || type == ScalarType.CHAR;
        boolean tokenizable = text || WHOLE.contains(type) || type == ScalarType.BIG_DECIMAL || type == ScalarType.UUID;
        return switch (strategy) {
            case "MASK" -> text ? null : "MASK keeps characters of text; use TOKENIZE or GENERALIZE";
            case "HASH", "TOKENIZE" -> tokenizable ? null
                    : strategy + " rewrites text, whole numbers, decimals and UUIDs; use FAKE or GENERALIZE";
            case "GENERALIZE" -> type != ScalarType.UUID && type != ScalarType.BOOLEAN ? null
                    : "GENERALIZE rounds numbers, dates, times and postcodes; use FAKE or TOKENIZE";
            default -> null;
        };
    }

    /** Whether the strategy maps distinct values of this field to distinct values. */
    private static boolean injective(FieldDecl field) {
        String strategy = field.sensitive();
        boolean tokenizable = field.slot().shape() instanceof Shape.Scalar s && s.type() != ScalarType.BOOLEAN
                && s.type() != ScalarType.BYTES && s.type() != ScalarType.BIG_INTEGER
                && s.type() != ScalarType.CHAR && !TIMES.contains(s.type()) && s.type() != ScalarType.DOUBLE
                && s.type() != ScalarType.FLOAT;
        return switch (strategy) {
            case "GENERALIZE" -> false;
            case "REDACT" -> field.nullable();
            default -> tokenizable;
        };
    }

    /** Reports {@code @Sensitive} members of the nested values {@code slot} holds, at any depth. */
    private void nested(FieldDecl owner, Slot slot) {
        Shape shape = slot.shape();
        if (shape instanceof Shape.Collection c) {
            nested(owner, c.element());
        } else if (shape instanceof Shape.Optional o) {
            nested(owner, o.value());
        } else if (shape instanceof Shape.Map m) {
            nested(owner, m.value());
        } else if (shape instanceof Shape.Nested n) {
            for (FieldDecl member : n.fields()) {
                if (member.sensitive() != null) {
                    error(member, Message.SENSITIVE_NESTED, member.name(), n.name().simpleName(), owner.name(),
                            n.name().simpleName());
                }
                nested(owner, member.slot());
            }
        }
    }

    private void error(FieldDecl field, Message message, Object... args) {
        AnnotationMirror sensitive = annotations.fixtura(field.element(), "Sensitive").orElse(null);
        if (sensitive == null) {
            diagnostics.error(field.element(), message, args);
        } else {
            diagnostics.error(field.element(), sensitive, message, args);
        }
    }
}
