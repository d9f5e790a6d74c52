package io.fixtura.junit;

import io.fixtura.runtime.generate.Defaults;
import io.fixtura.runtime.random.Keys;
import io.fixtura.runtime.random.SplitMix64;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Decides a test's seed: {@code -Dfixtura.seed} when set, else the nearest {@link FixturaSeed},
 * else one derived from this run's seed and the test's id. A parameterized or repeated test's
 * invocations share their method's seed, so the seed a failing invocation reports also reproduces
 * the arguments its source made.
 */
final class TestSeeds {

    /** Chosen once per JVM: different runs explore different data, tests of one run differ by id. */
    private static final long RUN_SEED = new SplittableRandom().nextLong();

    private static final String ENGINE_SEGMENT = "[engine:";

    private TestSeeds() {
    }

    /** The seed of the test (or container) {@code context} belongs to. */
    static long seedOf(ExtensionContext context) {
        if (Defaults.seedIsFixed()) {
            return Defaults.seed();
        }
        Optional<Long> annotated = annotatedSeed(context);
        return annotated.orElseGet(() -> derive(RUN_SEED, testKey(context)));
    }

    /** The seed this run's per-test seeds are derived from. */
    static long runSeed() {
        return RUN_SEED;
    }

    /** A test's seed from the run's seed and the test's key: a pure function, so stable for a run seed. */
    static long derive(long runSeed, String testKey) {
        return SplitMix64.mix(runSeed, Keys.of(testKey));
    }

    /**
     * The test's unique id from its class down to its method, without invocation segments and
     * without the engines above Jupiter's: the same whether run from an IDE, Maven or a suite.
     */
    static String testKey(ExtensionContext context) {
        String id = methodLevel(context).getUniqueId();
        int engine = id.lastIndexOf(ENGINE_SEGMENT);
        if (engine < 0) {
            return id;
        }
        int afterEngine = id.indexOf("]/", engine);
        return afterEngine < 0 ? id : id.substring(afterEngine + 2);
    }

    /** The outermost context of the same test method (the template of an invocation), else {@code context}. */
    static ExtensionContext methodLevel(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getParent().flatMap(ExtensionContext::getTestMethod).isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** The {@link FixturaSeed} of the method, else of its class, else of the enclosing classes. */
    private static Optional<Long> annotatedSeed(ExtensionContext context) {
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            Optional<FixturaSeed> seed = c.get().getElement()
                    .flatMap(element -> AnnotationSupport.findAnnotation(element, FixturaSeed.class));
            if (seed.isPresent()) {
                return Optional.of(seed.get().value());
            }
        }
        return Optional.empty();
    }
}
