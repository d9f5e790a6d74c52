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
