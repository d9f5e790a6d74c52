package io.fixtura.processor.write;

import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.model.FieldDecl;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which fields are generated unique by construction: those declared unique, a single key, and for
 * a composite key one part only — the last that is not a reference (else the last) — since one
 * unique part makes the whole tuple unique while the others stay free (references keep pointing
 * anywhere among their parents).
 */
final class Uniqueness {

    private Uniqueness() {
    }

    static Set<String> of(EntityDecl entity) {
        Set<String> unique = new HashSet<>();
        for (FieldDecl f : entity.fields()) {
            if (f.unique()) {
                unique.add(f.name());
            }
        }
        List<String> key = entity.key();
        if (key.size() == 1) {
            unique.add(key.get(0));
        } else if (!key.isEmpty()) {
            String designated = key.get(key.size() - 1);
            for (String part : key) {
                FieldDecl f = entity.field(part);
                if (f != null && f.reference() == null) {
                    designated = part;
                }
            }
            unique.add(designated);
        }
        return unique;
    }
}
