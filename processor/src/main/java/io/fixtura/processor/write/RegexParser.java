package io.fixtura.processor.write;

import io.fixtura.processor.write.RegexNode.Alt;
import io.fixtura.processor.write.RegexNode.Anchor;
import io.fixtura.processor.write.RegexNode.Chars;
import io.fixtura.processor.write.RegexNode.Repeat;
import io.fixtura.processor.write.RegexNode.Seq;
import io.fixtura.processor.write.RegexNode.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a {@code java.util.regex} pattern into a {@link RegexNode} tree, following Java's syntax
 * and semantics (nested classes, {@code &&}, ASCII-only {@code (?i)}), and rejecting with an offset
 * every construct whose strings cannot be generated from the tree alone.
 */
final class RegexParser {

    private final String regex;
    private int pos;
    private boolean caseInsensitive;

    private RegexParser(String regex) {
        this.regex = regex;
    }

    /** The tree of {@code regex}, anchors still in it. */
    static RegexNode parse(String regex) {
        RegexParser parser = new RegexParser(regex);
        RegexNode node = parser.alternation();
        if (parser.pos < regex.length()) {
            throw new RegexCode.Unsupported("unmatched )", parser.pos);
        }
        return node;
    }

    private RegexNode alternation() {
        List<RegexNode> options = new ArrayList<>();
        options.add(sequence());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    private RegexNode sequence() {
        List<RegexNode> parts = new ArrayList<>();
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            if (startsWith("\\Q")) {
                // a quantifier after \Q...\E repeats its last character only, as in Java
                int start = pos;
                pos += 2;
                int[] quoted = quote().codePoints().toArray();
                for (int i = 0; i < quoted.length; i++) {
                    RegexNode literal = literal(quoted[i], start);
                    parts.add(i == quoted.length - 1 ? quantified(literal) : literal);
                }
                continue;
            }
            RegexNode atom = atom();
            if (atom != null) {
                parts.add(quantified(atom));
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Seq(parts);
    }

    private RegexNode quantified(RegexNode atom) {
        boolean quantified = false;
        while (pos < regex.length()) {
            int start = pos;
            if (quantified && "?*+{".indexOf(regex.charAt(pos)) >= 0) {
                // Java reads a{2}{3} its own way (not as a{6}): refuse rather than guess
                throw new RegexCode.Unsupported("quantifier " + regex.charAt(pos) + " after a quantifier", start);
            }
            int min;
            int max;
            switch (regex.charAt(pos)) {
                case '?' -> { min = 0; max = 1; pos++; }
                case '*' -> { min = 0; max = -1; pos++; }
                case '+' -> { min = 1; max = -1; pos++; }
                case '{' -> {
                    pos++;
                    min = number(start);
                    max = min;
                    if (peek(',')) {
                        pos++;
                        max = peek('}') ? -1 : number(start);
                    }
                    if (!peek('}') || (max >= 0 && max < min)) {
                        throw new RegexCode.Unsupported("malformed repetition " + regex.substring(start, pos), start);
                    }
                    pos++;
                }
                default -> {
                    return atom;
                }
            }
            if (peek('+')) {
                throw new RegexCode.Unsupported("possessive quantifier " + regex.substring(start, pos + 1), start);
            }
            if (peek('?')) {
                pos++; // lazy: matches the same strings
            }
            atom = atom instanceof Anchor ? atom : new Repeat(atom, min, max);
            quantified = true;
        }
        return atom;
    }

    private int number(int start) {
        int from = pos;
        while (pos < regex.length() && Character.isDigit(regex.charAt(pos)) && regex.charAt(pos) < 128) {
            pos++;
        }
        if (from == pos || pos - from > 9) {
            throw new RegexCode.Unsupported("malformed repetition " + regex.substring(start, Math.min(pos + 1, regex.length())), start);
        }
        return Integer.parseInt(regex.substring(from, pos));
    }

    private RegexNode atom() {
        int start = pos;
        char c = regex.charAt(pos);
        switch (c) {
            case '(':
                return group();
            case '[':
                pos++;
                return new Chars(charClass(start), start);
            case '.':
                pos++;
                return new Chars(RegexCharSet.UNIVERSE, start);
            case '^':
                pos++;
                return new Anchor(true, "^", start);
            case '$':
                pos++;
                return new Anchor(false, "$", start);
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new RegexCode.Unsupported("quantifier " + c + " without anything to repeat", start);
            default:
                int cp = regex.codePointAt(pos);
                pos += Character.charCount(cp);
                return literal(cp, start);
        }
    }

    private RegexNode literal(int cp, int offset) {
        if (caseInsensitive && isAsciiLetter(cp)) {
            return new Chars(RegexCharSet.single(cp).folded(), offset);
        }
        return new Text(new String(Character.toChars(cp)));
    }

    private static boolean isAsciiLetter(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }

    private RegexNode group() {
        int start = pos;
        pos++;
        boolean saved = caseInsensitive;
        if (peek('?')) {
            if (startsWith("?:")) {
                pos += 2;
            } else if (startsWith("?=") || startsWith("?!")) {
                throw new RegexCode.Unsupported("lookahead " + regex.substring(start, start + 3), start);
            } else if (startsWith("?<=") || startsWith("?<!")) {
                throw new RegexCode.Unsupported("lookbehind " + regex.substring(start, start + 4), start);
            } else if (startsWith("?>")) {
                throw new RegexCode.Unsupported("atomic group (?>", start);
            } else if (startsWith("?<")) {
                int close = regex.indexOf('>', pos);
                if (close < 0) {
                    throw new RegexCode.Unsupported("unclosed group name", start);
                }
                pos = close + 1;
            } else if (flags(start)) {
                return null;
            }
        }
        RegexNode inner = alternation();
        if (!peek(')')) {
            throw new RegexCode.Unsupported("unclosed group", start);
        }
        pos++;
        caseInsensitive = saved;
        return inner;
    }

    /** Reads {@code ?i)} or {@code ?-i:}; true if it was a switch for the rest of the group. */
    private boolean flags(int start) {
        pos++;
        boolean on = true;
        boolean ci = caseInsensitive;
        while (pos < regex.length() && regex.charAt(pos) != ')' && regex.charAt(pos) != ':') {
            char flag = regex.charAt(pos);
            if (flag == '-') {
                on = false;
            } else if (flag == 'i') {
                ci = on;
            } else {
                int end = regex.indexOf(')', pos);
                throw new RegexCode.Unsupported("inline flag " + flag + " in "
                        + regex.substring(start, end < 0 ? regex.length() : end + 1), start);
            }
            pos++;
        }
        if (pos >= regex.length()) {
            throw new RegexCode.Unsupported("unclosed group", start);
        }
        boolean wholeGroup = regex.charAt(pos) == ')';
        pos++;
        caseInsensitive = ci;
        return wholeGroup;
    }

    private RegexNode escape() {
        int start = pos;
        pos++;
        if (pos >= regex.length()) {
            throw new RegexCode.Unsupported("trailing backslash", start);
        }
        char c = regex.charAt(pos);
        switch (c) {
            case 'A':
                pos++;
                return new Anchor(true, "\\A", start);
            case 'z':
            case 'Z':
                pos++;
                return new Anchor(false, "\\" + c, start);
            default:
                break;
        }
        RegexCharSet set = RegexEscapes.predefined(regex, pos, start);
        if (set != null) {
            pos = RegexEscapes.predefinedEnd(regex, pos);
            return new Chars(set, start);
        }
        int cp = escapedChar(start);
        return literal(cp, start);
    }

    /** The text of {@code \Q...\E} after the {@code \Q}, moving past the {@code \E}. */
    private String quote() {
        int end = regex.indexOf("\\E", pos);
        String text = regex.substring(pos, end < 0 ? regex.length() : end);
        pos = end < 0 ? regex.length() : end + 2;
        return text;
    }

    /** A character escape at {@code pos} (just after the backslash), moving past it. */
    private int escapedChar(int start) {
        int[] parsed = RegexEscapes.character(regex, pos, start);
        pos = parsed[1];
        return parsed[0];
    }

    /** A class after its {@code [}: nested classes, ranges, {@code &&}, negation over the whole. */
    private RegexCharSet charClass(int start) {
        boolean negate = peek('^');
        if (negate) {
            pos++;
        }
        RegexCharSet set = classUnion(start, true);
        if (set == null) {
            set = RegexCharSet.empty();
        }
        // Folding before the complement only ever removes more, so it is right however Java folds.
        return negate ? (caseInsensitive ? set.folded() : set).complement() : set;
    }

    /** Items up to {@code ]} (consumed) or {@code &&} (then intersected with the rest); null if none. */
    private RegexCharSet classUnion(int start, boolean first) {
        RegexCharSet plain = RegexCharSet.empty();
        RegexCharSet fixed = RegexCharSet.empty();
        boolean any = false;
        while (true) {
            if (pos >= regex.length()) {
                throw new RegexCode.Unsupported("unclosed character class", start);
            }
            char c = regex.charAt(pos);
            if (c == ']' && !(first && !any)) {
                pos++;
                return any ? resolve(plain, fixed) : null;
            }
            if (startsWith("&&")) {
                pos += 2;
                RegexCharSet left = any ? resolve(plain, fixed) : null;
                RegexCharSet right = classUnion(start, false);
                return left == null ? right : right == null ? left : left.intersect(right);
            }
            any = true;
            if (c == '[') {
                int nested = pos;
                pos++;
                fixed = fixed.union(charClass(nested));
                continue;
            }
            if (c == '\\' && pos + 1 < regex.length()) {
                int escape = pos;
                RegexCharSet set = RegexEscapes.predefined(regex, pos + 1, escape);
                if (set != null) {
                    pos = RegexEscapes.predefinedEnd(regex, pos + 1);
                    fixed = fixed.union(set);
                    continue;
                }
                if (regex.charAt(pos + 1) == 'Q') {
                    pos += 2;
                    for (int cp : quote().codePoints().toArray()) {
                        plain = plain.union(classChar(cp, escape));
                    }
                    continue;
                }
            }
            int itemStart = pos;
            int lo = classMember(start);
            if (peek('-') && pos + 1 < regex.length() && regex.charAt(pos + 1) != ']' && regex.charAt(pos + 1) != '[') {
                pos++;
                int hi = classMember(start);
                if (hi < lo) {
                    throw new RegexCode.Unsupported("illegal character range " + regex.substring(itemStart, pos), itemStart);
                }
                classChar(lo, itemStart);
                classChar(hi, itemStart);
                plain = plain.union(RegexCharSet.of(lo, hi));
            } else {
                plain = plain.union(classChar(lo, itemStart));
            }
        }
    }

    private RegexCharSet resolve(RegexCharSet plain, RegexCharSet fixed) {
        return (caseInsensitive ? plain.folded() : plain).union(fixed);
    }

    private RegexCharSet classChar(int cp, int offset) {
        if (cp > 0xFFFF) {
            throw new RegexCode.Unsupported("supplementary character U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)
                    + " in a character class", offset);
        }
        return RegexCharSet.single(cp);
    }

    /** One character of a class: literal or escaped. */
    private int classMember(int start) {
        if (regex.charAt(pos) == '\\') {
            int escape = pos;
            pos++;
            if (pos >= regex.length()) {
                throw new RegexCode.Unsupported("unclosed character class", start);
            }
            return escapedChar(escape);
        }
        int cp = regex.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    private boolean peek(char c) {
        return pos < regex.length() && regex.charAt(pos) == c;
    }

    private boolean startsWith(String text) {
        return regex.startsWith(text, pos);
    }
}
