package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import java.util.BitSet;

/**
 * The lengths {@code c} copies of a node can produce together, for each count {@code c}: computed
 * in closed form when the node's lengths form one interval (a character class, a fixed-length
 * group), else tabulated.
 */
abstract class RepeatLengths {

    /** Whether {@code count} copies can produce exactly {@code length} chars. */
    abstract boolean contains(int count, int length);

    /** Adds to {@code target} every length {@code count} copies can produce. */
    abstract void addTo(BitSet target, int count);

    /**
     * A uniform choice of the first copy's length {@code l} (from {@code own}) such that
     * {@code left} more copies can produce the remaining {@code rest - l}.
     */
    int pickFirst(Draw draw, BitSet own, int left, int rest) {
        int feasible = 0;
        for (int l = own.nextSetBit(0); l >= 0 && l <= rest; l = own.nextSetBit(l + 1)) {
            feasible += contains(left, rest - l) ? 1 : 0;
        }
        int chosen = draw.nextInt(feasible);
        for (int l = own.nextSetBit(0); ; l = own.nextSetBit(l + 1)) {
            if (contains(left, rest - l) && chosen-- == 0) {
                return l;
            }
        }
    }

    /** Counts of a node that produces nothing: only zero copies, of length zero. */
    static RepeatLengths empty() {
        return new RepeatLengths() {
            @Override
            boolean contains(int count, int length) {
                return count == 0 && length == 0;
            }

            @Override
            void addTo(BitSet target, int count) {
                if (count == 0) {
                    target.set(0);
                }
            }
        };
    }

    /**
     * The lengths of up to {@code most} copies of a node of lengths {@code own}, up to {@code cap}.
     *
     * @throws IllegalStateException if the table would exceed {@code maxBits}
     */
    static RepeatLengths of(BitSet own, int most, int cap, long maxBits) {
        int shortest = own.nextSetBit(0);
        int longest = own.length() - 1;
        if (own.nextClearBit(shortest) > longest) {
            return new Interval(shortest, longest, cap);
        }
        if ((most + 1L) * (cap + 1L) > maxBits) {
            throw new IllegalStateException("pattern too complex to plan: " + most
                    + " repetitions of a part of irregular length within " + cap + " chars");
        }
        return new Table(own, most, cap);
    }

    /** Copies of lengths {@code [shortest, longest]}: {@code c} copies give {@code [c*shortest, c*longest]}. */
    private static final class Interval extends RepeatLengths {
        private final long shortest;
        private final long longest;
        private final int cap;

        Interval(int shortest, int longest, int cap) {
            this.shortest = shortest;
            this.longest = longest;
            this.cap = cap;
        }

        @Override
        boolean contains(int count, int length) {
            return count * shortest <= length && length <= count * longest;
        }

        @Override
        void addTo(BitSet target, int count) {
            long from = count * shortest;
            if (from <= cap) {
                target.set((int) from, (int) Math.min(count * longest, cap) + 1);
            }
        }

        @Override
        int pickFirst(Draw draw, BitSet own, int left, int rest) {
            long lo = Math.max(shortest, rest - left * longest);
            long hi = Math.min(longest, rest - left * shortest);
            return (int) draw.between(lo, hi);
        }
    }

    /** Copies of irregular lengths: one bit set per count. */
    private static final class Table extends RepeatLengths {
        private final BitSet[] byCount;

        Table(BitSet own, int most, int cap) {
            byCount = new BitSet[most + 1];
            byCount[0] = new BitSet();
            byCount[0].set(0);
            for (int c = 1; c <= most; c++) {
                byCount[c] = RegexPlan.sum(byCount[c - 1], own, cap);
            }
        }

        @Override
        boolean contains(int count, int length) {
            return length >= 0 && byCount[count].get(length);
        }

        @Override
        void addTo(BitSet target, int count) {
            target.or(byCount[count]);
        }
    }
}
