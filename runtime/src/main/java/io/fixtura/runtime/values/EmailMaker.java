package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import java.util.ArrayList;
import java.util.List;

/**
 * Emails of a length range, valid under Bean Validation's {@code @Email}: a pool email when one
 * fits, else one assembled from the pool's name parts and domain labels, shortened as needed.
 * Unique emails end their local part with an index token: {@code first.last.k3x9ab@domain}.
 */
final class EmailMaker {

    /** The shortest email: {@code x@y}. */
    static final int SHORTEST = 3;
    /** The longest email: a full local part, {@code @}, a full domain. */
    static final int LONGEST = Emails.MAX_LOCAL + 1 + 255;
    private static final int MAX_DOMAIN = 255;

    private final Pieces emails;
    private final Pieces locals;
    private final Pieces names;
    private final Pieces domains;
    private final Pieces labels;

    private EmailMaker(Pools pools) {
        String[] pool = pools.values(Kind.EMAIL);
        List<String> localParts = new ArrayList<>();
        List<String> nameParts = new ArrayList<>();
        List<String> domainParts = new ArrayList<>();
        List<String> labelParts = new ArrayList<>();
        for (String email : pool) {
            int at = email.lastIndexOf('@');
            localParts.add(email.substring(0, at));
            nameParts.addAll(List.of(email.substring(0, at).split("\\.")));
            String domain = email.substring(at + 1);
            domainParts.add(domain);
            for (String label : domain.split("[.-]")) {
                // one char shorter than the limit: composing may glue a char onto the last label
                if (label.length() < Emails.MAX_LABEL) {
                    labelParts.add(label);
                }
            }
        }
        emails = Pieces.of(pool);
        locals = Pieces.of(localParts.toArray(new String[0]));
        names = Pieces.of(nameParts.toArray(new String[0]));
        domains = Pieces.of(domainParts.toArray(new String[0]));
        labels = Pieces.of(labelParts.toArray(new String[0]));
    }

    /** The email maker of a locale's pools, made once. */
    static EmailMaker of(Pools pools) {
        return pools.derived(EmailMaker.class, EmailMaker::new);
    }

    /** A realistic email of {@code lo..hi} chars ({@code SHORTEST <= hi}, {@code lo <= LONGEST}). */
    String next(Draw draw, int lo, int hi) {
        if (emails.countBetween(lo, hi) > 0) {
            return emails.between(draw, lo, hi);
        }
        return assemble(draw, lo, hi, "");
    }

    /**
     * An email of {@code lo..hi} chars whose local part ends with {@code token}: the token is its
     * last {@code token.length()} chars before the {@code @}, so distinct tokens give distinct emails.
     * Needs {@code hi >= token.length() + 2}.
     */
    String unique(Draw draw, int lo, int hi, String token) {
        return assemble(draw, lo, hi, token);
    }

    /**
     * Whether every pool domain and every pool local part fit an email of {@code lo..hi} chars
     * whose local part ends with a token of {@code tokenLength} chars, whichever domain is drawn:
     * then {@link #uniqueOfAny} gives the email {@link #unique} gives, without working out on each
     * email which pieces fit. The usual case, for a generous length.
     */
    boolean fitsAny(int lo, int hi, int tokenLength) {
        int domainHi = Math.min(MAX_DOMAIN, hi - 1 - Math.max(1, tokenLength));
        int domainLo = Math.max(1, lo - 1 - Emails.MAX_LOCAL);
        if (tokenLength == 0 || domainLo > domains.shortest() || domainHi < domains.longest()) {
            return false;
        }
        for (int domain = domains.shortest(); domain <= domains.longest(); domain++) {
            int localLo = Math.max(tokenLength, lo - 1 - domain);
            int room = Math.min(Emails.MAX_LOCAL, hi - 1 - domain) - tokenLength - 1;
            if (room < 1 || Math.max(1, localLo - tokenLength - 1) > locals.shortest() || room < locals.longest()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #unique} where {@link #fitsAny} holds: any pool local part, the token, any pool domain,
     * where the domain is drawn first ({@link #anyDomain}, then {@link #anyLocal}).
     */
    String uniqueOfAny(Draw draw, String token) {
        String domain = anyDomain(draw);
        return anyLocal(draw) + "." + token + "@" + domain;
    }

    /** Any pool domain: the first draw of {@link #uniqueOfAny}. */
    String anyDomain(Draw draw) {
        return domains.any(draw);
    }

    /** Any pool local part: the second draw of {@link #uniqueOfAny}. */
    String anyLocal(Draw draw) {
        return locals.any(draw);
    }

    private String assemble(Draw draw, int lo, int hi, String token) {
        int tokenLength = token.length();
        int domainHi = Math.min(MAX_DOMAIN, hi - 1 - Math.max(1, tokenLength));
        int domainLo = Math.max(1, lo - 1 - Emails.MAX_LOCAL);
        String domain;
        if (domains.countBetween(domainLo, domainHi) > 0) {
            domain = domains.between(draw, domainLo, domainHi);
        } else if (domains.countUpTo(domainHi - 2) > 0) {
            // every pool domain is too short: subdomains in front of a real one
            String tail = domains.upTo(draw, domainHi - 2);
            int subLo = Math.max(1, domainLo - tail.length() - 1);
            domain = labels.compose(draw, '.', subLo, domainHi - tail.length() - 1, subLo) + "." + tail;
        } else {
            domain = labels.compose(draw, '.', domainLo, domainHi, domainLo);
        }
        int localLo = Math.max(Math.max(1, tokenLength), lo - 1 - domain.length());
        int localHi = Math.min(Emails.MAX_LOCAL, hi - 1 - domain.length());
        // one concatenation per email: the local part's pieces, the token and the domain at once
        if (token.isEmpty()) {
            return name(draw, localLo, localHi) + "@" + domain;
        }
        int room = localHi - tokenLength - 1;
        if (room >= 1) {
            return name(draw, Math.max(1, localLo - tokenLength - 1), room) + "." + token + "@" + domain;
        }
        int filler = localLo - tokenLength;
        return (filler > 0 ? names.compose(draw, '.', filler, filler, filler) : "") + token + "@" + domain;
    }

    /** A name-like local part ({@code first.last}, {@code last}, …) of {@code lo..hi} chars. */
    private String name(Draw draw, int lo, int hi) {
        if (locals.countBetween(lo, hi) > 0) {
            return locals.between(draw, lo, hi);
        }
        if (names.countBetween(lo, hi) > 0) {
            return names.between(draw, lo, hi);
        }
        return names.compose(draw, '.', lo, hi, lo);
    }
}
