package io.fixtura.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.annotation.processing.Filer;
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
        JavaFile file = JavaFile.builder(packageName, type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        try {
            file.writeTo(filer);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + packageName + "." + type.build().name(), e);
        }
    }
}
