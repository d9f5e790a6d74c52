package io.fixtura.junit;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.Generator;
import io.fixtura.runtime.generate.Defaults;
import io.fixtura.runtime.generate.RecordMaker;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * Gives each test its own reproducible seed (what generated factories use inside the test),
 * injects generated entities into test parameters, and makes a failing test report its seed,
 * reference time and the flags that rerun it on the same data. Apply it with {@link Fixtura}.
 *
 * <pre>{@code @ExtendWith(FixturaExtension.class) class CheckoutTest { @Test void pays(User buyer) { … } }}</pre>
 *
 * <p>The seed is {@code -Dfixtura.seed} when set (every test then uses exactly it), else the
 * nearest {@link FixturaSeed}, else one derived from a seed chosen per run and the test's unique
 * id. Parameters whose type has a generated model get records 0, 1, 2, … of their entity in
 * that seed, counted per type within the test (its {@code @BeforeEach} methods included).
 */
public final class FixturaExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver,
        TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final Namespace NAMESPACE = Namespace.create(FixturaExtension.class);
    private static final String RUN = "run";
    private static final String NEXT_INDEXES = "nextIndexes";

    /** The seed and reference time one test runs with. */
    private record TestRun(long seed, Instant referenceTime) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Defaults.useSeedOnThisThread(run(context).seed());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Defaults.useSeedOnThisThread(null);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        if (!(parameter.getDeclaringExecutable() instanceof Method method) || context.getTestMethod().isEmpty()) {
            return false;
        }
        if (AnnotationSupport.isAnnotated(method, ParameterizedTest.class) && !afterOurArgument(method, parameter)) {
            return false;
        }
        return EntityModels.find(parameter.getParameter().getType()).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        EntityModel<?> model = EntityModels.require(type, "parameter " + parameter.getParameter().getName());
        return generate(model.maker(), run(context), nextIndex(context, type));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw report(context, failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        throw report(context, failure);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        throw report(context, failure);
    }

    /**
     * A parameterized test's parameters are its source's arguments, except after the one argument
     * our own sources give: only there, when no other source is present, is an entity injected.
     */
    private static boolean afterOurArgument(Method method, ParameterContext parameter) {
        List<ArgumentsSource> sources = AnnotationSupport.findRepeatableAnnotations(method, ArgumentsSource.class);
        boolean onlyOurs = !sources.isEmpty() && sources.stream().allMatch(source ->
                source.value() == EdgeCasesProvider.class || source.value() == InvalidCasesProvider.class);
        return onlyOurs && sources.size() == 1 && parameter.getIndex() >= 1;
    }

    private static Throwable report(ExtensionContext context, Throwable failure) {
        if (failure instanceof TestAbortedException) {
            return failure;
        }
        TestRun run = run(context);
        context.publishReportEntry(RerunHint.reportEntry(run.seed(), run.referenceTime()));
        return RerunHint.attach(failure, RerunHint.message(run.seed(), run.referenceTime()));
    }

    private static TestRun run(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(RUN,
                key -> new TestRun(TestSeeds.seedOf(context), Defaults.referenceTime()), TestRun.class);
    }

    @SuppressWarnings("unchecked")
    private static long nextIndex(ExtensionContext context, Class<?> type) {
        Map<Class<?>, Long> next = context.getStore(NAMESPACE).getOrComputeIfAbsent(NEXT_INDEXES,
                key -> new HashMap<Class<?>, Long>(), Map.class);
        long index = next.getOrDefault(type, 0L);
        next.put(type, index + 1);
        return index;
    }

    private static <T> T generate(RecordMaker<T> maker, TestRun run, long index) {
        return Generator.of(maker, run.seed(), EntityModels.localeOf(maker))
                .withReferenceTime(run.referenceTime())
                .at(index);
    }
}
