package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Permutation;
import java.util.List;

/**
 * Single characters from an alphabet: ASCII letters, or an inclusive range of UTF-16 code units.
 *
 * <pre>{@code ValueSpec<Character> initial = CharSpec.between('A', 'Z');}</pre>
 */
public final class CharSpec implements ValueSpec<Character> {

    private static final char[] LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    /** The alphabet as explicit characters, or null for the range [min, max]. */
    private final char[] alphabet;
    private final char min;
    private final char max;
    private final boolean unique;
    private volatile Permutation permutation;

    private CharSpec(char[] alphabet, char min, char max, boolean unique) {
        this.alphabet = alphabet;
        this.min = min;
        this.max = max;
        this.unique = unique;
    }

    /** ASCII letters, upper and lower case. */
    public static CharSpec letters() {
        return new CharSpec(LETTERS, 'A', 'z', false);
    }

    /**
     * Code units in {@code [min, max]}, both inclusive. The range should not contain surrogates
     * ({@code U+D800..U+DFFF}), which are not characters on their own.
     */
    public static CharSpec between(char min, char max) {
        if (min > max) {
            throw new IllegalArgumentException("min U+" + hex(min) + " is above max U+" + hex(max));
        }
        return new CharSpec(null, min, max, false);
    }

    /** Distinct characters: a keyed permutation of the record index over the alphabet. */
    public CharSpec unique() {
        return new CharSpec(alphabet, min, max, true);
    }

    private int size() {
        return alphabet != null ? alphabet.length : max - min + 1;
    }

    @Override
    public long capacity() {
        return unique ? size() : Long.MAX_VALUE;
    }

    @Override
    public Character next(Draw draw) {
        return nextChar(draw);
    }

    /** The value of this draw, unboxed. */
    public char nextChar(Draw draw) {
        int position;
        if (unique) {
            long index = draw.index();
            if (index < 0 || index >= size()) {
                throw new IllegalStateException("only " + size() + " distinct characters in " + describe()
                        + ", record index " + index + " asked for one more");
            }
            Permutation p = permutation;
            if (p == null || p.key() != draw.fieldSeed()) {
                p = Permutation.of(size(), draw.fieldSeed());
                permutation = p;
            }
            position = (int) p.apply(index);
        } else {
            position = draw.nextInt(size());
        }
        return alphabet != null ? alphabet[position] : (char) (min + position);
    }

    /**
     * The first two and last two characters of the alphabet (min, min+1, max-1, max), then those of
     * space, quotes, backslash, NUL (which PostgreSQL text cannot hold), an accented letter, a CJK
     * ideograph and a Hebrew letter that the alphabet holds. Surrogates are never edges.
     */
    @Override
    public List<Edge<Character>> edges(GenerationContext context) {
        EdgeList<Character> list = new EdgeList<>(c -> !Character.isSurrogate(c) && contains(c), CharSpec::show);
        list.add("min", charAt(0));
        if (size() > 1) {
            list.add("min+1", charAt(1)).add("max-1", charAt(size() - 2));
        }
        list.add("max", charAt(size() - 1));
        list.add("space", ' ').add("apostrophe", '\'').add("double quote", '"').add("backslash", '\\');
        list.add("NUL character", '\0', "POSTGRESQL");
        list.add("accented Latin", '\u00E9').add("CJK", '\u4E2D').add("right-to-left (Hebrew)", '\u05D0');
        return list.build();
    }

    private char charAt(int position) {
        return alphabet != null ? alphabet[position] : (char) (min + position);
    }

    private boolean contains(char c) {
        if (alphabet == null) {
            return c >= min && c <= max;
        }
        for (char a : alphabet) {
            if (a == c) {
                return true;
            }
        }
        return false;
    }

    private static String show(char c) {
        boolean visible = !Character.isISOControl(c) && !Character.isWhitespace(c);
        return "= " + (visible ? "'" + c + "' (U+" + hex(c) + ")" : "U+" + hex(c));
    }

    private String describe() {
        return alphabet != null ? "the ASCII letters" : "[U+" + hex(min) + ", U+" + hex(max) + "]";
    }

    private static String hex(char c) {
        return String.format(java.util.Locale.ROOT, "%04X", (int) c);
    }

    @Override
    public String toString() {
        return "CharSpec[" + describe() + (unique ? ", unique]" : "]");
    }
}
