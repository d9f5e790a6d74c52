package io.fixtura.runtime.values;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Numbers strings of a {@link Regex} for unique values: one fixed skeleton (a total length, every
 * alternative and repeat count chosen to hold the most strings) whose character positions are the
 * digits of a mixed-radix number. Every slot keeps its place, so distinct numbers give distinct
 * strings.
 */
final class RegexEnumeration {

    private static final double NONE = Double.NEGATIVE_INFINITY;
    /** Table cells allowed per repeat of irregular length before a pattern counts as too complex. */
    private static final long MAX_CELLS = 1L << 20;

    private final Slot[] slots;
    private final int length;
    private final long capacity;

    private RegexEnumeration(Slot[] slots, int length, long capacity) {
        this.slots = slots;
        this.length = length;
        this.capacity = capacity;
    }

    /**
     * The enumeration of {@code regex} among lengths {@code minLen..cap} with the largest count.
     *
     * @throws IllegalStateException if no string of those lengths exists
     */
    static RegexEnumeration of(Regex regex, int minLen, int cap, String source) {
        Node root = build(regex, cap);
        int best = -1;
        for (int l = minLen; l <= cap; l++) {
            if (root.best[l] != NONE && (best < 0 || root.best[l] > root.best[best])) {
                best = l;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("pattern " + source + " has no string of " + minLen + ".." + cap + " chars");
        }
        List<Slot> slots = new ArrayList<>();
        root.skeleton(best, slots);
        long capacity = 1;
        for (Slot slot : slots) {
            capacity = multiply(capacity, slot.radix());
        }
        return new RegexEnumeration(slots.toArray(new Slot[0]), best, capacity);
    }

    /** How many distinct strings this enumeration has, capped at {@link Long#MAX_VALUE}. */
    long capacity() {
        return capacity;
    }

    /** String number {@code ordinal}, {@code 0 <= ordinal < capacity()}: the last slot is the lowest digit. */
    String render(long ordinal) {
        char[] out = new char[length];
        int end = length;
        for (int i = slots.length - 1; i >= 0; i--) {
            Slot slot = slots[i];
            int radix = slot.radix();
            int digit = (int) (ordinal % radix);
            ordinal /= radix;
            end -= slot.length();
            slot.write(digit, out, end);
        }
        return new String(out);
    }

    private static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }

    /** One position of the skeleton: a character class, or one of several same-length texts. */
    private static final class Slot {
        private final Regex.Chars chars;
        private final String[] texts;

        Slot(Regex.Chars chars) {
            this.chars = chars;
            this.texts = null;
        }

        Slot(String[] texts) {
            this.chars = null;
            this.texts = texts;
        }

        int radix() {
            return chars != null ? chars.size : texts.length;
        }

        int length() {
            return chars != null ? 1 : texts[0].length();
        }

        void write(int digit, char[] out, int at) {
            if (chars != null) {
                out[at] = chars.charAt(digit);
            } else {
                texts[digit].getChars(0, texts[digit].length(), out, at);
            }
        }
    }

    private static Node build(Regex regex, int cap) {
        if (regex instanceof Regex.Literal) {
            String text = ((Regex.Literal) regex).text;
            return new Texts(new String[] {text}, cap);
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
            List<Regex> options = ((Regex.Alt) regex).options;
            String[] texts = sameLengthTexts(options);
            if (texts != null) {
                return new Texts(texts, cap);
            }
            List<Node> nodes = new ArrayList<>();
            for (Regex option : options) {
                nodes.add(build(option, cap));
            }
            return new AltNode(nodes, cap);
        }
        Regex.Repeat repeat = (Regex.Repeat) regex;
        return new RepeatNode(build(repeat.node, cap), repeat, cap);
    }

    /** The distinct texts of an alternation of literals of one length (a digit of its own), else null. */
    private static String[] sameLengthTexts(List<Regex> options) {
        Set<String> texts = new LinkedHashSet<>();
        for (Regex option : options) {
            if (!(option instanceof Regex.Literal)) {
                return null;
            }
            texts.add(((Regex.Literal) option).text);
        }
        String[] all = texts.toArray(new String[0]);
        for (String text : all) {
            if (text.length() != all[0].length()) {
                return null;
            }
        }
        return all.length == 0 ? null : all;
    }

    /** A node with, per length, the log2 of the most strings one skeleton of that length holds. */
    private abstract static class Node {
        final double[] best;

        Node(int cap) {
            best = new double[cap + 1];
            Arrays.fill(best, NONE);
        }

        /** Appends the slots of the best skeleton of exactly {@code length} chars. */
        abstract void skeleton(int length, List<Slot> out);
    }

    private static final class Texts extends Node {
        private final String[] texts;

        Texts(String[] texts, int cap) {
            super(cap);
            this.texts = texts;
            if (texts[0].length() <= cap) {
                best[texts[0].length()] = Math.log(texts.length) / Math.log(2);
            }
        }

        @Override
        void skeleton(int length, List<Slot> out) {
            if (length > 0) {
                out.add(new Slot(texts));
            }
        }
    }

    private static final class CharsNode extends Node {
        private final Regex.Chars chars;

        CharsNode(Regex.Chars chars, int cap) {
            super(cap);
            this.chars = chars;
            if (chars.size > 0 && cap >= 1) {
                best[1] = Math.log(chars.size) / Math.log(2);
            }
        }

        @Override
        void skeleton(int length, List<Slot> out) {
            out.add(new Slot(chars));
        }
    }

    private static final class AltNode extends Node {
        private final List<Node> options;
        private final int[] choice;

        AltNode(List<Node> options, int cap) {
            super(cap);
            this.options = options;
            this.choice = new int[cap + 1];
            for (int l = 0; l <= cap; l++) {
                for (int o = 0; o < options.size(); o++) {
                    if (options.get(o).best[l] > best[l]) {
                        best[l] = options.get(o).best[l];
                        choice[l] = o;
                    }
                }
            }
        }

        @Override
        void skeleton(int length, List<Slot> out) {
            options.get(choice[length]).skeleton(length, out);
        }
    }

    private static final class SeqNode extends Node {
        private final List<Node> parts;
        /** suffix[i][l]: the best of parts i.. producing l chars; first[i][l]: part i's length there. */
        private final double[][] suffix;
        private final int[][] first;

        SeqNode(List<Node> parts, int cap) {
            super(cap);
            this.parts = parts;
            int n = parts.size();
            suffix = new double[n + 1][cap + 1];
            first = new int[n][cap + 1];
            Arrays.fill(suffix[n], NONE);
            suffix[n][0] = 0;
            for (int i = n - 1; i >= 0; i--) {
                combine(parts.get(i).best, suffix[i + 1], suffix[i], first[i]);
            }
            System.arraycopy(suffix[0], 0, best, 0, cap + 1);
        }

        @Override
        void skeleton(int length, List<Slot> out) {
            for (int i = 0; i < parts.size(); i++) {
                int part = first[i][length];
                parts.get(i).skeleton(part, out);
                length -= part;
            }
        }
    }

    /** {@code out[l] = max over a of head[a] + tail[l - a]}, remembering the best {@code a}. */
    private static void combine(double[] head, double[] tail, double[] out, int[] choice) {
        Arrays.fill(out, NONE);
        for (int a = 0; a < head.length; a++) {
            if (head[a] == NONE) {
                continue;
            }
            for (int l = a; l < out.length; l++) {
                double value = head[a] + tail[l - a];
                if (tail[l - a] != NONE && value > out[l]) {
                    out[l] = value;
                    choice[l] = a;
                }
            }
        }
    }

    private static final class RepeatNode extends Node {
        private final Node child;
        /** The child's only length, or -1 when it has several (then the tables below are used). */
        private final int fixed;
        /** byCount[c][l]: the best of c copies producing l chars; first[c][l]: the first copy's length. */
        private final double[][] byCount;
        private final int[][] first;
        private final int[] count;

        RepeatNode(Node child, Regex.Repeat repeat, int cap) {
            super(cap);
            this.child = child;
            int shortest = -1;
            int lengths = 0;
            for (int l = cap; l >= 0; l--) {
                if (child.best[l] != NONE) {
                    shortest = l;
                    lengths++;
                }
            }
            long limit = repeat.unbounded() ? Long.MAX_VALUE : repeat.max;
            int most = shortest < 0 ? 0
                    : shortest > 0 ? (int) Math.min(limit, cap / shortest)
                    : (int) Math.min(limit, Math.max(repeat.min, cap));
            count = new int[cap + 1];
            fixed = lengths == 1 ? shortest : -1;
            if (lengths <= 1) {
                byCount = null;
                first = null;
                for (int c = repeat.min; c <= most; c++) {
                    int l = shortest < 0 ? 0 : c * shortest;
                    double value = shortest < 0 ? 0 : c * child.best[shortest];
                    if ((shortest >= 0 || c == 0) && l <= cap && value > best[l]) {
                        best[l] = value;
                        count[l] = c;
                    }
                }
                return;
            }
            if ((most + 1L) * (cap + 1L) > MAX_CELLS) {
                throw new IllegalStateException("pattern too complex to number: " + most
                        + " repetitions of a part of irregular length within " + cap + " chars");
            }
            byCount = new double[most + 1][cap + 1];
            first = new int[most + 1][cap + 1];
            Arrays.fill(byCount[0], NONE);
            byCount[0][0] = 0;
            for (int c = 1; c <= most; c++) {
                combine(child.best, byCount[c - 1], byCount[c], first[c]);
            }
            for (int c = repeat.min; c <= most; c++) {
                for (int l = 0; l <= cap; l++) {
                    if (byCount[c][l] > best[l]) {
                        best[l] = byCount[c][l];
                        count[l] = c;
                    }
                }
            }
        }

        @Override
        void skeleton(int length, List<Slot> out) {
            for (int c = count[length]; c > 0; c--) {
                int part = fixed >= 0 ? fixed : first[c][length];
                child.skeleton(part, out);
                length -= part;
            }
        }
    }
}
