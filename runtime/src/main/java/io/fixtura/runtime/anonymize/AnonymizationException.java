package io.fixtura.runtime.anonymize;

/**
 * An anonymization that cannot be done safely: a strategy whose output would break the field's
 * constraints, or input that cannot be read. The message names the entity, field or line, and
 * never an original value.
 */
public final class AnonymizationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnonymizationException(String message) {
        super(message);
    }

    public AnonymizationException(String message, Throwable cause) {
        super(message, cause);
    }
}
