package io.fixtura.runtime.anonymize;

/**
 * REDACT: nothing of the original survives: null where the field allows it, else a fixed marker
 * fitted to the field's length.
 *
 * <pre>{@code String notes = Redact.of(user.notes(), true, 0, 500);  // null}</pre>
 */
public final class Redact {

    /** The marker written where a value may not be null and there is room for it. */
    public static final String MARKER = "[REDACTED]";
    /** The filler used where {@link #MARKER} does not fit the length range. */
    public static final char FILLER = 'X';

    private Redact() {
    }

    /**
     * Null when {@code nullable} (or when the original is null), else {@link #MARKER} if it has
     * {@code minLength..maxLength} chars, else {@link #FILLER} repeated to {@code max(1, minLength)}
     * chars (or padding {@link #MARKER} when the minimum is longer).
     *
     * @throws IllegalArgumentException if the length range is empty
     */
    public static String of(String original, boolean nullable, int minLength, int maxLength) {
        if (minLength < 0 || maxLength < minLength || maxLength < 1) {
            throw new IllegalArgumentException("bad length range " + minLength + ".." + maxLength);
        }
        if (original == null || nullable) {
            return null;
        }
        return marker(minLength, maxLength);
    }

    /** The non-null marker for a field of {@code minLength..maxLength} chars. */
    public static String marker(int minLength, int maxLength) {
        if (MARKER.length() >= minLength && MARKER.length() <= maxLength) {
            return MARKER;
        }
        if (minLength > MARKER.length()) {
            return MARKER + String.valueOf(FILLER).repeat(minLength - MARKER.length());
        }
        return String.valueOf(FILLER).repeat(Math.max(1, minLength));
    }
}
