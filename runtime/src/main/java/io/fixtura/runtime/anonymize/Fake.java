package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.AnonymizationKey;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.random.Keys;
import io.fixtura.runtime.values.Kind;
import io.fixtura.runtime.values.StringSpec;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FAKE: a realistic value of a {@link Kind} from the locale's pools, chosen by the keyed hash of the
 * original, so an original maps to the same fake in every table and run under one key. Many
 * originals share a fake (a pool holds a few hundred values); unique fields use {@link FakeUnique}.
 *
 * <pre>{@code String email = Fake.of(key, Kind.EMAIL, user.email(), Locale.US, 5, 120);}</pre>
 */
public final class Fake {

    /** The locale of the pools when the caller names none. */
    public static final Locale DEFAULT_LOCALE = Locale.US;

    private static final Map<SpecKey, StringSpec> SPECS = new ConcurrentHashMap<>();

    private Fake() {
    }

    /** A fake of {@code kind} for {@code original} from the default locale, of any length; null stays null. */
    public static String of(AnonymizationKey key, Kind kind, String original) {
        return of(key, kind, original, DEFAULT_LOCALE, 0, Integer.MAX_VALUE);
    }

    /**
     * A fake of {@code kind} for {@code original} with {@code minLength..maxLength} chars (both
     * inclusive), from {@code locale}'s pools; null stays null. Emails are valid under {@code @Email}.
     *
     * @throws IllegalArgumentException if no value of the kind can have such a length
     */
    public static String of(AnonymizationKey key, Kind kind, String original, Locale locale,
            int minLength, int maxLength) {
        if (original == null) {
            return null;
        }
        long seed = key.hash64("FAKE:" + kind.name(), original);
        GenerationContext context = new GenerationContext(seed, 0, Instant.EPOCH, locale, 0.0);
        return spec(kind, minLength, maxLength).next(context.draw(0, Keys.of(kind.name())));
    }

    /** A fake email of {@code minLength..maxLength} chars, valid under {@code @Email}; null stays null. */
    public static String email(AnonymizationKey key, String original, int minLength, int maxLength) {
        return of(key, Kind.EMAIL, original, DEFAULT_LOCALE, minLength, maxLength);
    }

    /** Specs prepare their pool views once, so one is kept per kind and length range. */
    private static StringSpec spec(Kind kind, int minLength, int maxLength) {
        return SPECS.computeIfAbsent(new SpecKey(kind, minLength, maxLength),
                k -> StringSpec.kind(kind).length(minLength, maxLength));
    }

    private record SpecKey(Kind kind, int minLength, int maxLength) {
    }
}
