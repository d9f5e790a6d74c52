package io.fixtura.processor.write;

import java.util.Locale;
import java.util.Map;

/**
 * Java regex escapes: the predefined classes ({@code \d}, {@code \w}, {@code \p{Alpha}}, …, in
 * Java's default ASCII meaning) and the character escapes ({@code \t}, {@code \x41},
 * {@code \u0041}, {@code \0101}, {@code \cA}, escaped punctuation).
 */
final class RegexEscapes {

    private static final RegexCharSet DIGIT = RegexCharSet.of('0', '9');
    private static final RegexCharSet WORD = RegexCharSet.of('a', 'z', 'A', 'Z', '0', '9', '_', '_');
    private static final RegexCharSet SPACE = RegexCharSet.of(' ', ' ', '\t', '\r');
    private static final RegexCharSet HORIZONTAL = RegexCharSet.of(' ', ' ', '\t', '\t', 0xA0, 0xA0, 0x1680, 0x1680,
            0x180E, 0x180E, 0x2000, 0x200A, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000);
    private static final RegexCharSet VERTICAL = RegexCharSet.of('\n', '\r', 0x85, 0x85, 0x2028, 0x2029);

    /**
     * The properties mapped to BMP ranges whose every character Java's {@code \p{..}} matches.
     * POSIX names are ASCII in Java unless UNICODE_CHARACTER_CLASS is on; general categories
     * ({@code L}, {@code Lu}, …) are Unicode, here cut to ASCII and Latin-1.
     */
    private static final Map<String, RegexCharSet> PROPERTIES = Map.ofEntries(
            Map.entry("Alpha", RegexCharSet.of('a', 'z', 'A', 'Z')),
            Map.entry("Digit", DIGIT),
            Map.entry("Alnum", RegexCharSet.of('a', 'z', 'A', 'Z', '0', '9')),
            Map.entry("Upper", RegexCharSet.of('A', 'Z')),
            Map.entry("Lower", RegexCharSet.of('a', 'z')),
            Map.entry("Punct", RegexCharSet.of('!', '/', ':', '@', '[', '`', '{', '~')),
            Map.entry("XDigit", RegexCharSet.of('0', '9', 'a', 'f', 'A', 'F')),
            Map.entry("Space", SPACE),
            Map.entry("Blank", RegexCharSet.of(' ', ' ', '\t', '\t')),
            Map.entry("Graph", RegexCharSet.of('!', '~')),
            Map.entry("Print", RegexCharSet.of(' ', '~')),
            Map.entry("ASCII", RegexCharSet.of(' ', '~')),
            Map.entry("L", RegexCharSet.of('a', 'z', 'A', 'Z', 0xC0, 0xD6, 0xD8, 0xF6, 0xF8, 0xFF)),
            Map.entry("Lu", RegexCharSet.of('A', 'Z', 0xC0, 0xD6, 0xD8, 0xDE)),
            Map.entry("Ll", RegexCharSet.of('a', 'z', 0xDF, 0xF6, 0xF8, 0xFF)),
            Map.entry("N", DIGIT));

    private RegexEscapes() {
    }

    /**
     * The set of the predefined class escaped at {@code at} (just after the backslash at
     * {@code start}), or null if the escape is not a class.
     */
    static RegexCharSet predefined(String regex, int at, int start) {
        char c = regex.charAt(at);
        switch (c) {
            case 'd': return DIGIT;
            case 'D': return DIGIT.complement();
            case 'w': return WORD;
            case 'W': return WORD.complement();
            case 's': return SPACE;
            case 'S': return SPACE.complement();
            case 'h': return HORIZONTAL;
            case 'H': return HORIZONTAL.complement();
            case 'v': return VERTICAL;
            case 'V': return VERTICAL.complement();
            case 'p':
            case 'P':
                String name = propertyName(regex, at, start);
                String key = PROPERTIES.containsKey(name) || !name.startsWith("Is") ? name : name.substring(2);
                RegexCharSet set = PROPERTIES.get(key);
                if (set == null) {
                    throw new RegexCode.Unsupported("Unicode property \\" + c
                            + (name.length() == 1 ? name : "{" + name + "}"), start);
                }
                return c == 'p' ? set : set.complement();
            default:
                return null;
        }
    }

    /** The index just past the predefined class escaped at {@code at}. */
    static int predefinedEnd(String regex, int at) {
        char c = regex.charAt(at);
        if ((c == 'p' || c == 'P') && at + 1 < regex.length() && regex.charAt(at + 1) == '{') {
            return regex.indexOf('}', at) + 1;
        }
        return c == 'p' || c == 'P' ? at + 2 : at + 1;
    }

    private static String propertyName(String regex, int at, int start) {
        if (at + 1 >= regex.length()) {
            throw new RegexCode.Unsupported("incomplete property escape", start);
        }
        if (regex.charAt(at + 1) != '{') {
            return String.valueOf(regex.charAt(at + 1));
        }
        int close = regex.indexOf('}', at);
        if (close < 0) {
            throw new RegexCode.Unsupported("unclosed property name", start);
        }
        return regex.substring(at + 2, close);
    }

    /**
     * The character escaped at {@code at} (just after the backslash at {@code start}) and the index
     * past it, as {@code {codePoint, end}}.
     */
    static int[] character(String regex, int at, int start) {
        char c = regex.charAt(at);
        switch (c) {
            case 't': return new int[] {'\t', at + 1};
            case 'n': return new int[] {'\n', at + 1};
            case 'r': return new int[] {'\r', at + 1};
            case 'f': return new int[] {'\f', at + 1};
            case 'a': return new int[] {7, at + 1};
            case 'e': return new int[] {27, at + 1};
            case '0': return octal(regex, at + 1, start);
            case 'x': return hex(regex, at + 1, start);
            case 'u': return new int[] {hexDigits(regex, at + 1, 4, start), at + 5};
            case 'c':
                if (at + 1 >= regex.length()) {
                    throw new RegexCode.Unsupported("incomplete control escape \\c", start);
                }
                return new int[] {regex.charAt(at + 1) ^ 64, at + 2};
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            int end = at;
            while (end < regex.length() && Character.isDigit(regex.charAt(end))) {
                end++;
            }
            throw new RegexCode.Unsupported("backreference \\" + regex.substring(at, end), start);
        }
        if (c == 'k') {
            int close = regex.indexOf('>', at);
            throw new RegexCode.Unsupported("backreference \\" + regex.substring(at, close < 0 ? at + 1 : close + 1), start);
        }
        if (c == 'b' || c == 'B') {
            throw new RegexCode.Unsupported("boundary \\" + c, start);
        }
        if (c == 'G') {
            throw new RegexCode.Unsupported("anchor \\G", start);
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            throw new RegexCode.Unsupported("escape \\" + c, start);
        }
        int cp = regex.codePointAt(at);
        return new int[] {cp, at + Character.charCount(cp)};
    }

    private static int[] octal(String regex, int at, int start) {
        int end = at;
        int value = 0;
        int most = at < regex.length() && regex.charAt(at) <= '3' ? 3 : 2;
        while (end < regex.length() && end - at < most && regex.charAt(end) >= '0' && regex.charAt(end) <= '7') {
            value = value * 8 + (regex.charAt(end) - '0');
            end++;
        }
        if (end == at) {
            throw new RegexCode.Unsupported("illegal octal escape", start);
        }
        return new int[] {value, end};
    }

    private static int[] hex(String regex, int at, int start) {
        if (at < regex.length() && regex.charAt(at) == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0 || close == at + 1 || close - at > 9) {
                throw new RegexCode.Unsupported("illegal hexadecimal escape", start);
            }
            int cp = hexDigits(regex, at + 1, close - at - 1, start);
            if (cp > Character.MAX_CODE_POINT) {
                throw new RegexCode.Unsupported("code point out of range", start);
            }
            return new int[] {cp, close + 1};
        }
        return new int[] {hexDigits(regex, at, 2, start), at + 2};
    }

    private static int hexDigits(String regex, int at, int count, int start) {
        if (at + count > regex.length()) {
            throw new RegexCode.Unsupported("illegal escape " + regex.substring(start), start);
        }
        try {
            return Integer.parseInt(regex.substring(at, at + count).toLowerCase(Locale.ROOT), 16);
        } catch (NumberFormatException e) {
            throw new RegexCode.Unsupported("illegal escape " + regex.substring(start, at + count), start);
        }
    }
}
