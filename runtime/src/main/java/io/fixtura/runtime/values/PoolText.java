package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Keys;
import java.time.Instant;

/**
 * Strings of a length range from one pool: a pool value when one fits, else pool words joined to
 * the length (a long sentence cut at a word, short names strung together).
 */
final class PoolText {

    /** How far past the shortest allowed length composed text goes. */
    private static final int SPREAD = 30;
    /** How many sentences a plain text field picks from; pools of names or cities hold a few hundred. */
    static final int PHRASES = 1024;
    private static final long PHRASE_SEED = Keys.of("fixtura.phrases");

    private final Pieces values;
    private final Pieces words;

    private PoolText(String[] pool) {
        this.values = Pieces.of(pool);
        this.words = Pieces.words(pool);
    }

    /** The text of a kind's pool, made once per locale. */
    static PoolText of(Pools pools, Kind kind) {
        return pools.derived(new Key("kind", kind.name()), p -> new PoolText(p.values(kind)));
    }

    /** The text of a Datafaker expression's pool, made once per locale. */
    static PoolText ofFake(Pools pools, String expression) {
        return pools.derived(new Key("fake", expression), p -> new PoolText(p.fake(expression)));
    }

    private record Key(String type, String name) {
    }

    /** A pool value of {@code lo..hi} chars, or words of the pool joined to such a length. */
    String next(Draw draw, int lo, int hi) {
        if (lo <= values.shortest() && hi >= values.longest()) {
            return values.any(draw); // every value fits: the usual case, without counting
        }
        if (values.countBetween(lo, hi) > 0) {
            return values.between(draw, lo, hi);
        }
        return words(draw, lo, hi);
    }

    /** Pool words joined by spaces to a random length of {@code lo..hi} chars, not blank unless {@code hi == 0}. */
    String words(Draw draw, int lo, int hi) {
        return words.compose(draw, ' ', lo, hi, target(draw, lo, hi));
    }

    /** Like {@link #words}, capitalized as a sentence. */
    String sentence(Draw draw, int lo, int hi) {
        return words.compose(draw, ' ', lo, hi, target(draw, lo, hi), true);
    }

    /**
     * {@link #PHRASES} sentences of {@code lo..hi} chars, composed once per locale and length range
     * from fixed streams, for plain text fields to pick from: one array read per value instead of
     * composing words on every record.
     */
    static String[] phrases(Pools pools, int lo, int hi) {
        PoolText text = of(pools, Kind.WORD);
        return pools.derived(new PhrasesKey(lo, hi), p -> {
            GenerationContext fixed = new GenerationContext(PHRASE_SEED, PHRASE_SEED, Instant.EPOCH, p.locale(), 0);
            String[] phrases = new String[PHRASES];
            for (int i = 0; i < PHRASES; i++) {
                phrases[i] = text.sentence(fixed.draw(i, PHRASE_SEED), lo, hi);
            }
            return phrases;
        });
    }

    private record PhrasesKey(int lo, int hi) {
    }

    /** A length of {@code lo..hi} to aim composed text at: not empty if it may be, and not too long. */
    static int target(Draw draw, int lo, int hi) {
        int from = Math.max(lo, Math.min(hi, 1));
        int to = (int) Math.min(hi, (long) from + SPREAD);
        return (int) draw.between(from, to);
    }
}
