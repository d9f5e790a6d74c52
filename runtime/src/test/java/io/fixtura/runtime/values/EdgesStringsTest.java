package io.fixtura.runtime.values;

import static io.fixtura.runtime.values.EdgeAssertions.anyRole;
import static io.fixtura.runtime.values.EdgeAssertions.edges;
import static io.fixtura.runtime.values.EdgeAssertions.role;
import static io.fixtura.runtime.values.EdgeAssertions.validEdges;
import static io.fixtura.runtime.values.EdgeAssertions.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.Constraint;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EdgesStringsTest {

    private static final List<String> TEXT_ROLES = List.of("empty", "one char", "max length 50", "whitespace only",
            "leading and trailing spaces", "apostrophe", "double quotes", "backslash", "newline", "tab",
            "SQL metacharacters", "HTML metacharacters", "accented Latin", "CJK", "right-to-left (Arabic)",
            "right-to-left (Hebrew)", "emoji (surrogate pairs)", "combining marks", "NUL character");
    private static final int[][] LENGTHS = {
        {0, 0}, {0, 1}, {1, 1}, {0, 2}, {2, 2}, {0, 3}, {1, 5}, {3, 3}, {5, 8}, {10, 12}, {20, 20}, {0, 50},
        {40, 50}, {100, 120}, {255, 255}, {0, 255}, {0, Integer.MAX_VALUE},
    };
    private static final Regex SKU = Regex.seq(Regex.repeat(Regex.chars('A', 'Z'), 3, 3), Regex.literal("-"),
            Regex.repeat(Regex.chars('0', '9'), 4, 4));

    private static Constraint size(int min, int max) {
        return Constraint.size("Size", min, max);
    }

    /** Every string edge is whole: no surrogate without its partner. */
    private static void assertNoBrokenSurrogates(List<Edge<String>> edges) {
        for (Edge<String> edge : edges) {
            String s = edge.value();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertThat(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))).as("%s", edge).isTrue();
                    i++;
                } else {
                    assertThat(Character.isLowSurrogate(c)).as("%s", edge).isFalse();
                }
            }
        }
    }

    @Test
    void freeTextHasEveryLengthAndCharacterEdge() {
        List<Edge<String>> edges = validEdges(StringSpec.text().length(0, 50), size(0, 50));
        for (String r : TEXT_ROLES) {
            role(edges, r);
        }
        assertThat(value(edges, "empty")).isEmpty();
        assertThat(value(edges, "one char")).hasSize(1);
        assertThat(value(edges, "max length 50")).hasSize(50);
        assertThat(value(edges, "max length in emoji")).hasSize(50).matches("(\\uD83D\\uDE00|\\uD83C\\uDF89|\\uD83D\\uDC4D)+");
        assertThat(value(edges, "whitespace only")).isBlank().isNotEmpty();
        assertThat(value(edges, "leading and trailing spaces")).startsWith(" ").endsWith(" ").isNotBlank();
        assertThat(value(edges, "apostrophe")).contains("'");
        assertThat(value(edges, "double quotes")).contains("\"");
        assertThat(value(edges, "backslash")).contains("\\");
        assertThat(value(edges, "newline")).contains("\n");
        assertThat(value(edges, "tab")).contains("\t");
        assertThat(value(edges, "SQL metacharacters")).isEqualTo("'; DROP TABLE users; --");
        assertThat(value(edges, "HTML metacharacters")).isEqualTo("<script>alert(1)</script>");
        assertThat(value(edges, "CJK")).matches("\\p{IsHan}+");
        assertThat(value(edges, "right-to-left (Arabic)")).containsPattern("\\p{IsArabic}");
        assertThat(value(edges, "right-to-left (Hebrew)")).containsPattern("\\p{IsHebrew}");
        assertThat(value(edges, "emoji (surrogate pairs)").codePoints().filter(Character::isSupplementaryCodePoint)).hasSize(3);
        assertThat(value(edges, "combining marks")).containsPattern("\\p{M}");
        Edge<String> nul = role(edges, "NUL character");
        assertThat(nul.value()).contains("\u0000");
        assertThat(nul.unstorableIn()).containsExactly("POSTGRESQL");
        assertThat(nul.toString()).isEqualTo("NUL character (not storable in POSTGRESQL)");
        assertThat(role(edges, "max length 50").toString()).isEqualTo("max length 50");
        assertNoBrokenSurrogates(edges);
    }

    @Test
    void everyTextEdgeFitsItsLengthAndStaysNotBlankWhenAsked() {
        List<StringSpec> bases = List.of(StringSpec.text(), StringSpec.kind(Kind.CITY), StringSpec.kind(Kind.FIRST_NAME),
                StringSpec.kind(Kind.IBAN), StringSpec.fake("#{Address.city}"));
        for (StringSpec base : bases) {
            for (int[] r : LENGTHS) {
                for (boolean notBlank : new boolean[] {false, true}) {
                    if (notBlank && r[1] == 0) {
                        continue;
                    }
                    StringSpec spec = base.length(r[0], r[1]);
                    spec = notBlank ? spec.notBlank() : spec;
                    List<Edge<String>> edges = notBlank
                            ? validEdges(spec, size(r[0], r[1]), Constraint.notBlank())
                            : validEdges(spec.unique(), size(r[0], r[1]));
                    assertNoBrokenSurrogates(edges);
                    assertThat(anyRole(edges, "empty")).isEqualTo(r[0] == 0 && !notBlank);
                    assertThat(anyRole(edges, "whitespace only")).isEqualTo(r[1] > 0 && !notBlank);
                    if (r[1] <= EdgeList.LONGEST) {
                        assertThat(value(edges, "max length " + r[1])).hasSize(r[1]);
                    }
                    if (r[1] >= 2 && r[0] <= 2) {
                        // a surrogate pair fits, so the emoji edge is there, cut to whole pairs
                        assertThat(value(edges, "emoji (surrogate pairs)")).hasSizeBetween(Math.max(2, r[0]), r[1]);
                    }
                    if (r[1] >= 3) {
                        // every awkward text has room for its telling part
                        for (String role : TEXT_ROLES.subList(4, TEXT_ROLES.size())) {
                            assertThat(anyRole(edges, role)).as("%s has %s", spec, role).isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void emailsAreValidAtTheirShortestLongestAndAwkwardest() {
        Constraint email = Constraint.email();
        List<Edge<String>> edges = validEdges(StringSpec.email().length(0, 255), email, size(0, 255));
        assertThat(value(edges, "shortest email")).isEqualTo("a@b");
        assertThat(value(edges, "longest email")).hasSize(255);
        String longest = value(edges, "longest email");
        assertThat(longest.substring(0, longest.indexOf('@'))).hasSize(64);
        assertThat(value(edges, "plus-addressed")).isEqualTo("first.last+tag@example.com");
        assertThat(value(edges, "subdomain")).matches("[^@]+@[^.]+\\.[^.]+\\.[^.]+.*");
        assertThat(value(edges, "apostrophe")).contains("'");
        assertThat(value(edges, "uppercase")).matches(".*[A-Z].*");
        assertThat(value(edges, "non-ASCII local part")).matches("[^@]*[^\\x00-\\x7F][^@]*@.*");
        assertThat(edges).noneMatch(e -> e.label().contains("CJK") || e.label().contains("NUL"));

        int[][] ranges = {{3, 3}, {0, 4}, {5, 8}, {10, 10}, {0, 26}, {30, 40}, {65, 70}, {100, 320}, {300, 400},
            {0, Integer.MAX_VALUE}, {320, 320}, {1, 5}};
        for (int[] r : ranges) {
            StringSpec spec = StringSpec.email().length(r[0], r[1]);
            for (StringSpec s : List.of(spec, spec.unique(), spec.notBlank())) {
                List<Edge<String>> fitted = validEdges(s, email, size(r[0], r[1]), Constraint.notBlank());
                assertThat(value(fitted, "shortest email")).hasSize(Math.max(3, r[0]));
                assertThat(value(fitted, "longest email")).hasSize(Math.min(320, r[1]));
                if (r[1] >= 5) {
                    assertThat(value(fitted, "plus-addressed")).contains("+");
                    assertThat(value(fitted, "subdomain")).matches("[^@]+@[^.]+\\.[^.]+.*");
                }
            }
        }
    }

    @Test
    void patternsGiveTheirShortestAndLongestMatchesAndTheAwkwardTextTheyAllow() {
        List<Edge<String>> sku = validEdges(StringSpec.pattern(SKU, "[A-Z]{3}-[0-9]{4}").unique(),
                Constraint.pattern("Pattern", "[A-Z]{3}-[0-9]{4}"));
        assertThat(sku).hasSize(1);
        assertThat(sku.get(0).label()).isEqualTo("match (8 chars, the only length)");

        Regex word = Regex.repeat(Regex.chars('a', 'z'), 1, Regex.UNBOUNDED);
        List<Edge<String>> words = validEdges(StringSpec.pattern(word, "[a-z]+").length(0, 50),
                Constraint.pattern("Pattern", "[a-z]+"), size(0, 50));
        assertThat(value(words, "shortest match")).hasSize(1);
        assertThat(value(words, "longest match")).hasSize(50);

        // a pattern that admits text of every kind keeps the awkward samples that match it
        Regex anything = Regex.repeat(Regex.chars(0, 0xD7FF, 0xE000, 0xFFFF), 0, Regex.UNBOUNDED);
        String anySource = "[\\x{0}-\\x{D7FF}\\x{E000}-\\x{FFFF}]*";
        List<Edge<String>> any = validEdges(StringSpec.pattern(anything, anySource).length(0, 30),
                Constraint.pattern("Pattern", anySource), size(0, 30));
        assertThat(value(any, "shortest match")).isEmpty();
        assertThat(value(any, "longest match")).hasSize(30);
        assertThat(any).extracting(Edge::label).contains("apostrophe", "SQL metacharacters", "CJK", "NUL character")
                .doesNotContain("emoji (surrogate pairs)");

        List<Object[]> patterns = new ArrayList<>();
        patterns.add(new Object[] {SKU, "[A-Z]{3}-[0-9]{4}"});
        patterns.add(new Object[] {word, "[a-z]+"});
        patterns.add(new Object[] {Regex.repeat(Regex.chars(' ', ' ', 'a', 'a'), 0, 3), "[ a]{0,3}"});
        patterns.add(new Object[] {Regex.alt(Regex.literal("fixed"), Regex.repeat(Regex.chars('0', '9'), 1, 5)),
            "fixed|[0-9]{1,5}"});
        patterns.add(new Object[] {Regex.seq(Regex.repeat(Regex.chars('a', 'z'), 1, Regex.UNBOUNDED), Regex.literal("@"),
            Regex.repeat(Regex.chars('a', 'z'), 1, Regex.UNBOUNDED), Regex.literal(".com")), "[a-z]+@[a-z]+\\.com"});
        for (Object[] p : patterns) {
            Regex regex = (Regex) p[0];
            String source = (String) p[1];
            Pattern compiled = Pattern.compile(source);
            for (int[] r : new int[][] {{0, 255}, {1, 5}, {3, 8}, {0, 4096}, {0, 10_000}, {6, 6}}) {
                StringSpec spec;
                try {
                    spec = StringSpec.pattern(regex, source).length(r[0], r[1]);
                    spec.capacity();
                } catch (IllegalStateException noStringOfThoseLengths) {
                    continue;
                }
                for (StringSpec s : List.of(spec, spec.notBlank(), spec.unique())) {
                    List<Edge<String>> edges;
                    try {
                        s.capacity();
                    } catch (IllegalStateException cannotBeNotBlank) {
                        continue;
                    }
                    edges = validEdges(s, Constraint.pattern("Pattern", source), size(r[0], r[1]));
                    assertThat(edges).as("%s", s).isNotEmpty()
                            .allSatisfy(e -> assertThat(compiled.matcher(e.value()).matches()).isTrue());
                    if (s.toString().contains("not blank")) {
                        assertThat(edges).allSatisfy(e -> assertThat(e.value()).isNotBlank());
                    }
                }
            }
        }
        // a maximum beyond what is planned has a shortest edge but no longest one
        List<Edge<String>> unbounded = edges(StringSpec.pattern(word, "[a-z]+").length(0, 10_000));
        assertThat(anyRole(unbounded, "shortest match")).isTrue();
        assertThat(anyRole(unbounded, "longest match")).isFalse();
    }

    @Test
    void patternEmailsKeepOnlyEdgesThatAreEmails() {
        Regex regex = Regex.seq(Regex.repeat(Regex.chars('a', 'z', '.', '.'), 1, 10), Regex.literal("@example.com"));
        String source = "[a-z.]{1,10}@example\\.com";
        ValidEmails emails = ValidEmails.of(StringSpec.pattern(regex, source), false);
        List<Edge<String>> edges = validEdges(emails, Constraint.email(), Constraint.pattern("Pattern", source));
        assertThat(value(edges, "shortest match")).hasSize(13);
        assertThat(value(edges, "longest match")).hasSize(22);
    }
}
