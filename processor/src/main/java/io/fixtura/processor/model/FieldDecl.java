package io.fixtura.processor.model;

import io.fixtura.processor.kinds.ValueKind;
import javax.lang.model.element.VariableElement;

/**
 * One field of an entity or nested value, as read: its slot (type and constraints), column,
 * whether it is nullable, part of the key or unique, its value kind (decided at compile time),
 * a {@code @Fake} expression, its {@code @Sensitive} strategy (a constant name, or null), the entity it
 * references and how to read it.
 */
public record FieldDecl(
        String name,
        VariableElement element,
        Slot slot,
        String column,
        boolean nullable,
        boolean key,
        boolean unique,
        ValueKind kind,
        String fake,
        String sensitive,
        ReferenceDecl reference,
        Access access) {

    public FieldDecl withReference(ReferenceDecl newReference) {
        return new FieldDecl(name, element, slot, column, nullable, key, unique, kind, fake, sensitive, newReference, access);
    }

    public FieldDecl asKey() {
        return new FieldDecl(name, element, slot, column, false, true, unique, kind, fake, sensitive, reference, access);
    }
}
