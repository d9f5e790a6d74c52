package io.fixtura.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.fixtura.processor.check.Diagnostics;
import io.fixtura.processor.check.Message;
import io.fixtura.processor.kinds.ValueKind;
import io.fixtura.processor.model.Constraints;
import io.fixtura.processor.model.Constraints.TimeValue;
import io.fixtura.processor.model.FieldDecl;
import io.fixtura.processor.model.ScalarType;
import io.fixtura.processor.model.Shape;
import io.fixtura.processor.model.Slot;
import java.math.BigDecimal;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Writes the value spec of a slot: the runtime object (from {@code io.fixtura.runtime.values})
 * that draws its values, configured at compile time with the slot's ranges, lengths, pattern,
 * kind and uniqueness. Reports constraints that leave no valid value.
 */
final class SpecCode {

    static final String VALUES = "io.fixtura.runtime.values";
    private static final ClassName TIME_BOUND = ClassName.get(VALUES, "TimeBound");
    private static final ClassName CHRONO_UNIT = ClassName.get("java.time.temporal", "ChronoUnit");
    private static final int DEFAULT_STRING_MAX = 255;

    private final Diagnostics diagnostics;
    private final ClassName factory;
    private final Set<ClassName> generated;
    /** Whether the field being planned may be null. */
    private boolean nullable;

    SpecCode(Diagnostics diagnostics, ClassName factory, Set<ClassName> generated) {
        this.diagnostics = diagnostics;
        this.factory = factory;
        this.generated = generated;
    }

    /** The spec of a field; null when it cannot be generated (reported). */
    CodeBlock field(FieldDecl f, boolean unique) {
        nullable = f.nullable();
        return slot(f.slot(), f.kind(), f.fake(), unique, unique && f.key(), f.element(), f.name());
    }

    CodeBlock slot(Slot slot, ValueKind kind, String fake, boolean unique, boolean key, Element at, String name) {
        Constraints c = slot.constraints();
        Shape shape = slot.shape();
        if (shape instanceof Shape.Scalar s) {
            return scalar(s.type(), c, kind, fake, unique, key, at, name);
        }
        if (shape instanceof Shape.Enum e) {
            return withUnique(CodeBlock.of("$T.of($T.values())", values("EnumSpec"), e.name()), unique);
        }
        if (!(shape instanceof Shape.Scalar) && !(shape instanceof Shape.Entity)) {
            nullable = false; // elements, keys and values of containers are never null
        }
        if (shape instanceof Shape.Collection col) {
            CodeBlock element = slot(col.element(), null, null, false, false, at, name);
            int[] size = size(c, 1, 4);
            if (col.kind() == Shape.CollectionKind.SET && distinctValues(col.element().shape()) < size[0]) {
                diagnostics.error(at, Message.NO_VALID_VALUE, name, "a set of at least " + size[0]
                        + " elements is required, but its elements have only "
                        + distinctValues(col.element().shape()) + " distinct values");
                return null;
            }
            String spec = col.kind() == Shape.CollectionKind.SET ? "SetSpec" : "ListSpec";
            return element == null ? null
                    : CodeBlock.of("$T.of($L, $L, $L)", values(spec), element, size[0], size[1]);
        }
        if (shape instanceof Shape.Map map) {
            CodeBlock k = slot(map.key(), null, null, false, false, at, name);
            CodeBlock v = slot(map.value(), null, null, false, false, at, name);
            int[] size = size(c, 1, 4);
            return k == null || v == null ? null
                    : CodeBlock.of("$T.of($L, $L, $L, $L)", values("MapSpec"), k, v, size[0], size[1]);
        }
        if (shape instanceof Shape.Optional opt) {
            CodeBlock v = slot(opt.value(), kind, fake, false, false, at, name);
            return v == null ? null : CodeBlock.of("$T.of($L)", values("OptionalSpec"), v);
        }
        if (shape instanceof Shape.Nested n) {
            return CodeBlock.of("$T::$N", factory, FactoryWriter.nestedMethod(n.name()));
        }
        Shape.Entity e = (Shape.Entity) shape;
        if (!generated.contains(e.name())) {
            diagnostics.error(at, Message.REFERENCE_NOT_GENERATED, name, e.name().simpleName(), e.name().simpleName());
            return null;
        }
        if (nullable) {
            // a referenced record leaves its own optional entity links empty, so cycles through them end
            return CodeBlock.of("d -> d.context().depth() > 0 ? null : $T.related(d)",
                    FactoryWriter.factoryName(e.name()));
        }
        return CodeBlock.of("$T::related", FactoryWriter.factoryName(e.name()));
    }

    /** How many distinct values a slot of this shape can hold, where that is small. */
    private static long distinctValues(Shape shape) {
        if (shape instanceof Shape.Enum e) {
            return e.constants().size();
        }
        if (shape instanceof Shape.Scalar s && s.type() == ScalarType.BOOLEAN) {
            return 2;
        }
        return Long.MAX_VALUE;
    }

    private CodeBlock scalar(ScalarType type, Constraints c, ValueKind kind, String fake, boolean unique, boolean key,
            Element at, String name) {
        if (type == ScalarType.STRING) {
            return string(c, kind, fake, unique, at, name);
        }
        if (type.isNumeric()) {
            return number(type, c, kind, unique, key, at, name);
        }
        if (type.isTemporal()) {
            return TimeCode.spec(type, c, kind, unique);
        }
        return switch (type) {
            case BOOLEAN -> withUnique(CodeBlock.of("$T.any()", values("BooleanSpec")), unique);
            case CHAR -> CodeBlock.of("$T.letters()", values("CharSpec"));
            case UUID -> CodeBlock.of(unique ? "$T.unique()" : "$T.random()", values("UuidSpec"));
            case BYTES -> {
                int[] size = size(c, 1, 64);
                yield CodeBlock.of("$T.length($L, $L)", values("BytesSpec"), size[0], size[1]);
            }
            default -> throw new IllegalStateException("no spec for " + type);
        };
    }

    private CodeBlock number(ScalarType type, Constraints c, ValueKind kind, boolean unique, boolean key, Element at,
            String name) {
        NumberPlan plan = NumberPlan.of(type, c, kind, unique);
        if (plan.isEmpty()) {
            diagnostics.error(at, Message.NO_VALID_VALUE, name,
                    "the smallest allowed value " + plan.min().toPlainString() + " is above the largest "
                            + plan.max().toPlainString());
            return null;
        }
        boolean sequence = key && type.isIntegral() && type != ScalarType.BIG_INTEGER
                && c.numbers().stream().allMatch(b -> b.max() == null) && c.digits() == null;
        switch (type) {
            case BYTE, SHORT, INT, LONG -> {
                long min = sequence && c.numbers().isEmpty() ? 1 : plan.min().longValueExact();
                long max = sequence ? typeMax(type) : plan.max().longValueExact();
                CodeBlock spec = CodeBlock.of("$T.between($LL, $LL)", values("IntegralSpec"), min, max);
                if (sequence) {
                    spec = CodeBlock.of("$L.sequence()", spec);
                } else if (unique) {
                    spec = CodeBlock.of("$L.unique()", spec);
                }
                return switch (type) {
                    case BYTE -> CodeBlock.of("$L.asByte()", spec);
                    case SHORT -> CodeBlock.of("$L.asShort()", spec);
                    case INT -> CodeBlock.of("$L.asInt()", spec);
                    default -> spec;
                };
            }
            case FLOAT, DOUBLE -> {
                CodeBlock spec = CodeBlock.of("$T.between($L, $L).rounded($L)", values("DoubleSpec"),
                        plan.min().toPlainString(), plan.max().toPlainString(), plan.scale());
                spec = withUnique(spec, unique);
                return type == ScalarType.FLOAT ? CodeBlock.of("$L.asFloat()", spec) : spec;
            }
            default -> {
                CodeBlock spec = withUnique(CodeBlock.of("$T.between($L, $L, $L)", values("DecimalSpec"),
                        decimal(plan.min()), decimal(plan.max()), plan.scale()), unique);
                return type == ScalarType.BIG_INTEGER ? CodeBlock.of("$L.asBigInteger()", spec) : spec;
            }
        }
    }

    private static long typeMax(ScalarType type) {
        return switch (type) {
            case BYTE -> Byte.MAX_VALUE;
            case SHORT -> Short.MAX_VALUE;
            case INT -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    private CodeBlock string(Constraints c, ValueKind kind, String fake, boolean unique, Element at, String name) {
        CodeBlock base;
        if (c.pattern() != null) {
            try {
                base = CodeBlock.of("$T.pattern($L, $S)", values("StringSpec"), RegexCode.toCode(c.pattern()),
                        c.pattern());
            } catch (RegexCode.Unsupported e) {
                return null;
            }
        } else if (fake != null) {
            base = CodeBlock.of("$T.fake($S)", values("StringSpec"), fake);
        } else if (c.email() || kind == ValueKind.EMAIL) {
            base = CodeBlock.of("$T.email()", values("StringSpec"));
        } else if (kind != null && kind.group() == ValueKind.Group.STRING) {
            base = CodeBlock.of("$T.kind($T.$L)", values("StringSpec"), values("Kind"), kind.name());
        } else {
            base = CodeBlock.of("$T.text()", values("StringSpec"));
        }
        int min = c.size() == null ? 0 : c.size().min();
        if (c.notEmpty() || c.notBlank()) {
            min = Math.max(min, 1);
        }
        int max = maxLength(c);
        if (min > max) {
            diagnostics.error(at, Message.NO_VALID_VALUE, name,
                    "at least " + min + " characters are required but at most " + max + " are allowed");
            return null;
        }
        CodeBlock.Builder spec = CodeBlock.builder().add("$L.length($L, $L)", base, min, max);
        if (c.notBlank()) {
            spec.add(".notBlank()");
        }
        if (unique) {
            spec.add(".unique()");
        }
        if (c.pattern() != null && c.email()) {
            return CodeBlock.of("$T.of($L, $L)", values("ValidEmails"), spec.build(), unique);
        }
        return spec.build();
    }

    /** The longest string a slot may hold: {@code @Size(max)}, {@code @Column(length)}, else 255. */
    static int maxLength(Constraints c) {
        int max = c.size() == null || c.size().max() == Integer.MAX_VALUE ? DEFAULT_STRING_MAX : c.size().max();
        return c.columnLength() == null ? max : Math.min(max, c.columnLength());
    }

    /** {@code min, max} of a length or size: declared, else the defaults. */
    static int[] size(Constraints c, int defaultMin, int defaultMax) {
        int min = defaultMin;
        int max = defaultMax;
        if (c.size() != null) {
            min = c.size().min();
            max = c.size().max() == Integer.MAX_VALUE ? Math.max(min, defaultMax) : c.size().max();
            if (c.size().min() == 0 && max >= defaultMin) {
                min = Math.min(defaultMin, max);
            }
        }
        if (c.notEmpty()) {
            min = Math.max(min, 1);
        }
        return new int[] {min, Math.max(min, max)};
    }

    private static CodeBlock withUnique(CodeBlock spec, boolean unique) {
        return unique ? CodeBlock.of("$L.unique()", spec) : spec;
    }

    private static CodeBlock decimal(BigDecimal value) {
        return CodeBlock.of("new $T($S)", BigDecimal.class, value.toPlainString());
    }

    static ClassName values(String simpleName) {
        return ClassName.get(VALUES, simpleName);
    }

    /** Java code for a parsed time bound: {@code TimeBound.now(-30, ChronoUnit.DAYS)} or a fixed value. */
    static CodeBlock timeBound(TimeValue v) {
        if (v.isRelative()) {
            return CodeBlock.of("$T.now($LL, $T.$L)", TIME_BOUND, v.amount(), CHRONO_UNIT, v.unit());
        }
        return CodeBlock.of("$T.at($T.parse($S))", TIME_BOUND, ClassName.bestGuess(v.absoluteType()), v.text());
    }

    static CodeBlock timeBound(long amount, String unit) {
        return CodeBlock.of("$T.now($LL, $T.$L)", TIME_BOUND, amount, CHRONO_UNIT, unit);
    }
}
