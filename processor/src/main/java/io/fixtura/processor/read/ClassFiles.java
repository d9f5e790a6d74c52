package io.fixtura.processor.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the class file of a class-path type and reads its fields' type annotations, which the
 * JDK 17 compiler does not show on type arguments (JDK-8225377). Types compiled from source in
 * this compilation have no class file yet and give nothing.
 */
final class ClassFiles {

    private final Filer filer;
    private final Elements elements;
    private final io.fixtura.processor.check.Diagnostics diagnostics;
    private final Map<String, Map<String, List<ClassFileTypeAnnotations.TypeAnnotation>>> cache = new HashMap<>();

    ClassFiles(Filer filer, Elements elements, io.fixtura.processor.check.Diagnostics diagnostics) {
        this.filer = filer;
        this.elements = elements;
        this.diagnostics = diagnostics;
    }

    /** The type annotations of field {@code field} of {@code type}, or an empty list. */
    List<ClassFileTypeAnnotations.TypeAnnotation> fieldAnnotations(TypeElement type, String field) {
        String binary = elements.getBinaryName(type).toString();
        return cache.computeIfAbsent(binary, b -> read(type, b)).getOrDefault(field, List.of());
    }

    private Map<String, List<ClassFileTypeAnnotations.TypeAnnotation>> read(TypeElement type, String binary) {
        PackageElement pkg = elements.getPackageOf(type);
        String packageName = pkg.getQualifiedName().toString();
        String relative = (packageName.isEmpty() ? binary : binary.substring(packageName.length() + 1)) + ".class";
        InputStream in;
        try {
            FileObject file = filer.getResource(StandardLocation.CLASS_PATH, packageName, relative);
            in = file.openInputStream();
        } catch (IOException | IllegalArgumentException e) {
            return Map.of(); // compiled from source in this compilation: javac shows its type annotations
        }
        try (in) {
            return ClassFileTypeAnnotations.readFields(in);
        } catch (IOException e) {
            diagnostics.warning(type, "cannot read the type annotations of " + binary + " from its class file ("
                    + e.getMessage() + "); constraints on its collection elements are not applied");
            return Map.of();
        }
    }
}
