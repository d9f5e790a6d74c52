package io.fixtura.bench;

import io.fixtura.processor.FixturaProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The processor's compile-time cost: writes 200 distinct entities, compiles them in-process with
 * {@code -proc:none} and with the Fixtura processor, several times each, alternating, and prints the
 * medians. Two figures come out of it:
 * <ul>
 *   <li>the processor's share: the time spent inside the processor's own calls ({@code init},
 *       {@code process}, …, writing its files included), timed as Gradle's annotation-processing
 *       report does, by wrapping the processor — target at most one second of CPU for the 200;</li>
 *   <li>the whole cost the processor adds to the build: the compile with it minus the compile
 *       without it, which also counts javac parsing, checking and compiling what it generates.</li>
 * </ul>
 * The first pair, with javac and the processor still cold, is printed apart. Any compile error
 * fails the program.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar io.fixtura.bench.CompileCost [runs]}</pre>
 */
public final class CompileCost {

    private static final int ENTITIES = 200;
    private static final double TARGET_SECONDS = 1.0;

    private CompileCost() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path root = Files.createTempDirectory("fixtura-compile-cost");
        try {
            Path sources = root.resolve("src");
            List<Path> files = new ArrayList<>();
            for (String[] file : EntitySources.all(ENTITIES)) {
                Path path = sources.resolve(file[0]);
                Files.createDirectories(path.getParent());
                files.add(Files.writeString(path, file[1], StandardCharsets.UTF_8));
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            System.out.println("compiling " + ENTITIES + " entities (" + files.size() + " files), " + runs
                    + " runs each way after a cold pair; seconds of wall time / of the compiling thread's CPU");
            Run coldPlain = compile(javac, files, root, false);
            Run coldProcessed = compile(javac, files, root, true);
            System.out.printf(Locale.ROOT, "cold: %s without the processor, %s with it (%s inside the processor)%n",
                    coldPlain.total(), coldProcessed.total(), coldProcessed.inProcessor());
            List<Run> plain = new ArrayList<>();
            List<Run> processed = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                plain.add(compile(javac, files, root, false));
                processed.add(compile(javac, files, root, true));
            }
            Timing without = Timing.median(plain.stream().map(Run::total).toList());
            Timing with = Timing.median(processed.stream().map(Run::total).toList());
            Timing inside = Timing.median(processed.stream().map(Run::inProcessor).toList());
            System.out.println("-proc:none:       " + plain.stream().map(Run::total).toList() + ", median " + without);
            System.out.println("with processor:   " + processed.stream().map(Run::total).toList() + ", median " + with);
            System.out.println("inside processor: " + processed.stream().map(Run::inProcessor).toList() + ", median "
                    + inside);
            System.out.printf(Locale.ROOT, "generated: %d files, %d lines%n", processed.get(0).generatedFiles(),
                    processed.get(0).generatedLines());
            System.out.printf(Locale.ROOT, "processor's share for %d entities (inside its calls): %.2f s wall, %.2f s"
                    + " CPU (%.1f ms per entity); target ≤ %.1f s: %s%n", ENTITIES, inside.wall(), inside.cpu(),
                    inside.cpu() * 1000 / ENTITIES, TARGET_SECONDS, inside.cpu() <= TARGET_SECONDS ? "met" : "MISSED");
            System.out.printf(Locale.ROOT, "compile time it adds in all (javac compiling the generated code too):"
                    + " %.2f s wall, %.2f s CPU%n", with.wall() - without.wall(), with.cpu() - without.cpu());
        } finally {
            delete(root);
        }
    }

    /**
     * Seconds of wall time and of CPU time of the thread javac runs on (which other processes on a
     * shared machine hardly change; GC and JIT threads are not counted).
     */
    record Timing(double wall, double cpu) {

        static final Timing ZERO = new Timing(0, 0);

        static Timing median(List<Timing> timings) {
            return new Timing(Report.median(timings.stream().map(Timing::wall).toList()),
                    Report.median(timings.stream().map(Timing::cpu).toList()));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f/%.2f", wall, cpu);
        }
    }

    /** One compile: its whole time, the part spent inside the processor, and what it generated. */
    private record Run(Timing total, Timing inProcessor, int generatedFiles, long generatedLines) {
    }

    /** One compile into a fresh output directory. Fails loudly on any error. */
    private static Run compile(JavaCompiler javac, List<Path> files, Path root, boolean processor)
            throws IOException {
        Path out = Files.createTempDirectory(root, processor ? "proc" : "plain");
        Path generated = Files.createDirectories(out.resolve("generated"));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", generated.toString(),
                "-classpath", System.getProperty("java.class.path"), "-nowarn"));
        if (!processor) {
            options.add("-proc:none");
        }
        TimedProcessor timed = new TimedProcessor(new FixturaProcessor());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        boolean ok;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            if (processor) {
                task.setProcessors(List.of(timed));
            }
            ok = task.call();
        }
        Timing total = new Timing((System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - startCpu) / 1e9);
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        if (!ok || !errors.isEmpty()) {
            errors.stream().limit(20).forEach(d -> System.err.println(d));
            throw new IllegalStateException("compile " + (processor ? "with" : "without") + " the processor failed: "
                    + errors.size() + " errors");
        }
        if (processor && !Files.exists(generated.resolve(EntitySources.PACKAGE.replace('.', '/') + "/"
                + EntitySources.name(ENTITIES - 1) + "Factory.java"))) {
            throw new IllegalStateException("the processor ran but generated no factory for "
                    + EntitySources.name(ENTITIES - 1));
        }
        int generatedFiles = 0;
        long generatedLines = 0;
        try (Stream<Path> paths = Files.walk(generated)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                generatedFiles++;
                generatedLines += Files.readAllLines(p, StandardCharsets.UTF_8).size();
            }
        }
        delete(out);
        return new Run(total, processor ? timed.spent() : Timing.ZERO, generatedFiles, generatedLines);
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
