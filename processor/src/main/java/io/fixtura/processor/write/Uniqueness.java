package io.fixtura.processor.write;

import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.model.FieldDecl;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which fields are generated unique by construction: those declared unique, a single key, and for
 * a composite key or a group unique together one part only — the last that is not a reference —
 * since one unique part makes the whole tuple unique while the others stay free.
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
        List<List<String>> groups = new java.util.ArrayList<>(entity.uniqueTogether());
        groups.add(entity.key());
        for (List<String> group : groups) {
            if (group.size() == 1) {
                unique.add(group.get(0));
            } else if (!group.isEmpty() && group.stream().noneMatch(unique::contains)) {
                String designated = designated(entity, group);
                if (designated != null) {
                    unique.add(designated);
                }
            }
        }
        return unique;
    }

    /**
     * The part of a group made unique: the last that is not a reference; none for a group of
     * references only (a join table), whose tuples a dataset keeps distinct from its parents' counts.
     */
    private static String designated(EntityDecl entity, List<String> group) {
        String designated = null;
        for (String part : group) {
            FieldDecl f = entity.field(part);
            if (f != null && f.reference() == null) {
                designated = part;
            }
        }
        return designated;
    }
}
