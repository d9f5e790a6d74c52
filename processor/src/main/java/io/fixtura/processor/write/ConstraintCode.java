package io.fixtura.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.fixtura.processor.model.Constraints;
import io.fixtura.processor.model.Constraints.NumberBound;
import io.fixtura.processor.model.ScalarType;
import io.fixtura.processor.model.Shape;
import io.fixtura.processor.model.Slot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a slot's declared constraints as runtime {@code Constraint}s, each named after the
 * annotation it came from, so a model's {@code validate} reports what Bean Validation would.
 */
final class ConstraintCode {

    static final ClassName CONSTRAINT = ClassName.get("io.fixtura.runtime", "Constraint");

    private ConstraintCode() {
    }

    /** The constraints of a slot, with those of its elements wrapped in {@code Constraint.elements}. */
    static List<CodeBlock> of(Slot slot, boolean unique) {
        List<CodeBlock> out = own(slot.constraints(), slot.shape());
        if (unique) {
            out.add(CodeBlock.of("$T.unique()", CONSTRAINT));
        }
        Slot element = elementSlot(slot.shape());
        if (element != null) {
            List<CodeBlock> inner = of(element, false);
            if (!inner.isEmpty()) {
                out.add(CodeBlock.of("$T.elements($L)", CONSTRAINT, CodeBlock.join(inner, ", ")));
            }
        }
        return out;
    }

    private static Slot elementSlot(Shape shape) {
        if (shape instanceof Shape.Collection c) {
            return c.element();
        }
        if (shape instanceof Shape.Map m) {
            return m.value();
        }
        return shape instanceof Shape.Optional o ? o.value() : null;
    }

    private static List<CodeBlock> own(Constraints c, Shape shape) {
        List<CodeBlock> out = new ArrayList<>();
        if (c.notNull()) {
            out.add(CodeBlock.of("$T.notNull()", CONSTRAINT));
        }
        if (c.notEmpty()) {
            out.add(CodeBlock.of("$T.notEmpty()", CONSTRAINT));
        }
        if (c.notBlank()) {
            out.add(CodeBlock.of("$T.notBlank()", CONSTRAINT));
        }
        if (c.size() != null) {
            out.add(CodeBlock.of("$T.size($S, $L, $L)", CONSTRAINT, c.size().annotation(), c.size().min(),
                    c.size().max() == Integer.MAX_VALUE ? "Integer.MAX_VALUE" : c.size().max()));
        }
        if (c.columnLength() != null && shape instanceof Shape.Scalar s && s.type() == ScalarType.STRING) {
            out.add(CodeBlock.of("$T.size($S, 0, $L)", CONSTRAINT, "Column", c.columnLength()));
        }
        for (NumberBound b : c.numbers()) {
            out.add(CodeBlock.of("$T.number($S, $L, $L, $L, $L)", CONSTRAINT, b.annotation(), decimal(b.min()),
                    b.minInclusive(), decimal(b.max()), b.maxInclusive()));
        }
        if (c.time() != null) {
            out.add(CodeBlock.of("$T.time($S, $L, $L)", CONSTRAINT, "Range",
                    c.time().min() == null ? "null" : SpecCode.timeBound(c.time().min()),
                    c.time().max() == null ? "null" : SpecCode.timeBound(c.time().max())));
        }
        if (c.pattern() != null) {
            out.add(CodeBlock.of("$T.pattern($S, $S)", CONSTRAINT, "Pattern", c.pattern()));
        }
        if (c.email()) {
            out.add(CodeBlock.of("$T.email()", CONSTRAINT));
        }
        if (c.digits() != null) {
            out.add(CodeBlock.of("$T.digits($L, $L)", CONSTRAINT, c.digits().integer(), c.digits().fraction()));
        }
        if (c.temporal() != null) {
            out.add(CodeBlock.of("$T.temporal($S)", CONSTRAINT, c.temporal()));
        }
        return out;
    }

    private static CodeBlock decimal(BigDecimal value) {
        return value == null ? CodeBlock.of("null") : CodeBlock.of("new $T($S)", BigDecimal.class, value.toPlainString());
    }
}
