package io.fixtura.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An entity as read from its class: name, table, key fields, locale, how to construct it, its
 * fields in declaration order, and the groups of fields unique together.
 */
public record EntityDecl(
        TypeElement element,
        ClassName name,
        String table,
        List<String> key,
        String locale,
        Construction construction,
        List<FieldDecl> fields,
        List<List<String>> uniqueTogether) {

    public FieldDecl field(String fieldName) {
        for (FieldDecl f : fields) {
            if (f.name().equals(fieldName)) {
                return f;
            }
        }
        return null;
    }

    public EntityDecl withFields(List<FieldDecl> newFields) {
        return new EntityDecl(element, name, table, key, locale, construction, newFields, uniqueTogether);
    }

    /** The name generated classes start with: {@code User}, or {@code Outer_Inner} for nested classes. */
    public String prefix() {
        return String.join("_", name.simpleNames());
    }
}
