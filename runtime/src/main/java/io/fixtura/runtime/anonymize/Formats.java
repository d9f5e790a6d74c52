package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.AnonymizationKey;
import java.util.regex.Pattern;

/**
 * Format-preserving rewrites of text under a field's {@code @Pattern}: which characters the
 * pattern leaves free, and a keyed token of just those, so a value that matched keeps matching
 * ({@code "+49 151 1234567"}: the {@code +49} is fixed, the other digits free).
 */
final class Formats {

    private Formats() {
    }

    /**
     * Which characters of {@code value} may change: letters and digits, and under {@code pattern}
     * (if any) only those whose replacement by another of their class still matches. A character the
     * pattern pins (a literal) is found because changing it breaks the match.
     */
    static boolean[] free(String value, Pattern pattern) {
        boolean[] free = new boolean[value.length()];
        boolean matches = pattern == null || pattern.matcher(value).matches();
        char[] probe = value.toCharArray();
        for (int i = 0; i < probe.length; i++) {
            char c = probe[i];
            if (!isTokenChar(c)) {
                continue;
            }
            if (pattern == null || !matches) {
                free[i] = true;
                continue;
            }
            probe[i] = sibling(c);
            free[i] = pattern.matcher(new String(probe)).matches();
            probe[i] = c;
        }
        return free;
    }

    /**
     * {@code value} with the characters at the {@code hidden} positions replaced by a keyed token of
     * the same classes (digits stay digits, letters keep their case): distinct hidden parts give
     * distinct tokens, so the rewrite is injective for values of one layout.
     */
    static String tokenize(AnonymizationKey key, String value, boolean[] hidden) {
        StringBuilder middle = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (hidden[i]) {
                middle.append(value.charAt(i));
            }
        }
        if (middle.length() == 0) {
            return value;
        }
        String token = Tokenize.text(key, middle.toString());
        char[] out = value.toCharArray();
        int next = 0;
        for (int i = 0; i < out.length; i++) {
            if (hidden[i]) {
                out[i] = token.charAt(next++);
            }
        }
        return new String(out);
    }

    /** {@code value} with the hidden positions set to {@code '*'}, or to a fixed character of their class. */
    static String fill(String value, boolean[] hidden, boolean stars) {
        char[] out = value.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (hidden[i]) {
                out[i] = stars ? Mask.MASK : Character.isDigit(out[i]) ? '0' : Character.isUpperCase(out[i]) ? 'X' : 'x';
            }
        }
        return new String(out);
    }

    /** ASCII letters and digits: what {@link Tokenize#text} rewrites. */
    static boolean isTokenChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static char sibling(char c) {
        if (c >= '0' && c <= '9') {
            return c == '9' ? '0' : (char) (c + 1);
        }
        if (c >= 'a' && c <= 'z') {
            return c == 'z' ? 'a' : (char) (c + 1);
        }
        return c == 'Z' ? 'A' : (char) (c + 1);
    }
}
