package io.fixtura.runtime.anonymize;

/**
 * MASK: the value's length and a few of its characters survive, the rest become {@code '*'}. Not
 * keyed, and not anonymity on its own: what is kept (first and last characters, an email's domain, a
 * phone's last digits) stays readable by design.
 *
 * <pre>{@code Mask.of("Johnson")  // "J*****n"}</pre>
 */
public final class Mask {

    /** The character that replaces hidden ones. */
    public static final char MASK = '*';
    /** How many trailing digits of a phone number stay readable. */
    public static final int PHONE_DIGITS_KEPT = 4;

    private Mask() {
    }

    /**
     * The first and last characters kept, the middle masked; values of one or two characters are
     * masked whole, since keeping both ends would keep everything. Null stays null.
     */
    public static String of(String value) {
        if (value == null) {
            return null;
        }
        int length = value.length();
        if (length <= 2) {
            return String.valueOf(MASK).repeat(length);
        }
        // keep whole code points at the ends, so a surrogate pair is never split
        int first = value.offsetByCodePoints(0, 1);
        int last = value.offsetByCodePoints(length, -1);
        if (last <= first) {
            return String.valueOf(MASK).repeat(length);
        }
        return value.substring(0, first) + String.valueOf(MASK).repeat(last - first) + value.substring(last);
    }

    /**
     * An email with its domain kept and its local part masked as {@link #of}: {@code a***e@example.com}.
     * A value without {@code @} is masked as plain text. Null stays null.
     */
    public static String email(String value) {
        if (value == null) {
            return null;
        }
        int at = value.lastIndexOf('@');
        if (at < 0) {
            return of(value);
        }
        return of(value.substring(0, at)) + value.substring(at);
    }

    /**
     * A phone number with its last {@value #PHONE_DIGITS_KEPT} digits kept, every other digit masked
     * and its punctuation ({@code +}, spaces, dashes, brackets) left in place. Null stays null.
     */
    public static String phone(String value) {
        if (value == null) {
            return null;
        }
        char[] chars = value.toCharArray();
        int kept = 0;
        for (int i = chars.length - 1; i >= 0; i--) {
            if (Character.isDigit(chars[i])) {
                if (kept < PHONE_DIGITS_KEPT) {
                    kept++;
                } else {
                    chars[i] = MASK;
                }
            } else if (Character.isLetter(chars[i])) {
                chars[i] = MASK;
            }
        }
        return new String(chars);
    }
}
