package io.fixtura.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs sample test classes through the Jupiter engine, as a build would, and reads what happened. */
final class TestKit {

    private TestKit() {
    }

    /** Runs {@code sample} with no fixed seed or reference time, whatever this JVM was started with. */
    static EngineExecutionResults run(Class<?> sample) {
        return runWith(Map.of(), sample);
    }

    /**
     * Runs {@code sample} with these Fixtura system properties set and the others cleared, restoring
     * the previous values after.
     */
    static EngineExecutionResults runWith(Map<String, String> properties, Class<?> sample) {
        Map<String, String> previous = new HashMap<>();
        for (String key : List.of("fixtura.seed", "fixtura.referenceTime")) {
            previous.put(key, System.getProperty(key));
            if (properties.containsKey(key)) {
                System.setProperty(key, properties.get(key));
            } else {
                System.clearProperty(key);
            }
        }
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute();
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    /** What each failed test threw, in execution order. */
    static List<Throwable> failures(EngineExecutionResults results) {
        List<Throwable> out = new ArrayList<>();
        for (Event event : results.testEvents().failed().list()) {
            event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).ifPresent(out::add);
        }
        return out;
    }

    /** The key-value pairs of every published report entry, in order. */
    static List<Map<String, String>> reportEntries(EngineExecutionResults results) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Event event : results.allEvents().reportingEntryPublished().list()) {
            event.getPayload(ReportEntry.class).ifPresent(entry -> out.add(entry.getKeyValuePairs()));
        }
        return out;
    }

    /** The display names of the tests that ran (parameterized invocations included), in order. */
    static List<String> testNames(EngineExecutionResults results) {
        return results.testEvents().started().list().stream()
                .map(event -> event.getTestDescriptor().getDisplayName()).toList();
    }
}
