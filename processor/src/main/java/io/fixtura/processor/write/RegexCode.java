package io.fixtura.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.fixtura.processor.write.RegexNode.Alt;
import io.fixtura.processor.write.RegexNode.Anchor;
import io.fixtura.processor.write.RegexNode.Chars;
import io.fixtura.processor.write.RegexNode.Repeat;
import io.fixtura.processor.write.RegexNode.Seq;
import io.fixtura.processor.write.RegexNode.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@code @Pattern} regular expression, parsed at compile time, into code that builds the
 * equivalent runtime {@code io.fixtura.runtime.values.Regex} tree, so generated factories never
 * parse patterns. Constructs whose strings cannot be generated are refused with their offset.
 *
 * <pre>{@code CodeBlock code = RegexCode.toCode("[A-Z]{3}-\\d{4}");}</pre>
 */
public final class RegexCode {

    private static final ClassName REGEX = ClassName.get("io.fixtura.runtime.values", "Regex");
    /** The longest strings the runtime generates for a pattern (its {@code RegexPlan.MAX_CAP}). */
    private static final long MAX_LENGTH = 1 << 15;

    private RegexCode() {
    }

    /** A construct of a regular expression that Fixtura cannot generate strings for. */
    public static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        Unsupported(String construct, int offset) {
            super(construct + " at offset " + offset + " cannot be generated");
            this.offset = offset;
        }

        /** Where the construct starts in the regular expression. */
        public int offset() {
            return offset;
        }
    }

    /**
     * An expression of type {@code Regex} for {@code regex}.
     *
     * @throws Unsupported for backreferences, lookaround, boundaries, possessive and atomic
     *     groups, inline flags other than {@code i}, unmapped Unicode properties, anchors inside the
     *     pattern, and patterns that match no string
     */
    public static CodeBlock toCode(String regex) {
        RegexNode root = RegexParser.parse(regex);
        checkAnchors(root, true, true);
        if (!matchesSomething(root)) {
            throw new Unsupported("a pattern that matches no string", 0);
        }
        if (minLength(root) > MAX_LENGTH) {
            throw new Unsupported("a pattern whose shortest string is over " + MAX_LENGTH + " chars", 0);
        }
        return code(root);
    }

    /** Anchors are dropped in generation, so each must sit where it holds: at the very start or end. */
    private static void checkAnchors(RegexNode node, boolean atStart, boolean atEnd) {
        if (node instanceof Anchor anchor) {
            if (anchor.start() ? !atStart : !atEnd) {
                throw new Unsupported("anchor " + anchor.text() + " inside the pattern", anchor.offset());
            }
        } else if (node instanceof Seq seq) {
            List<RegexNode> parts = seq.parts();
            for (int i = 0; i < parts.size(); i++) {
                checkAnchors(parts.get(i), atStart && allEmpty(parts.subList(0, i)),
                        atEnd && allEmpty(parts.subList(i + 1, parts.size())));
            }
        } else if (node instanceof Alt alt) {
            for (RegexNode option : alt.options()) {
                checkAnchors(option, atStart, atEnd);
            }
        } else if (node instanceof Repeat repeat && repeat.max() != 0) {
            boolean once = repeat.max() == 1 || onlyEmpty(repeat.node());
            checkAnchors(repeat.node(), atStart && once, atEnd && once);
        }
    }

    private static boolean allEmpty(List<RegexNode> nodes) {
        return nodes.stream().allMatch(RegexCode::onlyEmpty);
    }

    /** Whether a node can only match the empty string. */
    private static boolean onlyEmpty(RegexNode node) {
        if (node instanceof Text text) {
            return text.text().isEmpty();
        }
        if (node instanceof Anchor) {
            return true;
        }
        if (node instanceof Seq seq) {
            return allEmpty(seq.parts());
        }
        if (node instanceof Alt alt) {
            return allEmpty(alt.options());
        }
        if (node instanceof Repeat repeat) {
            return repeat.max() == 0 || onlyEmpty(repeat.node());
        }
        return false;
    }

    private static boolean matchesSomething(RegexNode node) {
        if (node instanceof Chars chars) {
            return !chars.set().isEmpty();
        }
        if (node instanceof Seq seq) {
            return seq.parts().stream().allMatch(RegexCode::matchesSomething);
        }
        if (node instanceof Alt alt) {
            return alt.options().stream().anyMatch(RegexCode::matchesSomething);
        }
        if (node instanceof Repeat repeat) {
            return repeat.min() == 0 || matchesSomething(repeat.node());
        }
        return true;
    }

    /** The length of the shortest string, saturating; only for patterns that match something. */
    private static long minLength(RegexNode node) {
        if (node instanceof Text text) {
            return text.text().length();
        }
        if (node instanceof Chars) {
            return 1;
        }
        if (node instanceof Seq seq) {
            long sum = 0;
            for (RegexNode part : seq.parts()) {
                sum = Math.min(Long.MAX_VALUE / 2, sum + minLength(part));
            }
            return sum;
        }
        if (node instanceof Alt alt) {
            return alt.options().stream().filter(RegexCode::matchesSomething).mapToLong(RegexCode::minLength).min().orElse(0);
        }
        if (node instanceof Repeat repeat) {
            long child = minLength(repeat.node());
            return child == 0 || repeat.min() <= (Long.MAX_VALUE / 2) / child ? child * repeat.min() : Long.MAX_VALUE / 2;
        }
        return 0;
    }

    private static CodeBlock code(RegexNode node) {
        if (node instanceof Text text) {
            return CodeBlock.of("$T.literal($L)", REGEX, javaString(text.text()));
        }
        if (node instanceof Chars chars) {
            int single = chars.set().single();
            if (single >= 0) {
                return CodeBlock.of("$T.literal($L)", REGEX, javaString(String.valueOf((char) single)));
            }
            List<CodeBlock> bounds = new ArrayList<>();
            for (int bound : chars.set().ranges()) {
                bounds.add(CodeBlock.of("$L", charLiteral(bound)));
            }
            return CodeBlock.of("$T.chars($L)", REGEX, CodeBlock.join(bounds, ", "));
        }
        if (node instanceof Seq seq) {
            List<RegexNode> parts = merged(seq.parts());
            if (parts.size() == 1) {
                return code(parts.get(0));
            }
            return CodeBlock.of("$T.seq($L)", REGEX, join(parts));
        }
        if (node instanceof Alt alt) {
            return CodeBlock.of("$T.alt($L)", REGEX, join(alt.options()));
        }
        if (node instanceof Repeat repeat) {
            return CodeBlock.of("$T.repeat($L, $L, $L)", REGEX, code(repeat.node()), repeat.min(),
                    repeat.max() < 0 ? CodeBlock.of("$T.UNBOUNDED", REGEX) : CodeBlock.of("$L", repeat.max()));
        }
        return CodeBlock.of("$T.literal(\"\")", REGEX);
    }

    private static CodeBlock join(List<RegexNode> nodes) {
        List<CodeBlock> codes = new ArrayList<>();
        for (RegexNode node : nodes) {
            codes.add(code(node));
        }
        return CodeBlock.join(codes, ", ");
    }

    /** The parts without anchors and nested sequences, adjacent texts (and single characters) joined. */
    private static List<RegexNode> merged(List<RegexNode> parts) {
        List<RegexNode> flat = new ArrayList<>();
        for (RegexNode part : parts) {
            if (part instanceof Seq seq) {
                flat.addAll(merged(seq.parts()));
            } else if (!(part instanceof Anchor)) {
                flat.add(part);
            }
        }
        List<RegexNode> out = new ArrayList<>();
        StringBuilder text = null;
        for (RegexNode part : flat) {
            String literal = part instanceof Text t ? t.text()
                    : part instanceof Chars c && c.set().single() >= 0 ? String.valueOf((char) c.set().single()) : null;
            if (literal != null) {
                text = text == null ? new StringBuilder() : text;
                text.append(literal);
                continue;
            }
            if (text != null) {
                out.add(new Text(text.toString()));
                text = null;
            }
            out.add(part);
        }
        if (text != null || out.isEmpty()) {
            out.add(new Text(text == null ? "" : text.toString()));
        }
        return out;
    }

    /** A Java string literal of ASCII characters only, whatever the source encoding. */
    static String javaString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        out.append(c);
                    } else if (c < 0x80) {
                        // not \\u: Java reads unicode escapes before strings, so \\u000A would end the line
                        out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A letter or digit as a char literal, anything else as a hex number. */
    private static String charLiteral(int c) {
        boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return plain ? "'" + (char) c + "'" : String.format(Locale.ROOT, "0x%X", c);
    }
}
