package io.fixtura.runtime.dataset;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.random.Permutation;
import io.fixtura.runtime.random.SplitMix64;

/**
 * How one reference of a dataset picks its parent: uniformly among all parents; with every
 * parent covered (the first children go one to each parent, in a permuted order); or with a
 * number of children per parent drawn for each parent, where child {@code i} belongs to the parent
 * whose running total passes {@code i}. Each choice is a function of the child's index and stream
 * alone, so children are generated without holding their parents.
 */
public abstract class LinkPlan {

    /** The parent index of the child whose reference stream is {@code draw}. */
    public abstract long parent(Draw draw);

    /** How many children this plan makes, or -1 when the child's count is set elsewhere. */
    public long childCount() {
        return -1;
    }

    /** Uniform among {@code parents}. */
    public static LinkPlan uniform(long parents) {
        return new LinkPlan() {
            @Override
            public long parent(Draw draw) {
                return draw.below(parents);
            }
        };
    }

    /** Every one of {@code parents} gets a child; needs at least as many children as parents. */
    public static LinkPlan covering(long parents, long key) {
        Permutation order = Permutation.of(parents, key);
        return new LinkPlan() {
            @Override
            public long parent(Draw draw) {
                long i = draw.index();
                return i < parents ? order.apply(i) : draw.below(parents);
            }
        };
    }

    /** {@code min..max} children for each of {@code parents}, drawn per parent from {@code key}. */
    public static LinkPlan perParent(long parents, int min, int max, long key) {
        if (parents > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("perParent supports up to " + (Integer.MAX_VALUE - 8) + " parents, got "
                    + parents);
        }
        long[] ends = new long[(int) parents];
        long total = 0;
        for (int p = 0; p < parents; p++) {
            long span = (long) max - min + 1;
            total += min + Long.remainderUnsigned(SplitMix64.mix(key, p), span);
            ends[p] = total;
        }
        long children = total;
        return new LinkPlan() {
            @Override
            public long parent(Draw draw) {
                // the first parent whose running total is above the child's index
                long i = draw.index();
                int lo = 0;
                int hi = ends.length - 1;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (ends[mid] > i) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                return lo;
            }

            @Override
            public long childCount() {
                return children;
            }
        };
    }
}
