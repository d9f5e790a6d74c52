package io.fixtura.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fixtura.runtime.generate.Defaults;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/** A failing test says which seed and reference time it used and how to rerun it on the same data. */
class FailureReportTest {

    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    @BeforeEach
    void forget() {
        SEEN.clear();
    }

    @Fixtura
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class FailingSample {
        @Test
        void aFailsAnAssertion(Member member) {
            SEEN.put("seed", Defaults.seed());
            SEEN.put("member", member);
            assertEquals(-1, member.age(), "age");
        }

        @Test
        void bThrows() {
            throw new IllegalStateException("boom");
        }

        @Test
        void cIsAborted() {
            assumeTrue(false, "not here");
        }

        @Test
        void dPasses() {
            assertThat(Defaults.seed()).isEqualTo(Defaults.seed());
        }
    }

    @Test
    void aFailedAssertionKeepsItsTypeValuesAndStackAndGainsTheSeedAndTheRerunFlags() {
        EngineExecutionResults results = TestKit.run(FailingSample.class);

        results.testEvents().assertStatistics(s -> s.failed(2).aborted(1).succeeded(1));
        Throwable failure = TestKit.failures(results).get(0);
        long seed = (Long) SEEN.get("seed");
        Instant referenceTime = Defaults.referenceTime();
        assertThat(failure).isExactlyInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("age ==> expected: <-1>")
                .hasMessageContaining("Fixtura: this test used seed " + seed + " and reference time " + referenceTime
                        + "; rerun it with -Dfixtura.seed=" + seed + " -Dfixtura.referenceTime=" + referenceTime);
        AssertionFailedError assertion = (AssertionFailedError) failure;
        assertThat(assertion.getExpected().getValue()).isEqualTo(-1);
        assertThat(assertion.getActual().getValue()).isEqualTo(((Member) SEEN.get("member")).age());
        assertThat(failure.getStackTrace()).anySatisfy(frame ->
                assertThat(frame.getMethodName()).isEqualTo("aFailsAnAssertion"));
    }

    @Test
    void anyOtherFailureKeepsItsIdentityAndCarriesTheHintAsSuppressed() {
        Throwable failure = TestKit.failures(TestKit.run(FailingSample.class)).get(1);

        assertThat(failure).isExactlyInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(failure.getSuppressed()).singleElement().satisfies(hint ->
                assertThat(hint.getMessage()).startsWith("Fixtura: this test used seed ")
                        .contains("rerun it with -Dfixtura.seed="));
    }

    @Test
    void failuresPublishTheSeedAsAReportEntryAndOthersPublishNothing() {
        EngineExecutionResults results = TestKit.run(FailingSample.class);

        List<Map<String, String>> entries = TestKit.reportEntries(results);
        assertThat(entries).hasSize(2);
        Map<String, String> first = entries.get(0);
        assertThat(first).containsOnlyKeys("fixtura.seed", "fixtura.referenceTime", "fixtura.rerun")
                .containsEntry("fixtura.seed", SEEN.get("seed").toString())
                .containsEntry("fixtura.rerun", "-Dfixtura.seed=" + SEEN.get("seed") + " -Dfixtura.referenceTime="
                        + first.get("fixtura.referenceTime"));
    }

    @Test
    void rerunningWithTheReportedFlagsReproducesTheData() {
        Map<String, String> entry = TestKit.reportEntries(TestKit.run(FailingSample.class)).get(0);
        Object member = SEEN.get("member");
        SEEN.clear();

        EngineExecutionResults rerun = TestKit.runWith(Map.of("fixtura.seed", entry.get("fixtura.seed"),
                "fixtura.referenceTime", entry.get("fixtura.referenceTime")), FailingSample.class);

        assertThat(SEEN.get("member")).isEqualTo(member);
        assertThat(TestKit.failures(rerun).get(0)).hasMessageContaining("-Dfixtura.seed=" + entry.get("fixtura.seed"));
    }
}
