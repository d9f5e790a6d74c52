package io.fixtura.runtime.values;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.datafaker.Faker;

/**
 * The realistic value pools of one locale: for each {@link Kind} (and each Datafaker expression in
 * use) a few hundred distinct values drawn once, from a Faker seeded by the kind's name, so the
 * same locale gives the same arrays in every JVM.
 *
 * <pre>{@code String[] cities = Pools.of(Locale.GERMANY).values(Kind.CITY);}</pre>
 */
public final class Pools {

    /** How many raw values are drawn per pool; duplicates and blanks are dropped afterwards. */
    static final int DRAWS = 400;

    private static final Map<Locale, Pools> BY_LOCALE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Map<Kind, String[]> kinds = new EnumMap<>(Kind.class);
    private final Map<String, String[]> expressions = new ConcurrentHashMap<>();
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private Pools(Locale locale) {
        this.locale = locale;
    }

    /** The pools of {@code locale}, shared by every caller. */
    public static Pools of(Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale, Pools::new);
    }

    /** Pools drawn afresh, not shared: for tests that pools are the same every time. */
    static Pools uncached(Locale locale) {
        return new Pools(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The pool of {@code kind}: non-empty, distinct, non-blank values. Callers must not modify it. */
    public String[] values(Kind kind) {
        synchronized (kinds) {
            return kinds.computeIfAbsent(kind, k -> draw("kind:" + k.name(), k::draw, k.name()));
        }
    }

    /**
     * The pool of a Datafaker expression such as {@code "#{Internet.emailAddress}"}.
     *
     * @throws IllegalArgumentException if Datafaker cannot evaluate the expression
     */
    public String[] fake(String expression) {
        String[] pool = expressions.get(expression);
        if (pool == null) {
            pool = draw("fake:" + expression, f -> f.expression(expression), "expression " + expression);
            String[] raced = expressions.putIfAbsent(expression, pool);
            if (raced != null) {
                pool = raced;
            }
        }
        return pool;
    }

    /**
     * A view derived from this locale's pools (sorted pieces, email parts), made once per key. Keys
     * must have value equality; makers must not call back into this method.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(Object key, Function<Pools, T> maker) {
        Object view = derived.get(key);
        if (view == null) {
            view = maker.apply(this);
            Object raced = derived.putIfAbsent(key, view);
            if (raced != null) {
                view = raced;
            }
        }
        return (T) view;
    }

    private String[] draw(String seedName, Function<Faker, String> source, String what) {
        Faker faker = new Faker(locale, new Random(seedOf(seedName)));
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < DRAWS; i++) {
            String value;
            try {
                value = source.apply(faker);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Datafaker cannot evaluate " + what + ": " + e.getMessage(), e);
            }
            if (value != null && !value.isBlank()) {
                values.add(value);
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Datafaker gives only blank values for " + what + " in locale " + locale);
        }
        return values.toArray(new String[0]);
    }

    /** A seed from the name alone (String.hashCode is specified, so stable across JVMs). */
    private static long seedOf(String name) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }
}
