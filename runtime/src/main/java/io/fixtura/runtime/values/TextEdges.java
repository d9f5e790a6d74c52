package io.fixtura.runtime.values;

/**
 * The edge strings of free text, fitted to a length range: lengths (empty, one char, min and max
 * length) and valid text that breaks naive code (quotes, backslashes, control characters, SQL and
 * HTML metacharacters, scripts beyond Latin, surrogate pairs, combining marks, NUL). A sample
 * longer than the maximum is cut around its telling part, never inside a surrogate pair; one
 * shorter than the minimum is padded with more of its own script.
 */
final class TextEdges {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String EMOJI = "\uD83D\uDE00\uD83C\uDF89\uD83D\uDC4D"; // 😀🎉👍

    /**
     * A sample string: {@code core} (start inclusive, end exclusive) is the part that makes it an
     * edge and survives cutting; padding goes {@code padFromEnd} chars before the end, from {@code filler}.
     */
    private record Sample(String label, String text, int coreStart, int coreEnd, int padFromEnd, String filler,
                          String... unstorableIn) {
    }

    private static final Sample[] SAMPLES = {
        new Sample("leading and trailing spaces", " a ", 0, 3, 1, LETTERS),
        new Sample("apostrophe", "O'Brien", 1, 2, 0, LETTERS),
        new Sample("double quotes", "\"quoted\"", 0, 1, 0, LETTERS),
        new Sample("backslash", "C:\\new\\table", 2, 3, 0, LETTERS),
        new Sample("newline", "line 1\nline 2", 6, 7, 0, LETTERS),
        new Sample("tab", "col 1\tcol 2", 5, 6, 0, LETTERS),
        new Sample("SQL metacharacters", "'; DROP TABLE users; --", 0, 2, 0, LETTERS),
        new Sample("HTML metacharacters", "<script>alert(1)</script>", 0, 1, 0, LETTERS),
        new Sample("accented Latin", "\u00C5ngstr\u00F6m Zo\u00EB M\u00FCller", 0, 1, 0, "\u00E9\u00E8\u00E0\u00FC\u00F1\u00E7"),
        new Sample("CJK", "\u6771\u4EAC\u90FD\u6E0B\u8C37\u533A", 0, 1, 0, "\u6771\u4EAC\u90FD\u6E0B\u8C37\u533A"),
        new Sample("right-to-left (Arabic)", "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
                0, 1, 0, "\u0645\u0631\u062D\u0628\u0627"),
        new Sample("right-to-left (Hebrew)", "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD", 0, 1, 0,
                "\u05E9\u05DC\u05D5\u05DD"),
        new Sample("emoji (surrogate pairs)", EMOJI, 0, 2, 0, EMOJI),
        new Sample("combining marks", "e\u0301te\u0301", 0, 2, 0, "e\u0301"),
        new Sample("NUL character", "nul\u0000byte", 3, 4, 0, LETTERS, "POSTGRESQL"),
    };

    private TextEdges() {
    }

    /** Adds the length edges of free text in {@code [lo, hi]} chars. */
    static void addLengths(EdgeList<String> list, int lo, int hi) {
        list.add("empty", "");
        list.add("one char", "a");
        if (lo >= 2) {
            list.add("min length " + lo, repeat(LETTERS, lo));
        }
        if (hi <= EdgeList.LONGEST) {
            list.add("max length " + hi, repeat(LETTERS, hi));
            if (hi >= 2) {
                list.add("max length in emoji", repeat(EMOJI, hi));
            }
        }
        if (hi >= 1) {
            list.add("whitespace only", " ".repeat(Math.min(hi, Math.max(lo, 3))));
        }
    }

    /** Adds the character edges fitted to {@code [lo, hi]} chars; the list drops those its spec refuses. */
    static void addCharacters(EdgeList<String> list, int lo, int hi) {
        for (Sample sample : SAMPLES) {
            String value = fit(sample, lo, hi);
            if (value != null) {
                list.add(sample.label(), value, sample.unstorableIn());
            }
        }
    }

    /** The sample cut or padded to {@code [lo, hi]} chars, or null when its core does not fit. */
    private static String fit(Sample sample, int lo, int hi) {
        String text = sample.text();
        int end = text.length();
        int start = 0;
        if (end - start > hi) {
            end = Math.max(sample.coreEnd(), hi);
            if (Character.isHighSurrogate(text.charAt(end - 1)) && end > sample.coreEnd()) {
                end--;
            }
        }
        if (end - start > hi) {
            start = end - hi;
            if (start > sample.coreStart()) {
                return null;
            }
            if (Character.isLowSurrogate(text.charAt(start))) {
                start++;
            }
        }
        String cut = text.substring(start, end);
        if (cut.length() >= lo) {
            return cut;
        }
        int at = Math.max(0, cut.length() - sample.padFromEnd());
        return cut.substring(0, at) + repeat(sample.filler(), lo - cut.length()) + cut.substring(at);
    }

    /** {@code length} chars of {@code unit} repeated, ending in a letter rather than half a surrogate pair. */
    static String repeat(String unit, int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            int room = length - out.length();
            for (int i = 0; i < unit.length() && room > 0; ) {
                int cp = unit.codePointAt(i);
                int size = Character.charCount(cp);
                if (size > room) {
                    break;
                }
                out.appendCodePoint(cp);
                room -= size;
                i += size;
            }
            if (room > 0 && out.length() < length && Character.charCount(unit.codePointAt(0)) > room) {
                out.append('a');
            }
        }
        return out.toString();
    }
}
