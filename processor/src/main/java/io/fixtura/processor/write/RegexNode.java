package io.fixtura.processor.write;

import java.util.List;

/** The parsed form of a regular expression, as far as generation needs it. */
sealed interface RegexNode {

    /** Exactly this text. */
    record Text(String text) implements RegexNode {
    }

    /** One character of a set. */
    record Chars(RegexCharSet set, int offset) implements RegexNode {
    }

    record Seq(List<RegexNode> parts) implements RegexNode {
    }

    record Alt(List<RegexNode> options) implements RegexNode {
    }

    /** {@code node} from {@code min} to {@code max} times; max -1 for unbounded. */
    record Repeat(RegexNode node, int min, int max) implements RegexNode {
    }

    /** {@code ^}, {@code \A} (start) or {@code $}, {@code \z}, {@code \Z} (end): empty, where it holds. */
    record Anchor(boolean start, String text, int offset) implements RegexNode {
    }
}
