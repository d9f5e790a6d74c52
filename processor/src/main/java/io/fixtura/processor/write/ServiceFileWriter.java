package io.fixtura.processor.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Lists every generated model in {@code META-INF/services/io.fixtura.runtime.EntityModel}, once at
 * the end of processing, sorted, so the runtime finds each entity on a class path.
 */
public final class ServiceFileWriter {

    static final String PATH = "META-INF/services/io.fixtura.runtime.EntityModel";

    private final Filer filer;
    private final Map<String, TypeElement> models = new TreeMap<>();

    public ServiceFileWriter(Filer filer) {
        this.filer = filer;
    }

    public void add(String modelClass, TypeElement origin) {
        models.put(modelClass, origin);
    }

    public void writeIfAny() {
        if (models.isEmpty()) {
            return;
        }
        try {
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH,
                    models.values().toArray(new TypeElement[0]));
            try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                for (String model : models.keySet()) {
                    out.write(model);
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + PATH, e);
        }
    }
}
