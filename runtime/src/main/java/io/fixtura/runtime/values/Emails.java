package io.fixtura.runtime.values;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Email spelling rules shared by the pools and {@link StringSpec}: plain lowercase ASCII, so a
 * value is valid under Bean Validation's {@code @Email} and under every mail system's looser rules.
 */
final class Emails {

    /** The longest local part {@code @Email} accepts. */
    static final int MAX_LOCAL = 64;
    /** The longest domain label {@code @Email} accepts. */
    static final int MAX_LABEL = 63;

    private Emails() {
    }

    /** {@code text} folded to lowercase ASCII letters and digits: accents dropped, the rest removed. */
    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else {
                out.append(transliterate(c));
            }
        }
        return out.toString();
    }

    private static String transliterate(char c) {
        switch (c) {
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'œ': return "oe";
            case 'ø': return "o";
            case 'ł': return "l";
            case 'đ': return "d";
            case 'þ': return "th";
            default: return "";
        }
    }

    /**
     * A Datafaker email in clean form ({@code first.last@domain.tld}), or {@code ""} when nothing
     * usable is left of it.
     */
    static String clean(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "";
        }
        String local = String.join(".", segments(email.substring(0, at), false));
        String domain = String.join(".", segments(email.substring(at + 1), true));
        if (local.isEmpty() || local.length() > MAX_LOCAL || domain.length() > 255 || domain.indexOf('.') < 0) {
            return "";
        }
        return local + "@" + domain;
    }

    /** The non-empty dot-separated parts of {@code text}, cleaned; labels keep inner dashes. */
    private static List<String> segments(String text, boolean label) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("\\.")) {
            String clean = label ? label(part) : ascii(part);
            if (!clean.isEmpty() && clean.length() <= MAX_LABEL) {
                parts.add(clean);
            }
        }
        return parts;
    }

    /** A domain label: lowercase ASCII letters, digits and inner dashes. */
    static String label(String text) {
        StringBuilder out = new StringBuilder();
        for (String piece : text.toLowerCase(Locale.ROOT).split("-", -1)) {
            String clean = ascii(piece);
            if (!clean.isEmpty()) {
                if (out.length() > 0) {
                    out.append('-');
                }
                out.append(clean);
            }
        }
        return out.toString();
    }
}
