package io.fixtura.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.fixtura.processor.check.Diagnostics;
import io.fixtura.processor.check.Message;
import io.fixtura.processor.model.Constraints;
import io.fixtura.processor.model.ScalarType;
import io.fixtura.processor.model.Shape;
import io.fixtura.processor.model.Slot;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads a field's type into a {@link Slot}: its shape, recursively for collection elements, map
 * keys and values, optionals and nested values, each with the constraints declared on it — from
 * javac's type annotations, or from the class file where javac shows none.
 */
final class TypeReader {

    private final Elements elements;
    private final Annotations annotations;
    private final ConstraintReader constraints;
    private final ClassFiles classFiles;
    private final Diagnostics diagnostics;
    private final DeclarationReader declarations;

    TypeReader(Elements elements, Annotations annotations, ConstraintReader constraints, ClassFiles classFiles,
            Diagnostics diagnostics, DeclarationReader declarations) {
        this.elements = elements;
        this.annotations = annotations;
        this.constraints = constraints;
        this.classFiles = classFiles;
        this.diagnostics = diagnostics;
        this.declarations = declarations;
    }

    /** The slot of field {@code field} of {@code owner}; null when its type cannot be generated (reported). */
    Slot field(TypeElement owner, VariableElement field, List<TypeElement> nesting) {
        List<AnnotationData> declared = new ArrayList<>();
        for (AnnotationMirror m : field.getAnnotationMirrors()) {
            declared.add(AnnotationData.of(m, elements));
        }
        List<ClassFileTypeAnnotations.TypeAnnotation> fromClassFile =
                classFiles.fieldAnnotations(owner, field.getSimpleName().toString());
        return slot(field, field.getSimpleName().toString(), field.asType(), declared, fromClassFile, List.of(),
                nesting);
    }

    private Slot slot(VariableElement field, String name, TypeMirror type, List<AnnotationData> declared,
            List<ClassFileTypeAnnotations.TypeAnnotation> fromClassFile, List<ClassFileTypeAnnotations.PathStep> path,
            List<TypeElement> nesting) {
        Shape shape = shape(field, name, type, fromClassFile, path, nesting);
        if (shape == null) {
            return null;
        }
        Constraints c = constraints.read(field, name, shape, declared);
        return new Slot(plain(TypeName.get(type)), shape, c);
    }

    /** The type without its type annotations, which generated code must not repeat. */
    private static TypeName plain(TypeName type) {
        if (type instanceof ParameterizedTypeName p) {
            TypeName[] args = p.typeArguments().stream().map(TypeReader::plain).toArray(TypeName[]::new);
            return ParameterizedTypeName.get(p.rawType().withoutAnnotations(), args);
        }
        return type.withoutAnnotations();
    }

    private Shape shape(VariableElement field, String name, TypeMirror type,
            List<ClassFileTypeAnnotations.TypeAnnotation> fromClassFile, List<ClassFileTypeAnnotations.PathStep> path,
            List<TypeElement> nesting) {
        if (type.getKind().isPrimitive()) {
            return new Shape.Scalar(ScalarType.named(type.getKind().name().toLowerCase(java.util.Locale.ROOT)), true);
        }
        if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
            return new Shape.Scalar(ScalarType.BYTES, false);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return unsupported(field, name, type);
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String qualified = element.getQualifiedName().toString();
        ScalarType scalar = ScalarType.named(qualified);
        if (scalar != null) {
            return new Shape.Scalar(scalar, false);
        }
        if (element.getKind() == ElementKind.ENUM) {
            String unusable = Members.unusable(element, false);
            if (unusable != null) {
                diagnostics.error(field, Message.TYPE_NOT_USABLE, qualified, unusable);
                return null;
            }
            List<String> constants = element.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(e -> e.getSimpleName().toString())
                    .toList();
            return new Shape.Enum(ClassName.get(element), constants);
        }
        List<? extends TypeMirror> args = declared.getTypeArguments();
        switch (qualified) {
            case "java.util.List", "java.util.Collection", "java.util.Set" -> {
                Slot e = argument(field, name, args, 0, fromClassFile, path, nesting);
                return e == null ? null : new Shape.Collection(qualified.equals("java.util.Set")
                        ? Shape.CollectionKind.SET : Shape.CollectionKind.LIST, e);
            }
            case "java.util.Map" -> {
                Slot k = argument(field, name, args, 0, fromClassFile, path, nesting);
                Slot v = argument(field, name, args, 1, fromClassFile, path, nesting);
                return k == null || v == null ? null : new Shape.Map(k, v);
            }
            case "java.util.Optional" -> {
                Slot v = argument(field, name, args, 0, fromClassFile, path, nesting);
                return v == null ? null : new Shape.Optional(v);
            }
            default -> {
                // a value class or another entity
            }
        }
        if (annotations.fixtura(element, "TestEntity").isPresent()) {
            return new Shape.Entity(ClassName.get(element));
        }
        if (!args.isEmpty() || qualified.startsWith("java.") || qualified.startsWith("javax.")
                || element.getKind() == ElementKind.INTERFACE || nesting.contains(element)) {
            return unsupported(field, name, type);
        }
        return declarations.nested(element, field, nesting);
    }

    private Slot argument(VariableElement field, String name, List<? extends TypeMirror> args, int position,
            List<ClassFileTypeAnnotations.TypeAnnotation> fromClassFile, List<ClassFileTypeAnnotations.PathStep> path,
            List<TypeElement> nesting) {
        if (args.size() <= position) {
            diagnostics.error(field, Message.UNSUPPORTED_TYPE, name, "a raw collection type");
            return null;
        }
        TypeMirror arg = args.get(position);
        if (arg.getKind() != TypeKind.DECLARED && !(arg.getKind() == TypeKind.ARRAY)) {
            return unsupportedSlot(field, name, arg);
        }
        List<ClassFileTypeAnnotations.PathStep> argPath = new ArrayList<>(path);
        argPath.add(new ClassFileTypeAnnotations.PathStep(3, position));
        List<AnnotationData> declared = new ArrayList<>();
        for (AnnotationMirror m : arg.getAnnotationMirrors()) {
            declared.add(AnnotationData.of(m, elements));
        }
        if (declared.isEmpty()) {
            for (ClassFileTypeAnnotations.TypeAnnotation t : fromClassFile) {
                if (t.path().equals(argPath)) {
                    declared.add(AnnotationData.of(t.type(), t.values()));
                }
            }
        }
        return slot(field, name, arg, declared, fromClassFile, argPath, nesting);
    }

    private Slot unsupportedSlot(Element field, String name, TypeMirror type) {
        diagnostics.error(field, Message.UNSUPPORTED_TYPE, name, type);
        return null;
    }

    private Shape unsupported(Element field, String name, TypeMirror type) {
        diagnostics.error(field, Message.UNSUPPORTED_TYPE, name, type);
        return null;
    }
}
