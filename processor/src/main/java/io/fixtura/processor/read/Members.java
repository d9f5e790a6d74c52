package io.fixtura.processor.read;

import io.fixtura.processor.model.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds a type's data fields (own and inherited, in declaration order, superclass first) and how
 * generated code in {@code fromPackage} can read and set them.
 */
final class Members {

    private final Elements elements;
    private final Types types;
    private final Annotations annotations;

    Members(Elements elements, Types types, Annotations annotations) {
        this.elements = elements;
        this.types = types;
        this.annotations = annotations;
    }

    /** Instance fields that hold data: not static, not transient, not JPA {@code @Transient}. */
    List<VariableElement> dataFields(TypeElement type) {
        List<VariableElement> fields = new ArrayList<>();
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() == TypeKind.DECLARED && type.getKind() == ElementKind.CLASS) {
            TypeElement parent = (TypeElement) ((DeclaredType) superclass).asElement();
            if (!parent.getQualifiedName().toString().startsWith("java.")) {
                fields.addAll(dataFields(parent));
            }
        }
        for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (f.getModifiers().contains(Modifier.STATIC) || f.getModifiers().contains(Modifier.TRANSIENT)
                    || annotations.jpa(f, "Transient").isPresent()) {
                continue;
            }
            fields.add(f);
        }
        return fields;
    }

    /** How to read {@code field} of {@code owner}: record accessor, getter, or the field; null if none is reachable. */
    Access reader(TypeElement owner, VariableElement field, String fromPackage) {
        String name = field.getSimpleName().toString();
        if (owner.getKind() == ElementKind.RECORD) {
            return new Access(name, true);
        }
        String cap = capitalize(name);
        for (String getter : List.of("get" + cap, "is" + cap, name)) {
            for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(owner))) {
                if (m.getSimpleName().contentEquals(getter) && m.getParameters().isEmpty()
                        && !m.getModifiers().contains(Modifier.STATIC) && reachable(m, fromPackage)
                        && types.isSameType(types.erasure(m.getReturnType()), types.erasure(field.asType()))) {
                    return new Access(getter, true);
                }
            }
        }
        return reachable(field, fromPackage) ? new Access(name, false) : null;
    }

    /** The setter of {@code field}, or null. */
    ExecutableElement setter(TypeElement owner, VariableElement field, String fromPackage) {
        String setter = "set" + capitalize(field.getSimpleName().toString());
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(owner))) {
            if (m.getSimpleName().contentEquals(setter) && m.getParameters().size() == 1
                    && !m.getModifiers().contains(Modifier.STATIC) && reachable(m, fromPackage)
                    && types.isSameType(types.erasure(m.getParameters().get(0).asType()),
                            types.erasure(field.asType()))) {
                return m;
            }
        }
        return null;
    }

    /** Whether generated code in {@code fromPackage} may use {@code member}. */
    boolean reachable(Element member, String fromPackage) {
        if (member.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        if (member.getModifiers().contains(Modifier.PUBLIC)) {
            return true;
        }
        return elements.getPackageOf(member).getQualifiedName().contentEquals(fromPackage);
    }

    /**
     * Why generated code, which lives in the type's package, cannot name {@code type} (or, when
     * {@code build}, call its constructors): it or a class around it is private, or it is an inner
     * class that needs an enclosing instance. Null when it can; otherwise what to change.
     */
    static String unusable(TypeElement type, boolean build) {
        for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return (t == type ? "it is private" : "it is inside private class " + t.getSimpleName())
                        + "; make that class package-private or public";
            }
        }
        if (build && type.getKind() == ElementKind.CLASS && type.getNestingKind() == NestingKind.MEMBER
                && !type.getModifiers().contains(Modifier.STATIC)) {
            return "it is an inner class, which needs an instance of " + type.getEnclosingElement().getSimpleName()
                    + "; make it static";
        }
        return null;
    }

    static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
