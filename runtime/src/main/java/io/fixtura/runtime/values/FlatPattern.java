package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import java.util.ArrayList;
import java.util.List;

/**
 * A pattern of one fixed length made only of literals, character classes, groups of them and
 * fixed counts ({@code \d{5}}, {@code [A-Z]{3}-\d{4}}): a character class per position, so a value
 * is one uniform choice per position, without planning how a length splits over the tree.
 */
final class FlatPattern {

    /** Longer fixed patterns are left to the general plan: their tables would outweigh the gain. */
    private static final int MAX_LENGTH = 256;

    private final Regex.Chars[] positions;

    private FlatPattern(Regex.Chars[] positions) {
        this.positions = positions;
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

    /** A value: a uniform character of each position's class (a single character draws nothing). */
    String generate(Draw draw) {
        char[] out = new char[positions.length];
        for (int i = 0; i < out.length; i++) {
            Regex.Chars chars = positions[i];
            out[i] = chars.size == 1 ? chars.ranges[0] : chars.charAt(draw.nextInt(chars.size));
        }
        return new String(out);
    }
}
