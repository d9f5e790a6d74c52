package io.fixtura.processor.check;

import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.model.FieldDecl;
import io.fixtura.processor.model.ReferenceDecl;
import io.fixtura.processor.model.Shape;
import io.fixtura.processor.read.Annotations;
import io.fixtura.processor.read.DeclarationReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Checks that need several entities at once: table names are unique, and every reference
 * points at an entity's existing field of the same type. Resolves references on the way.
 */
public final class EntityChecks {

    private final Types types;
    private final Annotations annotations;
    private final Diagnostics diagnostics;
    private final DeclarationReader reader;
    private final Map<TypeElement, EntityDecl> outside = new java.util.HashMap<>();

    public EntityChecks(Types types, Annotations annotations, Diagnostics diagnostics, DeclarationReader reader) {
        this.types = types;
        this.annotations = annotations;
        this.diagnostics = diagnostics;
        this.reader = reader;
    }

    /** Reports a table already taken (by {@code tables}, table → entity name); records this one. */
    public boolean tableIsFree(EntityDecl entity, Map<String, String> tables) {
        String owner = tables.get(entity.table());
        if (owner != null && !owner.equals(entity.name().canonicalName())) {
            diagnostics.error(entity.element(), Message.DUPLICATE_TABLE, entity.table(), owner);
            return false;
        }
        tables.put(entity.table(), entity.name().canonicalName());
        return true;
    }

    /** The entity with its references resolved; wrong ones are reported and left unresolved. */
    public EntityDecl resolveReferences(EntityDecl entity, Map<TypeElement, EntityDecl> known) {
        List<FieldDecl> fields = new ArrayList<>();
        for (FieldDecl field : entity.fields()) {
            fields.add(field.reference() == null ? field : resolve(entity, field, known));
        }
        return entity.withFields(fields);
    }

    private FieldDecl resolve(EntityDecl entity, FieldDecl field, Map<TypeElement, EntityDecl> known) {
        ReferenceDecl ref = field.reference();
        TypeElement targetType = ref.targetElement();
        if (annotations.fixtura(targetType, "TestEntity").isEmpty()) {
            error(field, ref, "value", Message.REFERENCE_NOT_ENTITY, targetType.getQualifiedName());
            return field;
        }
        EntityDecl target = targetType.equals(entity.element()) ? entity : known.get(targetType);
        if (target == null) {
            // an entity on the class path that is not generated here: read once, for its key and types
            target = outside.computeIfAbsent(targetType, reader::entity);
        }
        String targetFieldName = ref.targetField();
        if (targetFieldName.isEmpty()) {
            if (target.key().size() != 1) {
                error(field, ref, "value", Message.REFERENCE_NO_KEY, target.name().simpleName(),
                        target.name().simpleName());
                return field;
            }
            targetFieldName = target.key().get(0);
        }
        FieldDecl targetField = target.field(targetFieldName);
        if (targetField == null) {
            error(field, ref, "field", Message.REFERENCE_FIELD_MISSING, targetFieldName, target.name().simpleName(),
                    target.fields().stream().map(FieldDecl::name).toList());
            return field;
        }
        if (!(field.slot().shape() instanceof Shape.Entity) && !sameType(field.element().asType(),
                targetField.element().asType())) {
            error(field, ref, "value", Message.REFERENCE_TYPE_MISMATCH, field.name(), field.element().asType(),
                    target.name().simpleName(), targetField.name(), targetField.element().asType());
            return field;
        }
        return field.withReference(ref.resolved(targetField.name(), target.table(), targetField.access()));
    }

    /**
     * Reports each cycle of required references (non-nullable foreign keys or entity links) once,
     * on its first field; returns the entities on such cycles.
     */
    public java.util.Set<TypeElement> reportCycles(java.util.Collection<EntityDecl> entities) {
        Map<javax.lang.model.element.Element, EntityDecl> byType = new java.util.LinkedHashMap<>();
        entities.forEach(e -> byType.put(e.element(), e));
        java.util.Set<TypeElement> onCycles = new java.util.LinkedHashSet<>();
        java.util.Set<TypeElement> finished = new java.util.HashSet<>();
        for (EntityDecl start : entities) {
            walk(start, new ArrayList<>(), new ArrayList<>(), byType, finished, onCycles);
        }
        return onCycles;
    }

    private void walk(EntityDecl entity, List<EntityDecl> path, List<FieldDecl> links,
            Map<javax.lang.model.element.Element, EntityDecl> byType, java.util.Set<TypeElement> finished,
            java.util.Set<TypeElement> onCycles) {
        int at = path.indexOf(entity);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>();
            for (int i = at; i < path.size(); i++) {
                cycle.add(path.get(i).name().simpleName() + "." + links.get(i).name() + " -> "
                        + links.get(i).reference().target().simpleName());
                onCycles.add(path.get(i).element());
            }
            diagnostics.error(links.get(at).element(), Message.REFERENCE_CYCLE, String.join(", ", cycle));
            return;
        }
        if (finished.contains(entity.element())) {
            return;
        }
        path.add(entity);
        for (FieldDecl f : entity.fields()) {
            if (f.reference() != null && f.reference().isResolved() && !f.nullable()) {
                EntityDecl target = byType.get(f.reference().targetElement());
                if (target != null) {
                    links.add(f);
                    walk(target, path, links, byType, finished, onCycles);
                    links.remove(links.size() - 1);
                }
            }
        }
        path.remove(path.size() - 1);
        finished.add(entity.element());
    }

    private boolean sameType(TypeMirror a, TypeMirror b) {
        return types.isSameType(boxed(a), boxed(b));
    }

    private TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType()
                : type;
    }

    private void error(FieldDecl field, ReferenceDecl ref, String attribute, Message message, Object... args) {
        if (ref.mirror() == null) {
            diagnostics.error(field.element(), message, args);
            return;
        }
        AnnotationValue value = annotations.explicitValue(ref.mirror(), attribute);
        if (value == null) {
            diagnostics.error(field.element(), ref.mirror(), message, args);
        } else {
            diagnostics.error(field.element(), ref.mirror(), value, message, args);
        }
    }
}
