package io.fixtura.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a scan of anonymized output found of the original sensitive values: each text that is an
 * original (exactly or but for case) or, for originals of {@value #SUBSTRING_MIN} or more characters,
 * contains one in any case. A clean report is the check that anonymization leaked nothing.
 *
 * <pre>{@code assertThat(LeakReport.scan(originalEmails, anonymizedLines).isClean()).isTrue();}</pre>
 */
public final class LeakReport {

    /** Originals this long or longer are also looked for inside texts. */
    public static final int SUBSTRING_MIN = 6;
    /** How many findings {@link #toString()} lists before it only counts them. */
    private static final int SHOWN = 20;

    /** How an original was found. */
    public enum Match {
        /** The text is the original. */
        EXACT,
        /** The text is the original but for case. */
        CASE_INSENSITIVE,
        /** The text contains the original, in any case. */
        SUBSTRING
    }

    /** One original found in one text: the text's position in the scanned sequence, and how. */
    public record Finding(String original, long textIndex, String text, Match match) {
        @Override
        public String toString() {
            return "text #" + textIndex + " " + describe(match) + " original \"" + original + "\": \""
                    + (text.length() > 120 ? text.substring(0, 117) + "..." : text) + "\"";
        }

        private static String describe(Match match) {
            return switch (match) {
                case EXACT -> "is the";
                case CASE_INSENSITIVE -> "is, but for case, the";
                case SUBSTRING -> "contains the";
            };
        }
    }

    private final List<Finding> findings;
    private final int originals;
    private final long texts;

    private LeakReport(List<Finding> findings, int originals, long texts) {
        this.findings = List.copyOf(findings);
        this.originals = originals;
        this.texts = texts;
    }

    /**
     * Scans {@code anonymizedTexts} (field values, lines of a file, …) for any of {@code originals}.
     * Null and blank originals and null texts are skipped. Each text is read once; the originals are
     * indexed by lowercase value and, for substrings, by their first {@value #SUBSTRING_MIN} lowercase
     * characters, so the cost grows with the total length of the texts, not with texts × originals.
     */
    public static LeakReport scan(Collection<String> originals, Iterable<String> anonymizedTexts) {
        Set<String> exact = new HashSet<>();
        Map<String, Set<String>> byLower = new HashMap<>();
        Map<String, List<Needle>> byPrefix = new HashMap<>();
        for (String original : originals) {
            if (original == null || original.isBlank() || !exact.add(original)) {
                continue;
            }
            String lower = lower(original);
            byLower.computeIfAbsent(lower, k -> new LinkedHashSet<>()).add(original);
            if (original.length() >= SUBSTRING_MIN && lower.length() >= SUBSTRING_MIN) {
                byPrefix.computeIfAbsent(lower.substring(0, SUBSTRING_MIN), k -> new ArrayList<>())
                        .add(new Needle(original, lower));
            }
        }
        List<Finding> findings = new ArrayList<>();
        long index = 0;
        for (String text : anonymizedTexts) {
            if (text != null) {
                scanText(text, index, exact, byLower, byPrefix, findings);
            }
            index++;
        }
        return new LeakReport(findings, exact.size(), index);
    }

    /**
     * Scans record by record: the originals of record {@code i} are looked for in the texts of
     * record {@code i} only, the way {@link #scan} looks. This is the check for fields whose fakes
     * come from shared pools (first names, cities): another record's fake may equal an original by
     * chance, but no record may keep its own value. A finding's {@code textIndex} is the record's.
     */
    public static LeakReport scanRecords(List<? extends Collection<String>> originals,
            List<? extends Collection<String>> anonymized) {
        if (originals.size() != anonymized.size()) {
            throw new IllegalArgumentException(originals.size() + " records of originals but " + anonymized.size()
                    + " anonymized records");
        }
        List<Finding> findings = new ArrayList<>();
        int count = 0;
        for (int record = 0; record < originals.size(); record++) {
            for (String original : originals.get(record)) {
                if (original == null || original.isBlank()) {
                    continue;
                }
                count++;
                for (String text : anonymized.get(record)) {
                    Match match = text == null ? null : match(original, text);
                    if (match != null) {
                        findings.add(new Finding(original, record, text, match));
                        break;
                    }
                }
            }
        }
        return new LeakReport(findings, count, originals.size());
    }

    /** Whether {@code text} shows {@code original} as a scan finds it: equal, equal but for case, or containing it. */
    public static boolean leaks(String original, String text) {
        return original != null && !original.isBlank() && text != null && match(original, text) != null;
    }

    private static Match match(String original, String text) {
        if (text.equals(original)) {
            return Match.EXACT;
        }
        String lower = lower(text);
        String needle = lower(original);
        if (lower.equals(needle)) {
            return Match.CASE_INSENSITIVE;
        }
        return original.length() >= SUBSTRING_MIN && needle.length() >= SUBSTRING_MIN && lower.contains(needle)
                ? Match.SUBSTRING : null;
    }

    private static void scanText(String text, long index, Set<String> exact, Map<String, Set<String>> byLower,
            Map<String, List<Needle>> byPrefix, List<Finding> findings) {
        String lower = lower(text);
        // each original is reported once per text, by the strongest way it was found
        Set<String> found = new HashSet<>();
        if (exact.contains(text)) {
            findings.add(new Finding(text, index, text, Match.EXACT));
            found.add(text);
        }
        for (String original : byLower.getOrDefault(lower, Set.of())) {
            if (found.add(original)) {
                findings.add(new Finding(original, index, text, Match.CASE_INSENSITIVE));
            }
        }
        if (byPrefix.isEmpty()) {
            return;
        }
        for (int at = 0; at + SUBSTRING_MIN <= lower.length(); at++) {
            List<Needle> needles = byPrefix.get(lower.substring(at, at + SUBSTRING_MIN));
            if (needles == null) {
                continue;
            }
            for (Needle needle : needles) {
                if (lower.startsWith(needle.lower, at) && found.add(needle.original)) {
                    findings.add(new Finding(needle.original, index, text, Match.SUBSTRING));
                }
            }
        }
    }

    private record Needle(String original, String lower) {
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Every original found, in the order of the texts they were found in. */
    public List<Finding> findings() {
        return findings;
    }

    /** True if no original was found in any text. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** A summary line, then the first findings, one a line. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append("LeakReport: ").append(isClean() ? "clean" : findings.size() + " leak(s)")
                .append(" (").append(texts).append(" texts scanned for ").append(originals).append(" originals)");
        for (int i = 0; i < Math.min(SHOWN, findings.size()); i++) {
            out.append(System.lineSeparator()).append("  ").append(findings.get(i));
        }
        if (findings.size() > SHOWN) {
            out.append(System.lineSeparator()).append("  ... and ").append(findings.size() - SHOWN).append(" more");
        }
        return out.toString();
    }
}
