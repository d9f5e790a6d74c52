package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A {@link Regex} prepared for one length range: every node knows which lengths it can produce
 * (up to a cap), so generation first picks a reachable total length and then splits it exactly
 * over the tree, and never produces a string outside the range.
 */
final class RegexPlan {

    /** The longest string a pattern plan considers; longer lengths are refused, not truncated. */
    static final int MAX_CAP = 1 << 15;
    /** How far past the shortest allowed length generation goes when nothing else limits it. */
    private static final int SPREAD = 8;
    /** How far past the shortest allowed length bounded quantifiers may take generation. */
    private static final int WIDE_SPREAD = 256;
    /** Bits of stored repeat tables allowed per node before a pattern counts as too complex. */
    private static final long MAX_TABLE_BITS = 1L << 26;

    private final Node root;
    private final int cap;
    private final int[] targets;
    /** The pattern as one class per position when it has a single length in range, else null. */
    private final FlatPattern flat;

    private RegexPlan(Node root, int cap, int[] targets, FlatPattern flat) {
        this.root = root;
        this.cap = cap;
        this.targets = targets;
        this.flat = flat;
    }

    private static RegexPlan plan(Regex regex, Node root, int cap, int[] targets) {
        FlatPattern flat = targets.length == 1 ? FlatPattern.of(regex) : null;
        return new RegexPlan(root, cap, targets, flat != null && flat.length() == targets[0] ? flat : null);
    }

    /**
     * The plan of {@code regex} for strings of {@code minLen..maxLen} chars.
     *
     * @throws IllegalStateException if the pattern has no string of such a length
     */
    static RegexPlan of(Regex regex, int minLen, int maxLen, String source) {
        int shortest = regex.minLength();
        if (shortest == Integer.MAX_VALUE) {
            throw new IllegalStateException("pattern " + source + " matches no string at all");
        }
        if (shortest > maxLen) {
            throw new IllegalStateException("pattern " + source + " needs at least " + shortest
                    + " chars but the length is limited to " + minLen + ".." + maxLen);
        }
        int floor = Math.max(minLen, shortest);
        if (floor > MAX_CAP) {
            throw new IllegalStateException("pattern " + source + " would need strings of " + floor
                    + " chars; at most " + MAX_CAP + " are supported");
        }
        long natural = Math.min(regex.naturalMaxLength(), floor + (long) WIDE_SPREAD);
        int cap = (int) Math.min(Math.min(maxLen, MAX_CAP), Math.max(floor + (long) SPREAD, natural));
        while (true) {
            Node root = build(regex, cap);
            int[] targets = root.lengths.get(minLen, cap + 1).stream().map(l -> l + minLen).toArray();
            if (targets.length > 0) {
                return plan(regex, root, cap, targets);
            }
            if (cap >= maxLen || cap >= MAX_CAP) {
                throw new IllegalStateException("pattern " + source + " cannot produce a string of "
                        + minLen + ".." + maxLen + " chars" + (cap < maxLen ? " (searched up to " + cap + ")" : ""));
            }
            cap = (int) Math.min(Math.min(maxLen, MAX_CAP), 2L * cap);
        }
    }

    /**
     * The plan of {@code regex} for strings of {@code minLen..cap} chars, with exactly that cap
     * (edges want the true longest string, not a typical one), or null when none has such a length.
     */
    static RegexPlan withCap(Regex regex, int minLen, int cap) {
        if (minLen > cap || regex.minLength() > cap) {
            return null;
        }
        Node root = build(regex, cap);
        int[] targets = root.lengths.get(minLen, cap + 1).stream().map(l -> l + minLen).toArray();
        return targets.length == 0 ? null : plan(regex, root, cap, targets);
    }

    /** A random string of the pattern of exactly {@code length} chars, one of {@link #targets()}. */
    String generate(Draw draw, int length) {
        if (flat != null) {
            return flat.generate(draw);
        }
        StringBuilder out = new StringBuilder(length);
        root.emit(draw, length, out);
        return out.toString();
    }

    /** The pattern as one class per position, when it has one length in range; else null. */
    FlatPattern flat() {
        return flat;
    }

    /** The longest length this plan considers. */
    int cap() {
        return cap;
    }

    /** The reachable total lengths within the range, ascending. */
    int[] targets() {
        return targets.clone();
    }

    /** A random string of the pattern, of a uniformly chosen reachable length. */
    String generate(Draw draw) {
        if (flat != null) {
            return flat.generate(draw);
        }
        int length = targets[draw.nextInt(targets.length)];
        StringBuilder out = new StringBuilder(length);
        root.emit(draw, length, out);
        return out.toString();
    }

    private static Node build(Regex regex, int cap) {
        if (regex instanceof Regex.Literal) {
            return new LiteralNode(((Regex.Literal) regex).text, cap);
        }
        if (regex instanceof Regex.Chars) {
            return new CharsNode((Regex.Chars) regex, cap);
        }
        if (regex instanceof Regex.Seq) {
            List<Node> parts = new ArrayList<>();
            for (Regex part : ((Regex.Seq) regex).parts) {
                parts.add(build(part, cap));
            }
            return new SeqNode(parts, cap);
        }
        if (regex instanceof Regex.Alt) {
            List<Node> options = new ArrayList<>();
            for (Regex option : ((Regex.Alt) regex).options) {
                options.add(build(option, cap));
            }
            return new AltNode(options);
        }
        Regex.Repeat repeat = (Regex.Repeat) regex;
        return new RepeatNode(build(repeat.node, cap), repeat, cap);
    }

    /** {@code {a + b}} for every a, b of the sets, up to {@code cap}. */
    static BitSet sum(BitSet a, BitSet b, int cap) {
        BitSet out = new BitSet(cap + 1);
        for (int x = a.nextSetBit(0); x >= 0; x = a.nextSetBit(x + 1)) {
            for (int y = b.nextSetBit(0); y >= 0 && x + y <= cap; y = b.nextSetBit(y + 1)) {
                out.set(x + y);
            }
        }
        return out;
    }

    /** A node of the plan: the lengths it can produce, and how to produce one of exactly a given length. */
    abstract static class Node {
        final BitSet lengths = new BitSet();

        /** Appends a string of exactly {@code length} chars; {@code lengths.get(length)} holds. */
        abstract void emit(Draw draw, int length, StringBuilder out);
    }

    private static final class LiteralNode extends Node {
        private final String text;

        LiteralNode(String text, int cap) {
            this.text = text;
            if (text.length() <= cap) {
                lengths.set(text.length());
            }
        }

        @Override
        void emit(Draw draw, int length, StringBuilder out) {
            out.append(text);
        }
    }

    private static final class CharsNode extends Node {
        private final Regex.Chars chars;

        CharsNode(Regex.Chars chars, int cap) {
            this.chars = chars;
            if (chars.size > 0 && cap >= 1) {
                lengths.set(1);
            }
        }

        @Override
        void emit(Draw draw, int length, StringBuilder out) {
            out.append(chars.charAt(draw.nextInt(chars.size)));
        }
    }

    private static final class SeqNode extends Node {
        private final List<Node> parts;
        /** suffix[i]: the lengths parts i.. together can produce; suffix[n] = {0}. */
        private final BitSet[] suffix;

        SeqNode(List<Node> parts, int cap) {
            this.parts = parts;
            this.suffix = new BitSet[parts.size() + 1];
            suffix[parts.size()] = new BitSet();
            suffix[parts.size()].set(0);
            for (int i = parts.size() - 1; i >= 0; i--) {
                suffix[i] = sum(parts.get(i).lengths, suffix[i + 1], cap);
            }
            lengths.or(suffix[0]);
        }

        @Override
        void emit(Draw draw, int length, StringBuilder out) {
            int rest = length;
            for (int i = 0; i < parts.size(); i++) {
                int part = pick(draw, parts.get(i).lengths, suffix[i + 1], rest);
                parts.get(i).emit(draw, part, out);
                rest -= part;
            }
        }
    }

    /** A uniform choice of {@code l} in {@code own} with {@code rest - l} in {@code after}. */
    static int pick(Draw draw, BitSet own, BitSet after, int rest) {
        int count = 0;
        for (int l = own.nextSetBit(0); l >= 0 && l <= rest; l = own.nextSetBit(l + 1)) {
            if (after.get(rest - l)) {
                count++;
            }
        }
        int chosen = draw.nextInt(count);
        for (int l = own.nextSetBit(0); ; l = own.nextSetBit(l + 1)) {
            if (after.get(rest - l) && chosen-- == 0) {
                return l;
            }
        }
    }

    private static final class AltNode extends Node {
        private final List<Node> options;

        AltNode(List<Node> options) {
            this.options = options;
            for (Node option : options) {
                lengths.or(option.lengths);
            }
        }

        @Override
        void emit(Draw draw, int length, StringBuilder out) {
            int count = 0;
            for (Node option : options) {
                count += option.lengths.get(length) ? 1 : 0;
            }
            int chosen = draw.nextInt(count);
            for (Node option : options) {
                if (option.lengths.get(length) && chosen-- == 0) {
                    option.emit(draw, length, out);
                    return;
                }
            }
        }
    }

    private static final class RepeatNode extends Node {
        private final Node child;
        private final int min;
        /** The most repetitions worth considering under the cap. */
        private final int most;
        /** The fewest-to-most counts generation prefers: an unbounded {@code *} stays short. */
        private final int preferred;
        private final RepeatLengths counts;

        RepeatNode(Node child, Regex.Repeat repeat, int cap) {
            this.child = child;
            this.min = repeat.min;
            BitSet own = child.lengths;
            int shortest = own.nextSetBit(0);
            long limit = repeat.unbounded() ? Long.MAX_VALUE : repeat.max;
            if (shortest < 0) {
                most = 0;
            } else if (shortest > 0) {
                most = (int) Math.min(limit, cap / shortest);
            } else {
                most = (int) Math.min(limit, Math.max(min, cap));
            }
            preferred = repeat.unbounded() ? (int) Math.min(most, (long) min + Regex.UNBOUNDED_EXTRA) : most;
            if (shortest < 0) {
                counts = RepeatLengths.empty();
                if (min == 0) {
                    lengths.set(0);
                }
                return;
            }
            counts = RepeatLengths.of(own, most, cap, MAX_TABLE_BITS);
            for (int c = min; c <= most; c++) {
                counts.addTo(lengths, c);
            }
        }

        @Override
        void emit(Draw draw, int length, StringBuilder out) {
            int count = chooseCount(draw, length, preferred);
            if (count < 0) {
                count = chooseCount(draw, length, most);
            }
            int rest = length;
            for (int left = count - 1; left >= 0; left--) {
                int part = counts.pickFirst(draw, child.lengths, left, rest);
                child.emit(draw, part, out);
                rest -= part;
            }
        }

        private int chooseCount(Draw draw, int length, int upTo) {
            int feasible = 0;
            for (int c = min; c <= upTo; c++) {
                feasible += counts.contains(c, length) ? 1 : 0;
            }
            if (feasible == 0) {
                return -1;
            }
            int chosen = draw.nextInt(feasible);
            for (int c = min; ; c++) {
                if (counts.contains(c, length) && chosen-- == 0) {
                    return c;
                }
            }
        }
    }
}
