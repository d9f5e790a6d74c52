package io.fixtura.processor.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through their mirrors, by qualified name, so the processor never needs the
 * jars of Bean Validation or JPA: {@code jakarta.} and {@code javax.} variants are found alike.
 */
public final class Annotations {

    private final Elements elements;

    public Annotations(Elements elements) {
        this.elements = elements;
    }

    /** The first annotation on {@code construct} whose type has one of these qualified names. */
    public Optional<AnnotationMirror> find(AnnotatedConstruct construct, String... names) {
        for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
            String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            for (String name : names) {
                if (type.equals(name)) {
                    return Optional.of(mirror);
                }
            }
        }
        return Optional.empty();
    }

    /** Bean Validation's constraint {@code simpleName}, from jakarta or javax. */
    public Optional<AnnotationMirror> validation(AnnotatedConstruct construct, String simpleName) {
        return find(construct, "jakarta.validation.constraints." + simpleName,
                "javax.validation.constraints." + simpleName);
    }

    /** JPA's annotation {@code simpleName}, from jakarta or javax. */
    public Optional<AnnotationMirror> jpa(AnnotatedConstruct construct, String simpleName) {
        return find(construct, "jakarta.persistence." + simpleName, "javax.persistence." + simpleName);
    }

    /** Fixtura's own annotation {@code simpleName}. */
    public Optional<AnnotationMirror> fixtura(AnnotatedConstruct construct, String simpleName) {
        return find(construct, "io.fixtura.annotations." + simpleName);
    }

    /** The value of attribute {@code name}, defaults included; null if there is no such attribute. */
    public AnnotationValue value(AnnotationMirror mirror, String name) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                elements.getElementValuesWithDefaults(mirror);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The attribute as it was written, or null when it was left at its default (to point errors at it). */
    public AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    public String string(AnnotationMirror mirror, String name) {
        AnnotationValue v = value(mirror, name);
        return v == null ? "" : String.valueOf(v.getValue());
    }

    public int integer(AnnotationMirror mirror, String name, int fallback) {
        AnnotationValue v = value(mirror, name);
        return v != null && v.getValue() instanceof Number n ? n.intValue() : fallback;
    }

    public long longValue(AnnotationMirror mirror, String name) {
        AnnotationValue v = value(mirror, name);
        return ((Number) v.getValue()).longValue();
    }

    public boolean bool(AnnotationMirror mirror, String name, boolean fallback) {
        AnnotationValue v = value(mirror, name);
        return v != null && v.getValue() instanceof Boolean b ? b : fallback;
    }

    /** An array attribute's elements. */
    @SuppressWarnings("unchecked")
    public List<? extends AnnotationValue> list(AnnotationMirror mirror, String name) {
        AnnotationValue v = value(mirror, name);
        return v == null ? List.of() : (List<? extends AnnotationValue>) v.getValue();
    }

    /** A {@code Class<?>} attribute as a type. */
    public TypeMirror type(AnnotationMirror mirror, String name) {
        AnnotationValue v = value(mirror, name);
        return v == null ? null : (TypeMirror) v.getValue();
    }
}
