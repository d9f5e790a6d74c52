package io.fixtura.junit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * What a failing test reports: its seed and reference time, and the flags that rerun it on exactly
 * the same data. Attached to the failure itself, keeping its type and stack trace: an assertion
 * error gets the line appended to its message (so a build's summary shows it), any other throwable
 * carries it as a suppressed exception.
 */
final class RerunHint {

    private RerunHint() {
    }

    /** The one line a failure reports. */
    static String message(long seed, Instant referenceTime) {
        return "Fixtura: this test used seed " + seed + " and reference time " + referenceTime + "; rerun it with "
                + flags(seed, referenceTime);
    }

    /** The system properties that make every test use this seed and reference time. */
    static String flags(long seed, Instant referenceTime) {
        return "-Dfixtura.seed=" + seed + " -Dfixtura.referenceTime=" + referenceTime;
    }

    /** The report entry published with a failure, in a stable order. */
    static Map<String, String> reportEntry(long seed, Instant referenceTime) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("fixtura.seed", Long.toString(seed));
        entry.put("fixtura.referenceTime", referenceTime.toString());
        entry.put("fixtura.rerun", flags(seed, referenceTime));
        return entry;
    }

    /** {@code failure} with {@code hint} attached: the same throwable, or a copy of the same class. */
    static Throwable attach(Throwable failure, String hint) {
        Throwable copy = withMessage(failure, failure.getMessage() == null ? hint : failure.getMessage() + "\n" + hint);
        if (copy == null) {
            failure.addSuppressed(new Reproduction(hint));
            return failure;
        }
        copy.setStackTrace(failure.getStackTrace());
        for (Throwable suppressed : failure.getSuppressed()) {
            copy.addSuppressed(suppressed);
        }
        return copy;
    }

    /**
     * A copy of an assertion error of exactly JUnit's, AssertJ's or Java's own class with another
     * message and the same cause (and expected and actual values); null for any other class, whose
     * fields a copy could lose.
     */
    private static Throwable withMessage(Throwable failure, String message) {
        if (failure.getClass() == AssertionFailedError.class) {
            AssertionFailedError error = (AssertionFailedError) failure;
            if (error.isExpectedDefined() && error.isActualDefined()) {
                return new AssertionFailedError(message, error.getExpected(), error.getActual(), error.getCause());
            }
            return new AssertionFailedError(message, error.getCause());
        }
        if (failure.getClass() == AssertionError.class) {
            return new AssertionError(message, failure.getCause());
        }
        return null;
    }

    /** Carries the hint on a failure that is not an assertion error; it has no stack trace of its own. */
    static final class Reproduction extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Reproduction(String hint) {
            super(hint, null, false, false);
        }
    }
}
