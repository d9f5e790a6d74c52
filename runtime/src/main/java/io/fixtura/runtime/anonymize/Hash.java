package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.AnonymizationKey;
import java.util.HexFormat;

/**
 * HASH: the lowercase hex of the keyed HMAC-SHA256 of the original, cut to the column's length. Keyed,
 * so a dictionary of likely values cannot reverse it without the key; shorter cuts collide sooner
 * (n values in k hex chars: a chance of about n²/2^(4k+1)).
 *
 * <pre>{@code String ssn = Hash.of(key, person.ssn(), 32);}</pre>
 */
public final class Hash {

    /** The longest output: 32 bytes in hex. */
    public static final int MAX_LENGTH = 64;

    private Hash() {
    }

    /**
     * At most {@code maxLength} hex chars (all 64 when the column allows); null stays null.
     *
     * @throws IllegalArgumentException if {@code maxLength} is below 1
     */
    public static String of(AnonymizationKey key, String original, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("a hash needs room for at least 1 char, the field allows " + maxLength);
        }
        if (original == null) {
            return null;
        }
        String hex = HexFormat.of().formatHex(key.hmac("HASH", original));
        return hex.length() <= maxLength ? hex : hex.substring(0, maxLength);
    }
}
