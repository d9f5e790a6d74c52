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

    /** The child's position among its parent's children, where the plan knows it; else -1. */
    public long rank(long childIndex) {
        return -1;
    }

    /** The most children one parent gets, where the plan knows it; else -1. */
    public long maxChildren() {
        return -1;
    }

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
                return parentOf(draw.index());
            }

            @Override
            public long childCount() {
                return children;
            }

            @Override
            public long rank(long childIndex) {
                int parent = (int) parentOf(childIndex);
                return childIndex - (parent == 0 ? 0 : ends[parent - 1]);
            }

            /** The first parent whose running total is above the child's index. */
            private long parentOf(long i) {
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
            public long maxChildren() {
                return max;
            }
        };
    }

    /** Child {@code i} goes to parent {@code i mod parents}: its rank among siblings is {@code i / parents}. */
    public static LinkPlan roundRobin(long parents) {
        return new LinkPlan() {
            @Override
            public long parent(Draw draw) {
                return draw.index() % parents;
            }

            @Override
            public long rank(long childIndex) {
                return childIndex / parents;
            }
        };
    }

    /**
     * Part {@code digit} of a tuple of references that must be unique together: record {@code i}
     * gets, through a permutation of {@code [0, product)}, the digits of a mixed-radix number whose
     * radixes are the parents' counts, so no two records share the tuple.
     */
    public static LinkPlan tupleDigit(long[] radixes, int digit, long product, long key) {
        Permutation order = Permutation.of(product, key);
        return new LinkPlan() {
            @Override
            public long parent(Draw draw) {
                long t = order.apply(draw.index());
                for (int d = 0; d < digit; d++) {
                    t /= radixes[d];
                }
                return t % radixes[digit];
            }
        };
    }
}
