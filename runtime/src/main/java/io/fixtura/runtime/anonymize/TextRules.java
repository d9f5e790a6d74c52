package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.LeakReport;
import io.fixtura.runtime.values.Kind;
import java.util.function.Predicate;

/**
 * The strategies for text fields, each fitted to the field: where the plain form of a strategy
 * (stars, a short marker) would break a pattern, an email's syntax or uniqueness, the hidden
 * characters become a keyed token of their class instead, which fits and stays injective.
 */
final class TextRules {

    /** The domain of hashed and redacted emails: reserved, so it can never reach a real inbox. */
    static final String EMAIL_DOMAIN = "anonymized.invalid";
    private static final String REDACTED_EMAIL = "redacted@" + EMAIL_DOMAIN;
    private static final int REDRAWS = 8;

    private TextRules() {
    }

    static String apply(FieldRule rule, String value, Predicate<Object> fits) {
        return switch (rule.strategy()) {
            case FAKE -> fake(rule, value, fits);
            case MASK -> mask(rule, value, fits);
            case HASH -> hash(rule, value);
            case TOKENIZE -> Formats.tokenize(rule.key(), value, Formats.free(value, rule.limits().pattern()));
            case GENERALIZE -> generalize(rule, value, fits);
            case REDACT -> redact(rule, fits);
        };
    }

    private static String fake(FieldRule rule, String value, Predicate<Object> fits) {
        Kind kind = rule.limits().email() ? Kind.EMAIL : rule.kind();
        String token = Formats.tokenize(rule.key(), value, Formats.free(value, rule.limits().pattern()));
        if (rule.unique()) {
            if (rule.limits().pattern() != null || kind == null) {
                return token;
            }
            try {
                String fake = FakeUnique.of(rule.key(), kind, value, Fake.DEFAULT_LOCALE, rule.limits().minLength(),
                        rule.limits().maxLength());
                return fits.test(fake) ? fake : token;
            } catch (IllegalArgumentException tooShort) {
                // the column leaves no room for the uniqueness token after a fake: the keyed token fits
                return token;
            }
        }
        String purpose = kind == null ? "FAKE:" + rule.domain() : "FAKE:" + kind.name();
        // a pool can hand back the original itself; the next keyed draw never keeps a record's own value
        for (int attempt = 0; attempt < REDRAWS; attempt++) {
            Object drawn = rule.draw(attempt == 0 ? purpose : purpose + "#" + attempt, value);
            if (!(drawn instanceof String fake)) {
                return token;
            }
            if (!LeakReport.leaks(value, fake)) {
                return fake;
            }
        }
        return token;
    }

    private static String mask(FieldRule rule, String value, Predicate<Object> fits) {
        boolean email = rule.limits().email() || rule.kind() == Kind.EMAIL;
        boolean phone = rule.kind() == Kind.PHONE || (!email && looksLikePhone(value));
        String starred = email ? Mask.email(value) : phone ? Mask.phone(value) : Mask.of(value);
        if (!rule.unique() && fits.test(starred)) {
            return starred;
        }
        // the positions the stars stand on, narrowed to what the pattern leaves free, become a token
        boolean[] hidden = new boolean[value.length()];
        boolean[] free = Formats.free(value, rule.limits().pattern());
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = free[i] && starred.charAt(i) == Mask.MASK && value.charAt(i) != Mask.MASK;
        }
        return Formats.tokenize(rule.key(), value, hidden);
    }

    private static String hash(FieldRule rule, String value) {
        Limits limits = rule.limits();
        if (limits.email() || rule.kind() == Kind.EMAIL) {
            int room = Math.min(64, limits.maxLength() - EMAIL_DOMAIN.length() - 1);
            return Hash.of(rule.key(), value, Math.max(room, 1)) + "@" + EMAIL_DOMAIN;
        }
        String hex = Hash.of(rule.key(), value, Math.min(Hash.MAX_LENGTH, limits.maxLength()));
        // a column longer than one digest that demands more characters gets the digest repeated
        StringBuilder out = new StringBuilder(hex);
        while (out.length() < limits.minLength()) {
            out.append(hex);
        }
        return out.length() > limits.maxLength() ? out.substring(0, limits.maxLength()) : out.toString();
    }

    private static String generalize(FieldRule rule, String value, Predicate<Object> fits) {
        boolean[] free = Formats.free(value, rule.limits().pattern());
        boolean[] hidden = new boolean[value.length()];
        for (int i = Generalize.POSTCODE_PREFIX; i < hidden.length; i++) {
            hidden[i] = free[i];
        }
        String starred = Formats.fill(value, hidden, true);
        return fits.test(starred) ? starred : Formats.fill(value, hidden, false);
    }

    private static String redact(FieldRule rule, Predicate<Object> fits) {
        Limits limits = rule.limits();
        String marker = limits.email() || rule.kind() == Kind.EMAIL ? REDACTED_EMAIL
                : Redact.marker(limits.minLength(), Math.max(1, limits.maxLength()));
        if (fits.test(marker)) {
            return marker;
        }
        // a pattern the marker cannot meet: one fixed value the field's own spec draws
        Object drawn = rule.draw("REDACT:" + rule.domain(), "");
        return drawn instanceof String fixed ? fixed : marker;
    }

    /** Mostly digits, with phone punctuation: the last digits are what a masked phone keeps. */
    private static boolean looksLikePhone(String value) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if ("+-() ./".indexOf(c) < 0) {
                return false;
            }
        }
        return digits >= 6;
    }
}
