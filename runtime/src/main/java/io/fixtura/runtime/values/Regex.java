package io.fixtura.runtime.values;

import java.util.Arrays;
import java.util.List;

/**
 * A regular expression as a tree of generation nodes, built by generated code from a pattern the
 * processor parsed at compile time: {@code Regex.seq(Regex.chars('A', 'Z'), Regex.literal("-"))}.
 * {@link StringSpec#pattern} turns it into strings of a given length range.
 */
public abstract class Regex {

    /** The {@code max} of {@link #repeat} for an unbounded quantifier ({@code *}, {@code +}, {@code {n,}}). */
    public static final int UNBOUNDED = -1;

    /** How many repetitions beyond the minimum an unbounded quantifier makes, unless lengths ask for more. */
    static final int UNBOUNDED_EXTRA = 8;

    Regex() {
    }

    /** Exactly {@code text}. */
    public static Regex literal(String text) {
        return new Literal(text);
    }

    /**
     * One character from inclusive code point ranges given as pairs: {@code chars('a', 'z', '0', '9')}.
     * Only the Basic Multilingual Plane is supported; an empty class matches nothing.
     */
    public static Regex chars(int... ranges) {
        return new Chars(ranges);
    }

    /** The parts one after the other. */
    public static Regex seq(Regex... parts) {
        return new Seq(List.of(parts));
    }

    /** One of the options. */
    public static Regex alt(Regex... options) {
        return new Alt(List.of(options));
    }

    /** {@code node} between {@code min} and {@code max} times; {@code max} is {@link #UNBOUNDED} for no limit. */
    public static Regex repeat(Regex node, int min, int max) {
        return new Repeat(node, min, max);
    }

    /** The length of the shortest string this node matches; {@link Integer#MAX_VALUE} if it matches none. */
    abstract int minLength();

    /** The length of the longest string, with unbounded repeats limited to {@link #UNBOUNDED_EXTRA} beyond their minimum. */
    abstract int naturalMaxLength();

    static int add(int a, int b) {
        long sum = (long) a + b;
        return sum >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) sum;
    }

    static int times(int a, int count) {
        long product = (long) a * count;
        return product >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) product;
    }

    /** Exactly a fixed text. */
    static final class Literal extends Regex {
        final String text;

        Literal(String text) {
            if (text == null) {
                throw new NullPointerException("text");
            }
            this.text = text;
        }

        @Override
        int minLength() {
            return text.length();
        }

        @Override
        int naturalMaxLength() {
            return text.length();
        }

        @Override
        public String toString() {
            return "literal(\"" + text + "\")";
        }
    }

    /** One character from a set, held as sorted, merged, inclusive ranges. */
    static final class Chars extends Regex {
        /** Sorted disjoint pairs {@code lo, hi}. */
        final char[] ranges;
        /** The number of characters in the set. */
        final int size;

        Chars(int[] pairs) {
            if (pairs.length % 2 != 0) {
                throw new IllegalArgumentException("chars needs pairs of bounds, got " + pairs.length + " values");
            }
            int[][] sorted = new int[pairs.length / 2][];
            for (int i = 0; i < sorted.length; i++) {
                int lo = pairs[2 * i];
                int hi = pairs[2 * i + 1];
                if (lo < 0 || hi > Character.MAX_VALUE || lo > hi) {
                    throw new IllegalArgumentException("bad character range " + lo + ".." + hi + " (BMP only, lo <= hi)");
                }
                sorted[i] = new int[] {lo, hi};
            }
            Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
            char[] merged = new char[pairs.length];
            int n = 0;
            int total = 0;
            for (int[] range : sorted) {
                if (n > 0 && range[0] <= merged[n - 1] + 1) {
                    if (range[1] > merged[n - 1]) {
                        total += range[1] - merged[n - 1];
                        merged[n - 1] = (char) range[1];
                    }
                } else {
                    merged[n++] = (char) range[0];
                    merged[n++] = (char) range[1];
                    total += range[1] - range[0] + 1;
                }
            }
            this.ranges = Arrays.copyOf(merged, n);
            this.size = total;
        }

        /** The {@code k}-th character of the set, {@code 0 <= k < size}. */
        char charAt(int k) {
            for (int i = 0; i < ranges.length; i += 2) {
                int width = ranges[i + 1] - ranges[i] + 1;
                if (k < width) {
                    return (char) (ranges[i] + k);
                }
                k -= width;
            }
            throw new IndexOutOfBoundsException(k);
        }

        @Override
        int minLength() {
            return size == 0 ? Integer.MAX_VALUE : 1;
        }

        @Override
        int naturalMaxLength() {
            return 1;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("chars(");
            for (int i = 0; i < ranges.length; i += 2) {
                out.append(i == 0 ? "" : ", ").append((int) ranges[i]).append('-').append((int) ranges[i + 1]);
            }
            return out.append(')').toString();
        }
    }

    /** Parts one after the other. */
    static final class Seq extends Regex {
        final List<Regex> parts;

        Seq(List<Regex> parts) {
            this.parts = parts;
        }

        @Override
        int minLength() {
            int sum = 0;
            for (Regex part : parts) {
                sum = add(sum, part.minLength());
            }
            return sum;
        }

        @Override
        int naturalMaxLength() {
            int sum = 0;
            for (Regex part : parts) {
                sum = add(sum, part.naturalMaxLength());
            }
            return sum;
        }

        @Override
        public String toString() {
            return "seq" + parts.toString().replace('[', '(').replace(']', ')');
        }
    }

    /** One of several options. */
    static final class Alt extends Regex {
        final List<Regex> options;

        Alt(List<Regex> options) {
            this.options = options;
        }

        @Override
        int minLength() {
            int min = Integer.MAX_VALUE;
            for (Regex option : options) {
                min = Math.min(min, option.minLength());
            }
            return min;
        }

        @Override
        int naturalMaxLength() {
            int max = 0;
            for (Regex option : options) {
                if (option.minLength() != Integer.MAX_VALUE) {
                    max = Math.max(max, option.naturalMaxLength());
                }
            }
            return max;
        }

        @Override
        public String toString() {
            return "alt" + options.toString().replace('[', '(').replace(']', ')');
        }
    }

    /** A node repeated between {@code min} and {@code max} times ({@code max < 0}: unbounded). */
    static final class Repeat extends Regex {
        final Regex node;
        final int min;
        final int max;

        Repeat(Regex node, int min, int max) {
            if (min < 0 || (max != UNBOUNDED && max < min)) {
                throw new IllegalArgumentException("bad repeat bounds {" + min + "," + max + "}");
            }
            this.node = node;
            this.min = min;
            this.max = max;
        }

        boolean unbounded() {
            return max == UNBOUNDED;
        }

        @Override
        int minLength() {
            if (min == 0) {
                return 0;
            }
            int child = node.minLength();
            return child == Integer.MAX_VALUE ? child : times(child, min);
        }

        @Override
        int naturalMaxLength() {
            if (node.minLength() == Integer.MAX_VALUE) {
                return 0;
            }
            int count = unbounded() ? add(min, UNBOUNDED_EXTRA) : max;
            return times(node.naturalMaxLength(), count);
        }

        @Override
        public String toString() {
            return "repeat(" + node + ", " + min + ", " + max + ")";
        }
    }
}
