package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.GenerationContext;
import java.util.function.Predicate;

/**
 * The edge strings of a regular expression within a length range: its shortest and its longest
 * matching strings, drawn from fixed streams. The longest is searched up to {@link #LONGEST}
 * chars; a pattern that may grow beyond that (an unbounded {@code +} under a larger maximum) has
 * no longest edge, since planning every length up to the maximum would cost too much.
 */
final class PatternEdges {

    /** The longest pattern string searched for as an edge. */
    static final int LONGEST = 4096;
    /** Fixed draws tried for a string the spec accepts (not blank, for a not-blank field). */
    private static final int ATTEMPTS = 32;

    private PatternEdges() {
    }

    /**
     * Adds the shortest and the longest strings of {@code regex} in {@code [lo, hi]} chars that
     * {@code accepts} takes; {@code plan} is the spec's own plan for that range.
     */
    static void add(EdgeList<String> list, Regex regex, RegexPlan plan, int lo, int hi,
                    Predicate<String> accepts, GenerationContext context) {
        String shortest = first(plan, plan.targets(), accepts, context, true);
        int cap = unbounded(regex) ? hi : (int) Math.min(hi, (long) regex.naturalMaxLength());
        String longest = null;
        if (cap <= LONGEST) {
            try {
                RegexPlan wide = RegexPlan.withCap(regex, lo, cap);
                longest = wide == null ? null : first(wide, wide.targets(), accepts, context, false);
            } catch (IllegalStateException tooComplex) {
                longest = null; // a pattern too complex to plan that wide keeps its shortest edge only
            }
        }
        if (shortest != null && longest != null && shortest.length() == longest.length()) {
            list.add("match (" + shortest.length() + " chars, the only length)", shortest);
            return;
        }
        if (shortest != null) {
            list.add("shortest match (" + shortest.length() + " chars)", shortest);
        }
        if (longest != null) {
            list.add("longest match (" + longest.length() + " chars)", longest);
        }
    }

    /** The first accepted string of the shortest (or longest) lengths, trying a few draws per length. */
    private static String first(RegexPlan plan, int[] targets, Predicate<String> accepts, GenerationContext context,
                                boolean ascending) {
        for (int t = 0; t < Math.min(targets.length, 8); t++) {
            int length = targets[ascending ? t : targets.length - 1 - t];
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                String value = plan.generate(EdgeList.draw(context, attempt), length);
                if (accepts.test(value)) {
                    return value;
                }
            }
        }
        return null;
    }

    /** Whether the pattern has an unbounded repeat, so that its natural maximum is no true maximum. */
    private static boolean unbounded(Regex regex) {
        if (regex instanceof Regex.Repeat repeat) {
            return repeat.unbounded() || unbounded(repeat.node);
        }
        if (regex instanceof Regex.Seq seq) {
            return seq.parts.stream().anyMatch(PatternEdges::unbounded);
        }
        if (regex instanceof Regex.Alt alt) {
            return alt.options.stream().anyMatch(PatternEdges::unbounded);
        }
        return false;
    }
}
