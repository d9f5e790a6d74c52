package io.fixtura.processor.model;

import java.util.List;

/**
 * How an instance is built: through a constructor taking {@code parameters} (field names, in
 * order), then setters for the fields in {@code setters} (empty for records and all-args
 * constructors).
 */
public record Construction(Kind kind, List<String> parameters, List<Assignment> setters) {

    public enum Kind {
        /** A record's canonical constructor. */
        RECORD,
        /** A constructor whose parameters match fields by name. */
        CONSTRUCTOR,
        /** A no-arg constructor, then setters or assignments. */
        SETTERS
    }

    /** Sets a field: through {@code method} if not null, else by assigning the field directly. */
    public record Assignment(String field, String method) {
    }
}
