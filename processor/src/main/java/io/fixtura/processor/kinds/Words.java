package io.fixtura.processor.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits a Java identifier or column name into lower-case words, so that kinds match whole words
 * ({@code "licenseNumber"} is {@code [license, number]}, and {@code "accountry"} never contains
 * {@code country}).
 */
public final class Words {

    private Words() {
    }

    /**
     * The words of {@code identifier}, lower-cased with {@link Locale#ROOT}. Words end at any
     * character that is neither a letter nor a digit ({@code _}, {@code -}, {@code $}, spaces), at a
     * lower-to-upper case change, between letters and digits, and before the last capital of an
     * acronym that a lower-case word follows. A single lower-case letter after an acronym stays in
     * it, so plurals and versions keep together: {@code "HTTPStatus"} is {@code [http, status]},
     * {@code "userIDs"} is {@code [user, ids]}, {@code "IPv6Address"} is {@code [ipv, 6, address]},
     * {@code "ipV6Address"} is {@code [ip, v, 6, address]}, {@code "address_line2"} is
     * {@code [address, line, 2]}.
     */
    public static List<String> split(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        int[] cps = identifier.codePoints().toArray();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            Shape shape = shape(cps[i]);
            if (shape == Shape.SEPARATOR) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && startsWord(cps, i)) {
                flush(word, words);
            }
            word.appendCodePoint(cps[i]);
        }
        flush(word, words);
        return List.copyOf(words);
    }

    private enum Shape { UPPER, LOWER, DIGIT, SEPARATOR }

    private static Shape shape(int cp) {
        if (Character.isDigit(cp)) {
            return Shape.DIGIT;
        }
        if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
            return Shape.UPPER;
        }
        // caseless letters (CJK, Arabic, ...) continue a word like lower-case ones
        return Character.isLetter(cp) ? Shape.LOWER : Shape.SEPARATOR;
    }

    /** Whether a new word starts at {@code i}, given that a word is in progress before it. */
    private static boolean startsWord(int[] cps, int i) {
        Shape previous = shape(cps[i - 1]);
        Shape current = shape(cps[i]);
        if ((previous == Shape.DIGIT) != (current == Shape.DIGIT)) {
            return true;
        }
        if (previous == Shape.LOWER && current == Shape.UPPER) {
            return true;
        }
        // "HTTPStatus": the S starts "Status"; but "IDs" and "IPv6" keep their one lower-case letter
        return previous == Shape.UPPER && current == Shape.UPPER
                && i + 2 < cps.length && shape(cps[i + 1]) == Shape.LOWER && shape(cps[i + 2]) == Shape.LOWER;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
