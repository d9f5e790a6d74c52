package io.fixtura.processor.model;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A foreign key from a field to {@code targetField} of entity {@code target}. As read, only the
 * target and the named field (empty for its key) are known; resolving fills in the field, its
 * table and how to read it.
 *
 * @param mirror the {@code @References} annotation, to point errors at; null for a JPA relation
 */
public record ReferenceDecl(
        TypeElement targetElement,
        ClassName target,
        String targetField,
        String targetTable,
        Access targetAccess,
        String builderMethod,
        AnnotationMirror mirror) {

    public ReferenceDecl resolved(String field, String table, Access access) {
        return new ReferenceDecl(targetElement, target, field, table, access, builderMethod, mirror);
    }

    public boolean isResolved() {
        return targetTable != null;
    }
}
