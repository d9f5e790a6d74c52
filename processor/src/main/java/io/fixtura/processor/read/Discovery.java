package io.fixtura.processor.read;

import io.fixtura.processor.check.Diagnostics;
import io.fixtura.processor.check.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the entities of a round: {@code @TestEntity} classes compiled now, and class-path ones
 * listed by {@code @GenerateFactories(classes, packages)}. Sorted by name, so output never
 * depends on discovery order.
 */
public final class Discovery {

    private final Elements elements;
    private final Annotations annotations;
    private final Diagnostics diagnostics;

    public Discovery(Elements elements, Annotations annotations, Diagnostics diagnostics) {
        this.elements = elements;
        this.annotations = annotations;
        this.diagnostics = diagnostics;
    }

    public List<TypeElement> entities(RoundEnvironment round) {
        Set<TypeElement> found = new LinkedHashSet<>();
        TypeElement testEntity = elements.getTypeElement("io.fixtura.annotations.TestEntity");
        TypeElement generate = elements.getTypeElement("io.fixtura.annotations.GenerateFactories");
        if (testEntity != null) {
            found.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(testEntity)));
        }
        if (generate != null) {
            for (Element trigger : round.getElementsAnnotatedWith(generate)) {
                annotations.fixtura(trigger, "GenerateFactories").ifPresent(m -> listed(trigger, m, found));
            }
        }
        List<TypeElement> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
        return sorted;
    }

    private void listed(Element trigger, AnnotationMirror mirror, Set<TypeElement> found) {
        for (AnnotationValue value : annotations.list(mirror, "classes")) {
            TypeMirror type = (TypeMirror) value.getValue();
            if (!(type instanceof DeclaredType declared)) {
                diagnostics.error(trigger, mirror, value, Message.NOT_AN_ENTITY, type);
                continue;
            }
            TypeElement element = (TypeElement) declared.asElement();
            if (annotations.fixtura(element, "TestEntity").isEmpty()) {
                diagnostics.error(trigger, mirror, value, Message.NOT_AN_ENTITY, element.getQualifiedName());
            } else {
                found.add(element);
            }
        }
        for (AnnotationValue value : annotations.list(mirror, "packages")) {
            String name = String.valueOf(value.getValue());
            PackageElement pkg = elements.getPackageElement(name);
            List<TypeElement> inPackage = new ArrayList<>();
            if (pkg != null) {
                collect(ElementFilter.typesIn(pkg.getEnclosedElements()), inPackage);
            }
            if (inPackage.isEmpty()) {
                diagnostics.error(trigger, mirror, value, Message.UNKNOWN_PACKAGE, name);
            }
            found.addAll(inPackage);
        }
    }

    private void collect(List<TypeElement> types, List<TypeElement> out) {
        for (TypeElement type : types) {
            if (annotations.fixtura(type, "TestEntity").isPresent()) {
                out.add(type);
            }
            collect(ElementFilter.typesIn(type.getEnclosedElements()), out);
        }
    }
}
