package io.fixtura.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A processor that runs another one and adds up the time spent inside its calls — wall time and the
 * calling thread's CPU time — the way Gradle's annotation-processing report wraps processors. What
 * the processor does is unchanged; javac's own work on what it generates is not counted.
 */
final class TimedProcessor implements Processor {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Processor delegate;
    private long nanos;
    private long cpuNanos;

    TimedProcessor(Processor delegate) {
        this.delegate = delegate;
    }

    /** The time spent inside the delegate so far. */
    CompileCost.Timing spent() {
        return new CompileCost.Timing(nanos / 1e9, cpuNanos / 1e9);
    }

    private <T> T timed(Supplier<T> call) {
        long start = System.nanoTime();
        long startCpu = THREADS.getCurrentThreadCpuTime();
        try {
            return call.get();
        } finally {
            nanos += System.nanoTime() - start;
            cpuNanos += THREADS.getCurrentThreadCpuTime() - startCpu;
        }
    }

    @Override
    public Set<String> getSupportedOptions() {
        return timed(delegate::getSupportedOptions);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return timed(delegate::getSupportedAnnotationTypes);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return timed(delegate::getSupportedSourceVersion);
    }

    @Override
    public void init(ProcessingEnvironment env) {
        timed(() -> {
            delegate.init(env);
            return null;
        });
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return timed(() -> delegate.process(annotations, round));
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
            ExecutableElement member, String userText) {
        return timed(() -> delegate.getCompletions(element, annotation, member, userText));
    }
}
