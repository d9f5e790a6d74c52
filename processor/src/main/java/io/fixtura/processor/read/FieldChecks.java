package io.fixtura.processor.read;

import io.fixtura.processor.check.Diagnostics;
import io.fixtura.processor.check.Message;
import io.fixtura.processor.model.ScalarType;
import io.fixtura.processor.model.Shape;
import io.fixtura.processor.model.Slot;
import io.fixtura.processor.write.RegexCode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * Checks of a field's text annotations at compile time: a {@code @Fake} expression must be
 * well-formed and sit on a String; a {@code @Pattern} must compile and be generatable.
 */
final class FieldChecks {

    private static final Pattern EXPRESSION = Pattern.compile("#\\{([^}]*)}");
    private static final Pattern CALL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+(\\s+.*)?");

    private final Annotations annotations;
    private final Diagnostics diagnostics;

    FieldChecks(Annotations annotations, Diagnostics diagnostics) {
        this.annotations = annotations;
        this.diagnostics = diagnostics;
    }

    /** The {@code @Fake} expression of the field, or null when it has none or it is wrong (reported). */
    String fake(VariableElement field, Slot slot) {
        Optional<AnnotationMirror> fake = annotations.fixtura(field, "Fake");
        if (fake.isEmpty()) {
            return null;
        }
        String expression = annotations.string(fake.get(), "value");
        if (!(slot.shape() instanceof Shape.Scalar s && s.type() == ScalarType.STRING)) {
            diagnostics.error(field, fake.get(), Message.FAKE_TYPE_CONFLICT, field.getSimpleName(),
                    ConstraintReader.describe(slot.shape()));
            return null;
        }
        String problem = expressionProblem(expression);
        if (problem != null) {
            diagnostics.error(field, fake.get(), annotations.explicitValue(fake.get(), "value"), Message.FAKE_SYNTAX,
                    expression, problem);
            return null;
        }
        return expression;
    }

    private static String expressionProblem(String expression) {
        Matcher m = EXPRESSION.matcher(expression);
        int found = 0;
        while (m.find()) {
            found++;
            if (!CALL.matcher(m.group(1).trim()).matches()) {
                return "\"#{" + m.group(1) + "}\" does not name a provider and method";
            }
        }
        if (found == 0) {
            return "it has no #{...} part";
        }
        String rest = EXPRESSION.matcher(expression).replaceAll("");
        if (rest.contains("#{") || rest.contains("}")) {
            return "its braces are unbalanced";
        }
        return null;
    }

    /** Reports a {@code @Pattern} that does not compile or cannot be generated. */
    void pattern(VariableElement field, Slot slot) {
        String regex = slot.constraints().pattern();
        if (regex == null) {
            return;
        }
        AnnotationMirror mirror = annotations.validation(field, "Pattern").orElse(null);
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            report(field, mirror, Message.PATTERN_INVALID, regex, e.getDescription() + " at index " + e.getIndex());
            return;
        }
        try {
            RegexCode.toCode(regex);
        } catch (RegexCode.Unsupported e) {
            report(field, mirror, Message.PATTERN_UNSUPPORTED, regex, e.getMessage());
        }
    }

    private void report(VariableElement field, AnnotationMirror mirror, Message message, Object... args) {
        if (mirror == null) {
            diagnostics.error(field, message, args);
        } else {
            diagnostics.error(field, mirror, annotations.explicitValue(mirror, "regexp"), message, args);
        }
    }
}
