package io.fixtura.runtime.snapshot;

import io.fixtura.runtime.EntityModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the entities stored in a snapshot with the models on the class path today: an entity
 * whose fingerprint changed is reported with the fields added, removed and changed, read from the
 * descriptors the manifest recorded, so stale data is caught before a test trusts it.
 */
public final class SchemaCheck {

    private SchemaCheck() {
    }

    /** Throws an error naming every stored entity that no model matches any more, and why. */
    public static void check(Manifest manifest, Path dir, List<? extends EntityModel<?>> models) {
        List<String> problems = new ArrayList<>();
        for (Manifest.Entity stored : manifest.entities()) {
            EntityModel<?> model = find(models, stored.type());
            if (model == null) {
                problems.add(simpleName(stored.type()) + " (" + stored.table() + "): no model for " + stored.type()
                        + " on the class path; was the entity renamed or removed?");
                continue;
            }
            if (model.fingerprint().equals(stored.fingerprint())) {
                continue;
            }
            Manifest.Entity now = Manifest.entity(model, stored.count());
            List<String> changes = changes(stored, now);
            if (changes.isEmpty()) {
                changes.add("its schema fingerprint changed (" + stored.fingerprint() + " -> " + now.fingerprint()
                        + ") although no field's column, type, nullability, key, reference or constraints did");
            }
            problems.add(simpleName(stored.type()) + " (" + stored.table() + ") changed since the snapshot:\n    "
                    + String.join("\n    ", changes));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("snapshot '" + manifest.name() + "' in " + dir
                    + " does not match the current models; write it again:\n  " + String.join("\n  ", problems));
        }
    }

    /** What differs between a stored entity and the same entity today, one line per difference. */
    static List<String> changes(Manifest.Entity stored, Manifest.Entity now) {
        List<String> changes = new ArrayList<>();
        if (!stored.table().equals(now.table())) {
            changes.add("table changed from " + stored.table() + " to " + now.table());
        }
        if (!stored.key().equals(now.key())) {
            changes.add("key changed from " + stored.key() + " to " + now.key());
        }
        Map<String, String> before = stored.fields();
        Map<String, String> after = now.fields();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String was = before.get(field.getKey());
            if (was == null) {
                changes.add("field '" + field.getKey() + "' added: " + field.getValue());
            } else if (!was.equals(field.getValue())) {
                changes.add("field '" + field.getKey() + "' changed: was " + was + ", now " + field.getValue());
            }
        }
        for (Map.Entry<String, String> field : before.entrySet()) {
            if (!after.containsKey(field.getKey())) {
                changes.add("field '" + field.getKey() + "' removed: was " + field.getValue());
            }
        }
        return changes;
    }

    private static EntityModel<?> find(List<? extends EntityModel<?>> models, String type) {
        for (EntityModel<?> model : models) {
            if (model.type().getName().equals(type)) {
                return model;
            }
        }
        return null;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
