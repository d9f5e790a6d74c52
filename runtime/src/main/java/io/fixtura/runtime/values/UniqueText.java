package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unique strings of a kind: each renders an ordinal (a permuted record index) into a value that
 * gives the ordinal back — an address made from its bits, the last digits of a phone number, or a
 * fixed-width base-36 token at a fixed end of a realistic value — so distinct ordinals give
 * distinct strings without any set of values seen.
 */
final class UniqueText {

    /** Makes a realistic (not unique) value of {@code lo..hi} chars. */
    @FunctionalInterface
    interface Maker {
        String make(Draw draw, int lo, int hi);
    }

    private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final byte[] DIGITS = BASE36.getBytes(StandardCharsets.US_ASCII);
    /** Two base-36 digits take this many values. */
    private static final int PAIR = 36 * 36;
    /** Every pair of base-36 digits, "00" to "zz", in order: pair {@code n} at {@code 2n}. */
    private static final byte[] PAIRS = new byte[2 * PAIR];

    static {
        for (int n = 0; n < PAIR; n++) {
            PAIRS[2 * n] = DIGITS[n / 36];
            PAIRS[2 * n + 1] = DIGITS[n % 36];
        }
    }
    /** Base-36 token width when the length allows. */
    private static final int WIDTH = 6;
    /**
     * Distinct tokens of the full width: 4^15 (over a billion), the largest power of four below
     * 36^6, so the permutation of the record index needs no cycle walking (which took as long as
     * the rest of an email, mostly in mispredicted branches).
     */
    private static final long FULL_WIDTH_TOKENS = 1L << 30;

    private enum Form { EMAIL, IPV4, IPV6, MAC, DIGITS, TOKEN }

    private final Form form;
    private final Kind kind;
    private final int lo;
    private final int hi;
    private final int width;
    private final long capacity;
    private final char separator;
    private final boolean tokenFirst;
    /** The email maker of the last pools seen (usually the only ones), saving a map lookup per email. */
    private volatile EmailsOf emails;

    private record EmailsOf(Pools pools, EmailMaker maker, boolean fitsAny) {
    }

    private UniqueText(Form form, Kind kind, int lo, int hi, int width, long capacity, char separator, boolean tokenFirst) {
        this.form = form;
        this.kind = kind;
        this.lo = lo;
        this.hi = hi;
        this.width = width;
        this.capacity = capacity;
        this.separator = separator;
        this.tokenFirst = tokenFirst;
    }

    /**
     * How unique values of {@code kind} (null for plain or Datafaker text) of {@code lo..hi} chars
     * are made.
     *
     * @throws IllegalStateException if no email fits the lengths
     */
    static UniqueText of(Kind kind, int lo, int hi) {
        if (kind == Kind.EMAIL) {
            if (hi < EmailMaker.SHORTEST || lo > EmailMaker.LONGEST) {
                throw new IllegalStateException("no email has " + lo + ".." + hi + " chars");
            }
            int width = Math.min(WIDTH, hi - 2);
            return new UniqueText(Form.EMAIL, kind, lo, hi, width, tokens(width), '.', false);
        }
        if (kind == Kind.IP && lo <= 7 && hi >= 15) {
            return new UniqueText(Form.IPV4, kind, lo, hi, 0, 1L << 32, '-', false);
        }
        if (kind == Kind.MAC && lo <= 17 && hi >= 17) {
            return new UniqueText(Form.MAC, kind, lo, hi, 0, 1L << 48, '-', false);
        }
        if (kind == Kind.IPV6 && lo <= 15 && hi >= 39) {
            return new UniqueText(Form.IPV6, kind, lo, hi, 0, 1L << 32, '-', false);
        }
        int digits = kind == null ? 0 : digitsOf(kind);
        if (digits > 0 && hi > 0) {
            int width = Math.min(digits, hi);
            return new UniqueText(Form.DIGITS, kind, lo, hi, width, power(10, width), '-', false);
        }
        int width = Math.min(WIDTH, hi);
        char separator = kind == null ? ' ' : separatorOf(kind);
        return new UniqueText(Form.TOKEN, kind, lo, hi, width, tokens(width), separator, kind == Kind.DOMAIN);
    }

    private static long tokens(int width) {
        return width == WIDTH ? FULL_WIDTH_TOKENS : power(36, width);
    }

    /** How many trailing digits carry the ordinal in kinds that are mostly digits. */
    private static int digitsOf(Kind kind) {
        switch (kind) {
            case PHONE: return 7;
            case ZIP: return 5;
            case CREDIT_CARD:
            case IBAN: return 8;
            default: return 0;
        }
    }

    private static char separatorOf(Kind kind) {
        switch (kind) {
            case DOMAIN:
            case USERNAME: return '.';
            case URL:
            case PASSWORD:
            case COUNTRY_CODE:
            case CURRENCY:
            case IP:
            case IPV6:
            case MAC: return '-';
            default: return ' ';
        }
    }

    /** UniqueText for a Datafaker expression: like plain text, joined with a dash. */
    static UniqueText ofFake(int lo, int hi) {
        UniqueText text = of(null, lo, hi);
        return new UniqueText(text.form, null, lo, hi, text.width, text.capacity, '-', false);
    }

    private static long power(int base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    /** How many distinct values there are. */
    long capacity() {
        return capacity;
    }

    /** The value of {@code ordinal}, {@code 0 <= ordinal < capacity()}. */
    String render(Draw draw, long ordinal, Pools pools, Maker maker) {
        switch (form) {
            case EMAIL:
                EmailsOf of = emails(pools);
                if (!of.fitsAny()) {
                    return of.maker().unique(draw, lo, hi, base36(ordinal, width));
                }
                return width == WIDTH ? emailOfAny(draw, of.maker(), (int) ordinal)
                        : of.maker().uniqueOfAny(draw, base36(ordinal, width));
            case IPV4:
                return (ordinal >>> 24) + "." + ((ordinal >>> 16) & 255) + "." + ((ordinal >>> 8) & 255) + "." + (ordinal & 255);
            case MAC:
                return mac(ordinal);
            case IPV6:
                return ipv6Prefix(draw, pools) + Long.toHexString(ordinal >>> 16) + ":" + Long.toHexString(ordinal & 0xFFFF);
            case DIGITS:
                return digits(draw, ordinal, pools, maker);
            default:
                return withToken(draw, base36(ordinal, width), maker);
        }
    }

    private EmailsOf emails(Pools pools) {
        EmailsOf last = emails;
        if (last != null && last.pools() == pools) {
            return last;
        }
        EmailMaker maker = EmailMaker.of(pools);
        last = new EmailsOf(pools, maker, maker.fitsAny(lo, hi, width));
        emails = last;
        return last;
    }

    /**
     * The last {@code width} base-36 digits of {@code ordinal} (below 2^31: every token capacity
     * is), two at a time from a table of digit pairs, in int arithmetic with a constant divisor,
     * which compiles to a multiplication: a token is made for every unique value, and a division per
     * digit, each waiting for the last, cost as much as the rest of an email.
     */
    private static String base36(long ordinal, int width) {
        byte[] out = new byte[width];
        int rest = (int) ordinal;
        int i = width;
        while (i >= 2) {
            int pair = 2 * (rest % PAIR);
            rest /= PAIR;
            out[--i] = PAIRS[pair + 1];
            out[--i] = PAIRS[pair];
        }
        if (i == 1) {
            out[0] = DIGITS[rest % 36];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /**
     * {@link EmailMaker#uniqueOfAny} with a full-width token, its digits written straight into the
     * email: the token is not made as a string of its own first. The ordinal is below 2^30, so its
     * first pair of digits needs no remainder.
     */
    private static String emailOfAny(Draw draw, EmailMaker maker, int ordinal) {
        String domain = maker.anyDomain(draw);
        String local = maker.anyLocal(draw);
        int low = 2 * (ordinal % PAIR);
        int rest = ordinal / PAIR;
        int middle = 2 * (rest % PAIR);
        int high = 2 * (rest / PAIR);
        return local + '.' + (char) PAIRS[high] + (char) PAIRS[high + 1] + (char) PAIRS[middle]
                + (char) PAIRS[middle + 1] + (char) PAIRS[low] + (char) PAIRS[low + 1] + '@' + domain;
    }

    /** The last {@code width} decimal digits of {@code ordinal}. */
    private static String decimal(long ordinal, int width) {
        byte[] out = new byte[width];
        long rest = ordinal;
        for (int i = width - 1; i >= 0; i--) {
            out[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private static String mac(long ordinal) {
        StringBuilder out = new StringBuilder(17);
        for (int shift = 40; shift >= 0; shift -= 8) {
            int octet = (int) ((ordinal >>> shift) & 255);
            out.append(shift == 40 ? "" : ":").append(BASE36.charAt(octet >>> 4)).append(BASE36.charAt(octet & 15));
        }
        return out.toString();
    }

    /** The first six groups of a pool address: the ordinal fills the last two. */
    private static String ipv6Prefix(Draw draw, Pools pools) {
        String[] pool = pools.values(Kind.IPV6);
        String[] groups = pool[draw.nextInt(pool.length)].split(":");
        if (groups.length != 8) {
            return "2001:db8:0:0:0:0:";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            out.append(groups[i].isEmpty() ? "0" : groups[i]).append(':');
        }
        return out.toString();
    }

    /** A pool value with its last digits replaced by the ordinal, or digits alone; the ordinal is always the last digits. */
    private String digits(Draw draw, long ordinal, Pools pools, Maker maker) {
        String token = decimal(ordinal, width);
        Optional<Pieces> pieces = pools.derived(new DigitsKey(kind, width), p -> digitRich(p.values(kind), width));
        Pieces rich = pieces.orElse(null);
        if (rich != null && rich.countBetween(lo, hi) > 0) {
            char[] value = rich.between(draw, lo, hi).toCharArray();
            int next = width - 1;
            for (int i = value.length - 1; i >= 0 && next >= 0; i--) {
                if (value[i] >= '0' && value[i] <= '9') {
                    value[i] = token.charAt(next--);
                }
            }
            return new String(value);
        }
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(lo, width) - width; i > 0; i--) {
            out.append((char) ('0' + draw.nextInt(10)));
        }
        return out.append(token).toString();
    }

    private record DigitsKey(Kind kind, int width) {
    }

    /** The values with at least {@code width} ASCII digits, if any. */
    private static Optional<Pieces> digitRich(String[] values, int width) {
        List<String> rich = new ArrayList<>();
        for (String value : values) {
            if (value.chars().filter(c -> c >= '0' && c <= '9').count() >= width) {
                rich.add(value);
            }
        }
        return rich.isEmpty() ? Optional.empty() : Optional.of(Pieces.of(rich.toArray(new String[0])));
    }

    /** A realistic value with the token at its fixed end: the token is always the first or last {@code width} chars. */
    private String withToken(Draw draw, String token, Maker maker) {
        int room = hi - width - 1;
        if (room >= 1) {
            String value = maker.make(draw, Math.max(1, lo - width - 1), room);
            return tokenFirst ? token + separator + value : value + separator + token;
        }
        int filler = lo - width;
        String fill = filler > 0 ? maker.make(draw, filler, filler) : "";
        return tokenFirst ? token + fill : fill + token;
    }
}
