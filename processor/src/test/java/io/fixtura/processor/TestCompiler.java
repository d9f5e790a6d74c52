package io.fixtura.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Compiles sources with the processor, as a user's build would, and loads what came out (classes
 * and resources) so tests can run the generated code.
 */
public final class TestCompiler {

    private TestCompiler() {
    }

    /** A source file from its fully qualified name and text. */
    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    /** Compiles with the processor on the test class path. */
    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new FixturaProcessor()).withOptions("-parameters").compile(sources);
    }

    /** Compiles with the processor, extra class path entries first (the "domain compiled earlier" case). */
    static Compilation compileWith(List<File> classPath, JavaFileObject... sources) {
        List<File> path = new ArrayList<>(classPath);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            path.add(new File(entry));
        }
        return javac().withProcessors(new FixturaProcessor()).withClasspath(path).compile(sources);
    }

    /** Compiles without the processor (a domain module's main code), into a fresh directory. */
    static Path compileDomain(boolean parameters, JavaFileObject... sources) {
        Compilation c = parameters ? javac().withOptions("-parameters", "-proc:none").compile(sources)
                : javac().withOptions("-proc:none").compile(sources);
        assertThat(c.status()).as(c.diagnostics().toString()).isEqualTo(Compilation.Status.SUCCESS);
        try {
            Path dir = Files.createTempDirectory("fixtura-domain");
            for (JavaFileObject f : c.generatedFiles()) {
                if (f.getKind() == JavaFileObject.Kind.CLASS) {
                    String path = f.toUri().getPath();
                    String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
                    Path target = dir.resolve(relative);
                    Files.createDirectories(target.getParent());
                    try (InputStream in = f.openInputStream()) {
                        Files.copy(in, target);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts success and loads the compiled classes (over {@code extra} class path directories). */
    public static ClassLoader load(Compilation compilation, Path... extra) {
        assertThat(compilation.status()).as(compilation.diagnostics().toString())
                .isEqualTo(Compilation.Status.SUCCESS);
        Map<String, byte[]> classes = new HashMap<>();
        Map<String, byte[]> resources = new HashMap<>();
        for (JavaFileObject f : compilation.generatedFiles()) {
            String path = f.toUri().getPath();
            int at = path.indexOf("/" + StandardLocation.CLASS_OUTPUT.name() + "/");
            if (at < 0) {
                continue;
            }
            String relative = path.substring(at + StandardLocation.CLASS_OUTPUT.name().length() + 2);
            try (InputStream in = f.openInputStream()) {
                byte[] bytes = in.readAllBytes();
                if (relative.endsWith(".class")) {
                    classes.put(relative.substring(0, relative.length() - 6).replace('/', '.'), bytes);
                } else {
                    resources.put(relative, bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ClassLoader parent = TestCompiler.class.getClassLoader();
        if (extra.length > 0) {
            URL[] urls = new URL[extra.length];
            for (int i = 0; i < extra.length; i++) {
                try {
                    urls[i] = extra[i].toUri().toURL();
                } catch (java.net.MalformedURLException e) {
                    throw new IllegalArgumentException(e);
                }
            }
            parent = new java.net.URLClassLoader(urls, parent);
        }
        return new MemoryClassLoader(classes, resources, parent);
    }

    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;
        private final Map<String, byte[]> resources;

        MemoryClassLoader(Map<String, byte[]> classes, Map<String, byte[]> resources, ClassLoader parent) {
            super(parent);
            this.classes = classes;
            this.resources = resources;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        protected URL findResource(String name) {
            byte[] bytes = resources.get(name);
            if (bytes == null) {
                return null;
            }
            try {
                return new URL(null, "memory:/" + name, new java.net.URLStreamHandler() {
                    @Override
                    protected java.net.URLConnection openConnection(URL u) {
                        return new java.net.URLConnection(u) {
                            @Override
                            public void connect() {
                            }

                            @Override
                            public InputStream getInputStream() {
                                return new java.io.ByteArrayInputStream(bytes);
                            }
                        };
                    }
                });
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected java.util.Enumeration<URL> findResources(String name) {
            URL url = findResource(name);
            return java.util.Collections.enumeration(url == null ? List.of() : List.of(url));
        }
    }

    /** The text of the generated source file of {@code qualifiedName}, line ends normalized to {@code \n}. */
    static String generatedText(Compilation compilation, String qualifiedName) {
        JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName + " in "
                        + compilation.generatedSourceFiles().stream().map(JavaFileObject::getName).toList()));
        try {
            return file.getCharContent(true).toString().replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A static field's value on a loaded class (a generated model's {@code INSTANCE}, a domain counter). */
    static Object staticField(ClassLoader loader, String className, String field) {
        try {
            return loader.loadClass(className).getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls a static method by name on a loaded class. */
    static Object call(ClassLoader loader, String className, String method, Object... args) {
        try {
            Class<?> type = loader.loadClass(className);
            for (java.lang.reflect.Method m : type.getMethods()) {
                if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                    return m.invoke(null, args);
                }
            }
            throw new IllegalArgumentException("no method " + method + " with " + args.length + " args in " + className);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
        }
    }
}
