package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.AnonymizationKey;
import io.fixtura.runtime.values.Kind;
import java.util.Locale;

/**
 * FAKE for {@code @Unique} fields: a realistic fake followed by a keyed token of 64 bits of the
 * original's HMAC, so distinct originals give distinct outputs unless two of them share those 64
 * bits (for n originals, a chance below n²/2⁶⁵: about 3·10⁻⁸ for a million). Emails carry the token
 * at the end of the local part ({@code anna.berg.k3x9ab0q1z7mc@example.com}), other kinds after a
 * space.
 *
 * <pre>{@code String email = FakeUnique.of(key, Kind.EMAIL, user.email(), Locale.US, 5, 120);}</pre>
 */
public final class FakeUnique {

    /** Chars of the token: 64 bits in base 36, zero-padded. */
    public static final int TOKEN_LENGTH = 13;
    /** The shortest output: the token, a separator and at least one char of fake (email: {@code x.token@y.z}). */
    private static final int SHORTEST_EMAIL = TOKEN_LENGTH + 6;
    private static final int SHORTEST_TEXT = TOKEN_LENGTH + 2;
    private static final int MAX_LOCAL = 64;

    private FakeUnique() {
    }

    /**
     * A unique fake of {@code kind} for {@code original} with {@code minLength..maxLength} chars;
     * null stays null.
     *
     * @throws IllegalArgumentException if {@code maxLength} leaves no room for the token
     *     ({@value #TOKEN_LENGTH} chars plus a separator and some fake)
     */
    public static String of(AnonymizationKey key, Kind kind, String original, Locale locale,
            int minLength, int maxLength) {
        if (original == null) {
            return null;
        }
        boolean email = kind == Kind.EMAIL;
        int shortest = email ? SHORTEST_EMAIL : SHORTEST_TEXT;
        if (maxLength < shortest) {
            throw new IllegalArgumentException("a unique " + kind + " needs at least " + shortest
                    + " chars to carry its " + TOKEN_LENGTH + "-char token, the field allows " + maxLength
                    + "; use TOKENIZE or widen the column");
        }
        String token = token(key, kind, original);
        int room = maxLength - TOKEN_LENGTH - 1;
        int least = Math.max(email ? 3 : 1, minLength - TOKEN_LENGTH - 1);
        String fake = Fake.of(key, kind, original, locale, Math.min(least, room), room);
        if (!email) {
            return fake + " " + token;
        }
        int at = fake.lastIndexOf('@');
        String local = fake.substring(0, at);
        int localRoom = MAX_LOCAL - TOKEN_LENGTH - 1;
        if (local.length() > localRoom) {
            local = local.substring(0, localRoom);
        }
        // a local part may not end in a dot, and the token must follow a single separator
        while (local.endsWith(".")) {
            local = local.substring(0, local.length() - 1);
        }
        String head = local.isEmpty() ? token : local + "." + token;
        return head + fake.substring(at);
    }

    /** A unique fake email of {@code minLength..maxLength} chars from the default locale. */
    public static String email(AnonymizationKey key, String original, int minLength, int maxLength) {
        return of(key, Kind.EMAIL, original, Fake.DEFAULT_LOCALE, minLength, maxLength);
    }

    /** 64 keyed bits of the original in base 36, always {@value #TOKEN_LENGTH} chars. */
    static String token(AnonymizationKey key, Kind kind, String original) {
        String digits = Long.toUnsignedString(key.hash64("FAKE_UNIQUE:" + kind.name(), original), 36);
        return "0".repeat(TOKEN_LENGTH - digits.length()) + digits;
    }
}
