package io.fixtura.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One annotation's type and attribute values, whether javac showed it as a mirror or it was read
 * from a class file; keeps the mirror, when there is one, to point errors at.
 */
public final class AnnotationData {

    private final String type;
    private final Map<String, Object> values;
    private final AnnotationMirror mirror;

    private AnnotationData(String type, Map<String, Object> values, AnnotationMirror mirror) {
        this.type = type;
        this.values = values;
        this.mirror = mirror;
    }

    /** From a mirror, with every attribute's value (defaults included) as plain Java. */
    public static AnnotationData of(AnnotationMirror mirror, javax.lang.model.util.Elements elements) {
        String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                elements.getElementValuesWithDefaults(mirror).entrySet()) {
            values.put(e.getKey().getSimpleName().toString(), plain(e.getValue().getValue(), elements));
        }
        return new AnnotationData(type, values, mirror);
    }

    /** From a class file: values as the class-file reader decoded them; no mirror. */
    public static AnnotationData of(String type, Map<String, Object> values) {
        Map<String, Object> plain = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> plain.put(k, plainClassFile(v)));
        return new AnnotationData(type, plain, null);
    }

    public String type() {
        return type;
    }

    /** The simple name ({@code Size}). */
    public String simpleName() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** The mirror, or null for an annotation read from a class file. */
    public AnnotationMirror mirror() {
        return mirror;
    }

    public boolean has(String attribute) {
        return values.containsKey(attribute);
    }

    public String string(String attribute, String fallback) {
        Object v = values.get(attribute);
        return v == null ? fallback : v.toString();
    }

    public int integer(String attribute, int fallback) {
        Object v = values.get(attribute);
        return v instanceof Number n ? n.intValue() : fallback;
    }

    public long longValue(String attribute, long fallback) {
        Object v = values.get(attribute);
        return v instanceof Number n ? n.longValue() : fallback;
    }

    public boolean bool(String attribute, boolean fallback) {
        Object v = values.get(attribute);
        return v instanceof Boolean b ? b : fallback;
    }

    /**
     * This annotation, or the annotations it contains when it is the container of a repeated
     * annotation ({@code @Size.List({@Size(min = 1), @Size(max = 5)})}).
     */
    public List<AnnotationData> expanded() {
        Object value = values.get("value");
        if (type.endsWith(".List") && value instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(AnnotationData.class::isInstance)) {
            return list.stream().map(AnnotationData.class::cast).toList();
        }
        return List.of(this);
    }

    /** Converts mirror values: enum constants to their names, nested annotations to data, lists element-wise. */
    private static Object plain(Object value, javax.lang.model.util.Elements elements) {
        if (value instanceof VariableElement constant) {
            return constant.getSimpleName().toString();
        }
        if (value instanceof AnnotationMirror nested) {
            return of(nested, elements);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(plain(((AnnotationValue) item).getValue(), elements));
            }
            return out;
        }
        return value;
    }

    private static Object plainClassFile(Object value) {
        if (value instanceof ClassFileTypeAnnotations.EnumValue e) {
            return e.name();
        }
        if (value instanceof ClassFileTypeAnnotations.AnnotationValue nested) {
            return of(nested.type(), nested.values());
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(plainClassFile(item));
            }
            return out;
        }
        return value;
    }
}
