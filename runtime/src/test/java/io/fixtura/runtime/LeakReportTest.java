package io.fixtura.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.LeakReport.Finding;
import io.fixtura.runtime.LeakReport.Match;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeakReportTest {

    @Test
    void findsExactCaseInsensitiveAndSubstringLeaks() {
        LeakReport report = LeakReport.scan(List.of("alice@example.com", "Bob", "Johnson"),
                List.of("nothing here", "alice@example.com", "BOB", "{\"name\":\"Ann JOHNSON\"}", "bobby"));

        assertThat(report.isClean()).isFalse();
        assertThat(report.findings()).extracting(Finding::original, Finding::textIndex, Finding::match)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("alice@example.com", 1L, Match.EXACT),
                        org.assertj.core.groups.Tuple.tuple("Bob", 2L, Match.CASE_INSENSITIVE),
                        org.assertj.core.groups.Tuple.tuple("Johnson", 3L, Match.SUBSTRING));
        assertThat(report.toString()).contains("3 leak(s)").contains("text #3").contains("Johnson");
    }

    @Test
    void shortOriginalsAreNotLookedForInsideTexts() {
        // "Bob" inside "bobby" is no finding: under six characters only whole texts count
        assertThat(LeakReport.scan(List.of("Bob"), List.of("bobby", "Bobcat")).isClean()).isTrue();
    }

    @Test
    void anOriginalIsReportedOncePerTextByItsStrongestMatch() {
        LeakReport report = LeakReport.scan(List.of("Johnson"), List.of("Johnson", "JOHNSON", "Johnson & JOHNSON"));
        assertThat(report.findings()).extracting(Finding::match)
                .containsExactly(Match.EXACT, Match.CASE_INSENSITIVE, Match.SUBSTRING);
    }

    @Test
    void cleanOutputPassesAndSaysSo() {
        List<String> originals = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            originals.add("person" + i + "@corp.example");
            texts.add("fake" + i + "@mail.test");
        }
        originals.add(null);
        originals.add(" ");
        LeakReport report = LeakReport.scan(originals, texts);
        assertThat(report.isClean()).isTrue();
        assertThat(report.findings()).isEmpty();
        assertThat(report.toString()).startsWith("LeakReport: clean").contains("10000 texts");
    }

    @Test
    void manyOriginalsFoundAmongManyTexts() {
        List<String> originals = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            originals.add("customer-" + i);
            texts.add(i == 77_777 ? "row 77777, note: CUSTOMER-4242 called" : "row " + i + ", token " + (i * 31L));
        }
        LeakReport report = LeakReport.scan(originals, texts);
        // "customer-4242" contains no other original, but "customer-42" and "customer-424" are originals too
        assertThat(report.findings()).extracting(Finding::original)
                .containsExactlyInAnyOrder("customer-4", "customer-42", "customer-424", "customer-4242");
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.textIndex()).isEqualTo(77_777L);
            assertThat(f.match()).isEqualTo(Match.SUBSTRING);
        });
        assertThat(report.toString()).contains("4 leak(s)");
    }
}
