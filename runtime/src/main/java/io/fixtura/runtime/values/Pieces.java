package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Words to build strings of an exact length range from: pool values (or their words) sorted by
 * length, so "a random word of at most n chars" is one array read. {@link #compose} joins them.
 */
final class Pieces {

    private final String[] byLength;
    /** upTo[n]: how many pieces have at most n chars (n capped at the longest piece). */
    private final int[] upTo;
    /** The lengths of the shortest and the longest piece, kept: reading them from the strings costs two cache misses. */
    private final int shortest;
    private final int longest;

    private Pieces(String[] pieces) {
        this.byLength = pieces.clone();
        Arrays.sort(byLength, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        int longest = byLength.length == 0 ? 0 : byLength[byLength.length - 1].length();
        this.shortest = byLength.length == 0 ? 0 : byLength[0].length();
        this.longest = longest;
        upTo = new int[longest + 1];
        int i = 0;
        for (int n = 0; n <= longest; n++) {
            while (i < byLength.length && byLength[i].length() <= n) {
                i++;
            }
            upTo[n] = i;
        }
    }

    /** The distinct non-empty values as pieces; none may contain the separator they are joined with. */
    static Pieces of(String[] values) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String value : values) {
            if (!value.isEmpty()) {
                distinct.add(value);
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("no pieces to compose strings from");
        }
        return new Pieces(distinct.toArray(new String[0]));
    }

    /** The whitespace-separated words of the values. */
    static Pieces words(String[] values) {
        Set<String> words = new LinkedHashSet<>();
        for (String value : values) {
            for (String word : value.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return of(words.toArray(new String[0]));
    }

    /** The length of the shortest piece. */
    int shortest() {
        return shortest;
    }

    /** The length of the longest piece. */
    int longest() {
        return longest;
    }

    /** How many pieces have at most {@code n} chars. */
    int countUpTo(int n) {
        return n < 0 ? 0 : upTo[Math.min(n, upTo.length - 1)];
    }

    /** A uniform choice among the pieces of at most {@code n} chars; there must be one. */
    String upTo(Draw draw, int n) {
        return byLength[draw.nextInt(countUpTo(n))];
    }

    /** How many pieces have {@code lo..hi} chars. */
    int countBetween(int lo, int hi) {
        return Math.max(0, countUpTo(hi) - countUpTo(lo - 1));
    }

    /** A uniform choice among the pieces of {@code lo..hi} chars; there must be one. */
    String between(Draw draw, int lo, int hi) {
        int below = countUpTo(lo - 1);
        return byLength[below + draw.nextInt(countUpTo(hi) - below)];
    }

    /** A uniform choice among all pieces. */
    String any(Draw draw) {
        return byLength[draw.nextInt(byLength.length)];
    }

    /**
     * Random pieces joined by {@code separator} into a string of {@code lo..hi} chars, aiming at
     * {@code target} (within the range): whole pieces while they fit, then the start of a piece to
     * reach {@code lo}. Never starts or ends with the separator, so it is never blank when
     * {@code lo > 0} (pieces hold no whitespace at their ends).
     */
    String compose(Draw draw, char separator, int lo, int hi, int target) {
        return compose(draw, separator, lo, hi, target, false);
    }

    /** Like {@link #compose(Draw, char, int, int, int)}, with the first char upper-cased when {@code capitalize}. */
    String compose(Draw draw, char separator, int lo, int hi, int target, boolean capitalize) {
        StringBuilder out = new StringBuilder(target);
        while (true) {
            int room = target - out.length() - (out.length() == 0 ? 0 : 1);
            if (countUpTo(room) == 0) {
                break;
            }
            if (out.length() > 0) {
                out.append(separator);
            }
            out.append(upTo(draw, room));
        }
        while (out.length() < lo) {
            int missing = lo - out.length();
            String piece = any(draw);
            if (out.length() > 0 && missing >= 2 && hi - out.length() >= 2) {
                out.append(separator);
                int room = hi - out.length();
                out.append(piece, 0, Math.min(piece.length(), room));
            } else {
                out.append(piece, 0, Math.min(piece.length(), missing));
            }
        }
        if (capitalize && out.length() > 0) {
            // per char, so the length never changes (as "ß".toUpperCase() would)
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }
}
