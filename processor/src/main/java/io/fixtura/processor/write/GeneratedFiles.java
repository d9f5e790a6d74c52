package io.fixtura.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What every generated file carries, applied in one place: {@code @Generated} with the
 * processor's name (no timestamp), the originating element, no java.lang imports.
 */
public final class GeneratedFiles {

    static final String PROCESSOR = "io.fixtura.processor.FixturaProcessor";

    private final Filer filer;

    public GeneratedFiles(Filer filer) {
        this.filer = filer;
    }

    /** Writes {@code type} into {@code packageName}, originating from {@code origin}. */
    void write(String packageName, TypeSpec.Builder type, TypeElement origin) {
        type.addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                        .addMember("value", "$S", PROCESSOR)
                        .build())
                .addOriginatingElement(origin);
        TypeSpec spec = type.build();
        JavaFile file = JavaFile.builder(packageName, spec)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        String name = packageName.isEmpty() ? spec.name() : packageName + "." + spec.name();
        // rendered whole first: the Filer's writer encodes each small piece JavaPoet appends separately
        String text = file.toString();
        Element[] origins = spec.originatingElements().toArray(new Element[0]);
        try (Writer out = filer.createSourceFile(name, origins).openWriter()) {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + name, e);
        }
    }
}
