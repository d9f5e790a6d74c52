package io.fixtura.bench;

import io.fixtura.processor.FixturaProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * {@code -proc:none} and with the Fixtura processor (which also compiles what it generates), several
 * times each, alternating, and prints the median of each and their difference — the processor's
 * share, target at most one second for the 200. The first pair, with javac and the processor still
 * cold, is printed apart. Any compile error fails the program.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar io.fixtura.bench.CompileCost [runs]}</pre>
 */
public final class CompileCost {

    private static final int ENTITIES = 200;
    private static final double TARGET_SECONDS = 1.0;

    private CompileCost() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
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
                    + " runs each way after a cold pair");
            double coldPlain = compile(javac, files, root, false);
            double coldProcessed = compile(javac, files, root, true);
            System.out.printf(Locale.ROOT, "cold: %.2f s without the processor, %.2f s with it%n", coldPlain,
                    coldProcessed);
            List<Double> plain = new ArrayList<>();
            List<Double> processed = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                plain.add(compile(javac, files, root, false));
                processed.add(compile(javac, files, root, true));
            }
            double share = Report.median(processed) - Report.median(plain);
            System.out.printf(Locale.ROOT, "-proc:none: %s s, median %.2f s%n", seconds(plain), Report.median(plain));
            System.out.printf(Locale.ROOT, "processor:  %s s, median %.2f s%n", seconds(processed),
                    Report.median(processed));
            System.out.printf(Locale.ROOT, "processor share for %d entities: %.2f s (%.1f ms per entity); target ≤ %.1f s:"
                    + " %s%n", ENTITIES, share, share * 1000 / ENTITIES, TARGET_SECONDS,
                    share <= TARGET_SECONDS ? "met" : "MISSED");
        } finally {
            delete(root);
        }
    }

    /** One compile into a fresh output directory; seconds it took. Fails loudly on any error. */
    private static double compile(JavaCompiler javac, List<Path> files, Path root, boolean processor)
            throws IOException {
        Path out = Files.createTempDirectory(root, processor ? "proc" : "plain");
        Path generated = Files.createDirectories(out.resolve("generated"));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", generated.toString(),
                "-classpath", System.getProperty("java.class.path"), "-nowarn"));
        if (!processor) {
            options.add("-proc:none");
        }
        long start = System.nanoTime();
        boolean ok;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            if (processor) {
                task.setProcessors(List.of(new FixturaProcessor()));
            }
            ok = task.call();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
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
        delete(out);
        return seconds;
    }

    private static String seconds(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
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
