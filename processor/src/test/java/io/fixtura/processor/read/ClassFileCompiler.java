package io.fixtura.processor.read;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles test sources with the running JDK's compiler, or with another JDK's javac as a process. */
final class ClassFileCompiler {

    private ClassFileCompiler() {
    }

    /** The jar that holds {@code jakarta.validation.constraints}, for the class path of test compilations. */
    static Path jakartaJar() {
        try {
            return Path.of(NotBlank.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code sources} (path to text) under {@code root/src}, compiles them into {@code root/classes}. */
    static Path compile(Path root, Map<String, String> sources, List<Processor> processors, String... classPath)
            throws IOException {
        List<Path> files = write(root, sources);
        Path classes = Files.createDirectories(root.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", "UTF-8",
                    "-classpath", classPath(classPath)));
            if (processors.isEmpty()) {
                options.add("-proc:none");
            }
            JavaCompiler.CompilationTask task = compiler.getTask(messages, fm, null, options, null, units);
            task.setProcessors(processors);
            boolean ok = task.call();
            assertThat(ok).as("compilation failed:%n%s", messages).isTrue();
        }
        return classes;
    }

    /** Compiles {@code sources} with {@code javac} of another JDK, run as a process. */
    static Path compileWith(Path javac, Path root, Map<String, String> sources)
            throws IOException, InterruptedException {
        List<Path> files = write(root, sources);
        Path classes = Files.createDirectories(root.resolve("classes"));
        List<String> command = new ArrayList<>(List.of(javac.toString(), "-d", classes.toString(), "-encoding",
                "UTF-8", "-proc:none", "-classpath", classPath()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("javac finished").isTrue();
        assertThat(process.exitValue()).as("javac failed:%n%s", output).isZero();
        return classes;
    }

    static byte[] classBytes(Path classes, String binaryName) throws IOException {
        return Files.readAllBytes(classes.resolve(binaryName.replace('.', '/') + ".class"));
    }

    private static List<Path> write(Path root, Map<String, String> sources) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = root.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    private static String classPath(String... more) {
        List<String> entries = new ArrayList<>(List.of(more));
        entries.add(jakartaJar().toString());
        return String.join(java.io.File.pathSeparator, entries);
    }
}
