package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern of one fixed length made only of literals, character classes, groups of them and
 * fixed counts ({@code \d{5}}, {@code [A-Z]{3}-\d{4}}): a character class per position, so a value
 * is one uniform choice per position, without planning how a length splits over the tree.
 */
final class FlatPattern {

    /** Longer fixed patterns are left to the general plan: their tables would outweigh the gain. */
    private static final int MAX_LENGTH = 256;
    /** The largest class spelled out as an array of its characters. */
    private static final int MAX_SPELLED = 1024;

    private final Regex.Chars[] positions;
    /**
     * Each position's characters spelled out, so a value costs one array read per character; null
     * for a class too large to spell out ({@code [^x]}), which is read through its ranges.
     */
    private final char[][] choices;
    /** Whether every character fits Latin-1, so values are built as bytes without a compaction pass. */
    private final boolean latin1;

    private FlatPattern(Regex.Chars[] positions) {
        this.positions = positions;
        this.choices = new char[positions.length][];
        boolean narrow = true;
        for (int i = 0; i < positions.length; i++) {
            Regex.Chars chars = positions[i];
            narrow &= chars.ranges[chars.ranges.length - 1] <= 0xFF;
            if (chars.size <= MAX_SPELLED) {
                char[] all = new char[chars.size];
                for (int k = 0; k < all.length; k++) {
                    all[k] = chars.charAt(k);
                }
                choices[i] = all;
            }
        }
        this.latin1 = narrow;
    }

    /** The flat form of {@code regex}, or null when it has alternatives, open counts, or is long. */
    static FlatPattern of(Regex regex) {
        List<Regex.Chars> positions = new ArrayList<>();
        return flatten(regex, positions) ? new FlatPattern(positions.toArray(new Regex.Chars[0])) : null;
    }

    private static boolean flatten(Regex regex, List<Regex.Chars> out) {
        if (out.size() > MAX_LENGTH) {
            return false;
        }
        if (regex instanceof Regex.Literal literal) {
            for (int i = 0; i < literal.text.length(); i++) {
                char c = literal.text.charAt(i);
                out.add(new Regex.Chars(new int[] {c, c}));
            }
            return out.size() <= MAX_LENGTH;
        }
        if (regex instanceof Regex.Chars chars) {
            out.add(chars);
            return chars.size > 0;
        }
        if (regex instanceof Regex.Seq seq) {
            for (Regex part : seq.parts) {
                if (!flatten(part, out)) {
                    return false;
                }
            }
            return true;
        }
        if (regex instanceof Regex.Repeat repeat && repeat.min == repeat.max) {
            for (int i = 0; i < repeat.min; i++) {
                if (!flatten(repeat.node, out)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The one length every value has. */
    int length() {
        return positions.length;
    }

    /**
     * Whether every value this pattern can give, at most {@code limit} of them, matches
     * {@code pattern} and is within {@code lo..hi} chars (and not blank when asked): checked once,
     * by enumerating them all, so that values need no check of their own.
     */
    boolean allValid(Pattern pattern, int lo, int hi, boolean notBlank, long limit) {
        long count = 1;
        for (Regex.Chars chars : positions) {
            count *= chars.size;
            if (count > limit) {
                return false;
            }
        }
        if (positions.length < lo || positions.length > hi) {
            return false;
        }
        int[] digits = new int[positions.length];
        char[] value = new char[positions.length];
        Matcher matcher = pattern.matcher("");
        for (long n = 0; n < count; n++) {
            for (int i = 0; i < value.length; i++) {
                value[i] = positions[i].charAt(digits[i]);
            }
            String text = new String(value);
            if (!matcher.reset(text).matches() || notBlank && text.isBlank()) {
                return false;
            }
            for (int i = digits.length - 1; i >= 0 && ++digits[i] == positions[i].size; i--) {
                digits[i] = 0;
            }
        }
        return true;
    }

    /** A value: a uniform character of each position's class (a single character draws nothing). */
    String generate(Draw draw) {
        if (latin1) {
            byte[] out = new byte[choices.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) at(i, draw);
            }
            return new String(out, StandardCharsets.ISO_8859_1);
        }
        char[] out = new char[choices.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = at(i, draw);
        }
        return new String(out);
    }

    private char at(int position, Draw draw) {
        char[] all = choices[position];
        if (all == null) {
            Regex.Chars chars = positions[position];
            return chars.charAt(draw.nextInt(chars.size));
        }
        return all.length == 1 ? all[0] : all[draw.nextInt(all.length)];
    }
}
