package io.fixtura.runtime.values;

/**
 * The edge emails of a length range, all valid under Bean Validation's {@code @Email}: the
 * shortest ({@code a@b}) and the longest (a 64-char local part, then a domain of labels up to
 * 255 chars), and addresses that naive code gets wrong: plus-addressed, a subdomain, an apostrophe,
 * upper case, a non-ASCII local part. Each is padded to the minimum length (local part first,
 * then labels in front of the domain) or replaced by a compact form below its natural length.
 */
final class EmailEdges {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** An address shape: its natural local part and domain, and a compact form of the same kind. */
    private record Shape(String label, String local, String domain, String compactLocal, String compactDomain) {
    }

    private static final Shape[] SHAPES = {
        new Shape("plus-addressed", "first.last+tag", "example.com", "a+b", "b"),
        new Shape("subdomain", "user", "mail.eu.example.com", "a", "b.c"),
        new Shape("apostrophe", "o'brien", "example.com", "o'b", "b"),
        new Shape("uppercase", "John.Doe", "Example.COM", "A", "B"),
        new Shape("non-ASCII local part", "jos\u00E9", "example.com", "\u00E9", "b"),
    };

    private EmailEdges() {
    }

    /** Adds the email edges of {@code [lo, hi]} chars; the list drops any its spec refuses. */
    static void add(EdgeList<String> list, int lo, int hi) {
        int shortest = Math.max(lo, EmailMaker.SHORTEST);
        int longest = Math.min(hi, EmailMaker.LONGEST);
        if (shortest > longest) {
            return;
        }
        list.add("shortest email (" + shortest + " chars)", padded("a", "b", shortest));
        list.add("longest email (" + longest + " chars)", padded("a", "b", longest));
        for (Shape shape : SHAPES) {
            int natural = shape.local().length() + 1 + shape.domain().length();
            int length = Math.max(lo, Math.min(hi, natural));
            if (length >= natural) {
                list.add(shape.label(), padded(shape.local(), shape.domain(), length));
            } else if (length >= shape.compactLocal().length() + 1 + shape.compactDomain().length()) {
                list.add(shape.label(), padded(shape.compactLocal(), shape.compactDomain(), length));
            }
        }
    }

    /**
     * {@code local@domain} grown to {@code length} chars (at most {@link EmailMaker#LONGEST}): letters
     * in front of the local part up to 64 chars, then labels of at most 62 letters in front of the domain.
     */
    private static String padded(String local, String domain, int length) {
        int missing = length - local.length() - 1 - domain.length();
        int toLocal = Math.min(missing, Emails.MAX_LOCAL - local.length());
        StringBuilder front = new StringBuilder();
        for (int k = missing - toLocal; k > 0; ) {
            if (k == 1) {
                front.append('x'); // joins the first label, which has room: labels made here have at most 62
                k = 0;
            } else {
                int label = Math.min(k - 1, Emails.MAX_LABEL - 1);
                front.append(TextEdges.repeat(LETTERS, label)).append('.');
                k -= label + 1;
            }
        }
        return TextEdges.repeat(LETTERS, toLocal) + local + "@" + front + domain;
    }
}
