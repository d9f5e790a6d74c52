package io.fixtura.runtime.values;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Permutation;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strings for a field: realistic text, a value kind's pool, a Datafaker expression's pool, or a
 * regular expression — always within the length range, never blank when asked, and unique by
 * construction when asked (a bijection of the record index, never a set of values seen).
 *
 * <pre>{@code ValueSpec<String> sku = StringSpec.pattern(Regex.seq(...), "[A-Z]{3}-\\d{4}").unique();}</pre>
 */
public abstract class StringSpec implements ValueSpec<String> {

    /** Values of a fixed-length pattern few enough to check all once, instead of each as it is made. */
    private static final long CHECK_ALL_AT_MOST = 100_000;
    /** Draws of a pattern before a blank value counts as the pattern's only kind of value. */
    private static final int BLANK_RETRIES = 32;
    private static final Constraint EMAIL = Constraint.email();

    private enum Source { TEXT, KIND, FAKE, PATTERN }

    private final Source source;
    private final Kind kind;
    private final String expression;
    private final Regex regex;
    private final int minLength;
    private final int maxLength;
    private final boolean notBlank;
    private final boolean unique;

    /** What does not depend on the locale, worked out once: plans, capacities, errors. */
    private volatile Prepared prepared;
    private volatile Permutation permutation;
    private volatile PoolView view;

    StringSpec(Source source, Kind kind, String expression, Regex regex,
               int minLength, int maxLength, boolean notBlank, boolean unique) {
        this.source = source;
        this.kind = kind;
        this.expression = expression;
        this.regex = regex;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.notBlank = notBlank;
        this.unique = unique;
    }

    /**
     * The spec of these settings, as the small final class of its source, whose {@link #next} C2
     * inlines where generated code calls it: one class with every source's code in its
     * {@code next} was too big to inline, so each value's draw was allocated and called through.
     */
    private static StringSpec of(Source source, Kind kind, String expression, Regex regex,
                                 int minLength, int maxLength, boolean notBlank, boolean unique) {
        switch (source) {
            case TEXT:
                return new Text(kind, expression, regex, minLength, maxLength, notBlank, unique);
            case PATTERN:
                return new Patterned(kind, expression, regex, minLength, maxLength, notBlank, unique);
            default:
                return kind == Kind.EMAIL
                        ? new Email(source, kind, expression, regex, minLength, maxLength, notBlank, unique)
                        : new Pooled(source, kind, expression, regex, minLength, maxLength, notBlank, unique);
        }
    }

    /** Realistic text of a few words, fitted to the length. */
    public static StringSpec text() {
        return of(Source.TEXT, null, null, null, 0, Integer.MAX_VALUE, false, false);
    }

    /** Realistic values of {@code kind} from the locale's pool: {@code StringSpec.kind(Kind.CITY)}. */
    public static StringSpec kind(Kind kind) {
        if (kind == null) {
            throw new NullPointerException("kind");
        }
        return of(Source.KIND, kind, null, null, 0, Integer.MAX_VALUE, false, false);
    }

    /** Emails valid under Bean Validation's {@code @Email}; the same as {@code kind(Kind.EMAIL)}. */
    public static StringSpec email() {
        return kind(Kind.EMAIL);
    }

    /** Values of a Datafaker expression such as {@code "#{Address.city}"}, from a per-locale pool. */
    public static StringSpec fake(String expression) {
        if (expression == null) {
            throw new NullPointerException("expression");
        }
        return of(Source.FAKE, null, expression, null, 0, Integer.MAX_VALUE, false, false);
    }

    /**
     * Strings matching a regular expression: {@code regex} is its tree (as the processor writes it),
     * {@code source} the expression itself, which every value is checked against.
     */
    public static StringSpec pattern(Regex regex, String source) {
        if (regex == null || source == null) {
            throw new NullPointerException(regex == null ? "regex" : "source");
        }
        return of(Source.PATTERN, null, source, regex, 0, Integer.MAX_VALUE, false, false);
    }

    /** Lengths from {@code min} to {@code max} Java chars, both inclusive (as {@code @Size} counts). */
    public StringSpec length(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad length range " + min + ".." + max);
        }
        return of(source, kind, expression, regex, min, max, notBlank, unique);
    }

    /** Never blank: at least one char that is not whitespace. */
    public StringSpec notBlank() {
        return of(source, kind, expression, regex, minLength, maxLength, true, unique);
    }

    /** Distinct for distinct record indexes, up to {@link #capacity()} records. */
    public StringSpec unique() {
        return of(source, kind, expression, regex, minLength, maxLength, notBlank, true);
    }

    /**
     * When unique, how many distinct values there are; else {@code Long.MAX_VALUE}. Also checks the
     * spec, so a pattern that cannot fit its lengths fails here, before generation starts.
     */
    @Override
    public long capacity() {
        return prepared().capacity;
    }

    /** Strings of a regular expression, each checked by {@link Pattern} (as made, or all once). */
    private static final class Patterned extends StringSpec {

        Patterned(Kind kind, String expression, Regex regex, int minLength, int maxLength, boolean notBlank,
                boolean unique) {
            super(Source.PATTERN, kind, expression, regex, minLength, maxLength, notBlank, unique);
        }

        @Override
        public String next(Draw draw) {
            Prepared p = prepared();
            if (p.verified) {
                return p.plan.generate(draw); // checked all once, never blank: nextPlain's value, one call shorter
            }
            String value = isUnique() ? nextUnique(draw, p) : nextPlain(draw, p, p.lo, p.hi);
            check(value, p);
            return value;
        }
    }

    /** Plain text: a pick among the sentences composed once for the length range. */
    private static final class Text extends StringSpec {

        Text(Kind kind, String expression, Regex regex, int minLength, int maxLength, boolean notBlank,
                boolean unique) {
            super(Source.TEXT, kind, expression, regex, minLength, maxLength, notBlank, unique);
        }

        @Override
        public String next(Draw draw) {
            Prepared p = prepared();
            if (isUnique()) {
                return nextUnique(draw, p);
            }
            String[] phrases = (String[]) view(draw.context().pools());
            return phrases[draw.nextInt(phrases.length)];
        }
    }

    /** A kind's pool (other than emails) or a Datafaker expression's pool. */
    private static final class Pooled extends StringSpec {

        Pooled(Source source, Kind kind, String expression, Regex regex, int minLength, int maxLength,
                boolean notBlank, boolean unique) {
            super(source, kind, expression, regex, minLength, maxLength, notBlank, unique);
        }

        @Override
        public String next(Draw draw) {
            Prepared p = prepared();
            if (isUnique()) {
                return nextUnique(draw, p);
            }
            return ((PoolText) view(draw.context().pools())).next(draw, p.lo, p.hi);
        }
    }

    /** Emails, valid under Bean Validation's {@code @Email}. */
    private static final class Email extends StringSpec {

        Email(Source source, Kind kind, String expression, Regex regex, int minLength, int maxLength,
                boolean notBlank, boolean unique) {
            super(source, kind, expression, regex, minLength, maxLength, notBlank, unique);
        }

        @Override
        public String next(Draw draw) {
            Prepared p = prepared();
            if (isUnique()) {
                return nextUnique(draw, p);
            }
            return ((EmailMaker) view(draw.context().pools())).next(draw, p.lo, p.hi);
        }
    }

    final boolean isUnique() {
        return unique;
    }

    final String nextPlain(Draw draw, Prepared p, int lo, int hi) {
        switch (source) {
            case PATTERN:
                String value = p.plan.generate(draw);
                // a verified pattern was checked never to give a blank value
                for (int i = 0; notBlank && !p.verified && value.isBlank() && i < BLANK_RETRIES; i++) {
                    value = p.plan.generate(draw);
                }
                return value;
            case TEXT:
                if (lo == p.lo && hi == p.hi) {
                    String[] phrases = (String[]) view(draw.context().pools());
                    return phrases[draw.nextInt(phrases.length)];
                }
                // other lengths: the text beside a unique token
                return PoolText.of(draw.context().pools(), Kind.WORD).sentence(draw, lo, hi);
            default:
                Object view = view(draw.context().pools());
                return view instanceof EmailMaker
                        ? ((EmailMaker) view).next(draw, lo, hi)
                        : ((PoolText) view).next(draw, lo, hi);
        }
    }

    /** This spec's view of a locale's pools, kept for the last locale seen (usually the only one). */
    final Object view(Pools pools) {
        PoolView last = this.view;
        if (last != null && last.pools == pools) {
            return last.view;
        }
        Object view = source == Source.TEXT ? PoolText.phrases(pools, prepared().lo, prepared().hi)
                : source == Source.FAKE ? PoolText.ofFake(pools, expression)
                : kind == Kind.EMAIL ? EmailMaker.of(pools)
                : PoolText.of(pools, kind);
        this.view = new PoolView(pools, view);
        return view;
    }

    private record PoolView(Pools pools, Object view) {
    }

    final String nextUnique(Draw draw, Prepared p) {
        long index = draw.index();
        if (index < 0 || index >= p.capacity) {
            throw new IllegalStateException("only " + p.capacity + " distinct values of " + describe()
                    + ", record index " + index + " asked for one more");
        }
        Permutation perm = permutation;
        if (perm == null || perm.key() != draw.fieldSeed()) {
            perm = Permutation.of(p.capacity, draw.fieldSeed());
            permutation = perm;
        }
        long ordinal = perm.apply(index);
        if (source == Source.PATTERN) {
            return p.enumeration.render(ordinal);
        }
        return p.unique.render(draw, ordinal, draw.context().pools(), p.plain);
    }

    /**
     * Emails: the shortest and longest, plus-addressed, subdomain and other awkward addresses
     * ({@link EmailEdges}). Patterns: the shortest and longest matches, and those awkward texts
     * the pattern happens to match. Other strings (free text, every other kind, Datafaker values):
     * the length edges and the awkward texts of {@link TextEdges}, since a kind is a guess made for
     * realism, not a constraint, and a name like {@code O'Brien} or {@code 東京都} is as valid as any.
     * Every edge is within the length range, not blank when asked, and matches the pattern or is an
     * email as the spec requires.
     */
    @Override
    public List<Edge<String>> edges(GenerationContext context) {
        return edges(context, v -> true);
    }

    /** The edges that {@code also} accepts, searched for where they are drawn (a pattern's shortest and longest). */
    List<Edge<String>> edges(GenerationContext context, Predicate<String> also) {
        Prepared p = prepared();
        Predicate<String> valid = v -> accepts(v, p) && also.test(v);
        EdgeList<String> list = new EdgeList<>(valid, null);
        if (source == Source.PATTERN) {
            PatternEdges.add(list, regex, p.plan, p.lo, p.hi, valid, context);
            TextEdges.addCharacters(list, p.lo, p.hi);
        } else if (kind == Kind.EMAIL) {
            EmailEdges.add(list, p.lo, p.hi);
        } else {
            TextEdges.addLengths(list, p.lo, p.hi);
            TextEdges.addCharacters(list, p.lo, p.hi);
        }
        return list.build();
    }

    private boolean accepts(String value, Prepared p) {
        return value.length() >= p.lo && value.length() <= p.hi
                && !(notBlank && (value.isBlank() || value.trim().isEmpty()))
                && (source != Source.PATTERN || p.compiled.matcher(value).matches())
                && (kind != Kind.EMAIL || EMAIL.check(value, null) == null);
    }

    /**
     * Every pattern value is checked by {@link Pattern} itself, as it is made or (small fixed-length
     * patterns) all of them once: a wrong value is an error, never data.
     */
    final void check(String value, Prepared p) {
        if (!p.matcher.get().reset(value).matches() || value.length() < p.lo || value.length() > p.hi
                || (notBlank && value.isBlank())) {
            throw new IllegalStateException("generated \"" + value + "\" does not satisfy " + describe()
                    + (notBlank && value.isBlank() ? " (the pattern gives only blank strings)" : ""));
        }
    }

    final Prepared prepared() {
        Prepared p = prepared;
        if (p == null) {
            p = new Prepared(this);
            prepared = p;
        }
        return p;
    }

    /** The locale-independent preparation of a spec: effective lengths and, as needed, plans. */
    private static final class Prepared {
        final int lo;
        final int hi;
        final Pattern compiled;
        /** One matcher per thread, reset for each value: checking stays, its allocation goes. */
        final ThreadLocal<Matcher> matcher;
        final RegexPlan plan;
        /** Every value the plan can give was checked by the pattern itself (see {@link FlatPattern#allValid}). */
        final boolean verified;
        final RegexEnumeration enumeration;
        final UniqueText unique;
        /** This spec's plain values of other lengths, for the text beside a unique token; made once. */
        final UniqueText.Maker plain;
        final long capacity;

        Prepared(StringSpec spec) {
            plain = (d, from, to) -> spec.nextPlain(d, this, from, to);
            lo = Math.max(spec.minLength, spec.notBlank ? 1 : 0);
            hi = spec.maxLength;
            if (lo > hi) {
                throw new IllegalStateException(spec.describe() + " cannot be not blank within " + hi + " chars");
            }
            if (spec.source == Source.PATTERN) {
                compiled = Pattern.compile(spec.expression);
                matcher = ThreadLocal.withInitial(() -> compiled.matcher(""));
                plan = RegexPlan.of(spec.regex, lo, hi, spec.expression);
                verified = !spec.unique && plan.flat() != null
                        && plan.flat().allValid(compiled, lo, hi, spec.notBlank, CHECK_ALL_AT_MOST);
                enumeration = spec.unique ? RegexEnumeration.of(spec.regex, lo, plan.cap(), spec.expression) : null;
                unique = null;
                capacity = enumeration != null ? enumeration.capacity() : Long.MAX_VALUE;
                return;
            }
            compiled = null;
            matcher = null;
            plan = null;
            verified = false;
            enumeration = null;
            if (spec.kind == Kind.EMAIL && (hi < EmailMaker.SHORTEST || lo > EmailMaker.LONGEST)) {
                throw new IllegalStateException("no email has " + lo + ".." + hi + " chars");
            }
            unique = !spec.unique ? null
                    : spec.source == Source.FAKE ? UniqueText.ofFake(lo, hi) : UniqueText.of(spec.kind, lo, hi);
            capacity = unique != null ? unique.capacity() : Long.MAX_VALUE;
        }
    }

    private String describe() {
        String what;
        switch (source) {
            case PATTERN: what = "pattern " + expression; break;
            case FAKE: what = "Datafaker " + expression; break;
            case KIND: what = kind.name().toLowerCase(Locale.ROOT).replace('_', ' '); break;
            default: what = "text";
        }
        return "strings (" + what + ", length " + minLength + ".." + maxLength
                + (notBlank ? ", not blank" : "") + (unique ? ", unique" : "") + ")";
    }

    @Override
    public String toString() {
        return "StringSpec" + describe().substring("strings".length());
    }
}
