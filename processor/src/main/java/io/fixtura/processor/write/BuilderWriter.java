package io.fixtura.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.model.FieldDecl;
import io.fixtura.processor.model.Shape;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code UserBuilder}: one method per field, named as the field, plus one taking the
 * referenced entity for each reference ({@code user(User)}); {@code build()} generates every field
 * not set, from the builder's own record stream, so the result is valid.
 */
public final class BuilderWriter {

    private final GeneratedFiles files;

    public BuilderWriter(GeneratedFiles files) {
        this.files = files;
    }

    static ClassName builderName(ClassName entity) {
        return ClassName.get(entity.packageName(), String.join("_", entity.simpleNames()) + "Builder");
    }

    public void write(EntityDecl entity) {
        ClassName builder = builderName(entity.name());
        ClassName factory = FactoryWriter.factoryName(entity.name());
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}: set what the test cares about; every field left unset is generated"
                        + " valid.\n<pre>{@code $T.builder()$L.build()}</pre>\n", entity.name(), factory,
                        example(entity))
                .addField(FactoryWriter.CONTEXT, "fixturaContext", Modifier.PRIVATE, Modifier.FINAL)
                .addField(long.class, "fixturaIndex", Modifier.PRIVATE, Modifier.FINAL);
        for (FieldDecl f : entity.fields()) {
            type.addField(FieldSpec.builder(f.slot().type(), f.name(), Modifier.PRIVATE).build());
            type.addField(FieldSpec.builder(boolean.class, f.name() + "Set", Modifier.PRIVATE).build());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(FactoryWriter.CONTEXT, "context").addParameter(long.class, "index")
                .addStatement("this.fixturaContext = context").addStatement("this.fixturaIndex = index").build());
        Set<String> signatures = new HashSet<>();
        entity.fields().forEach(f -> signatures.add(f.name() + "(" + f.slot().type() + ")"));
        for (FieldDecl f : entity.fields()) {
            type.addMethod(MethodSpec.methodBuilder(f.name()).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(f.slot().type(), f.name())
                    .addJavadoc("Sets {@code $N}$L.\n", f.name(), f.nullable() ? " (may be null)" : "")
                    .addStatement("this.$N = $N", f.name(), f.name())
                    .addStatement("this.$NSet = true", f.name())
                    .addStatement("return this").build());
        }
        for (FieldDecl f : entity.fields()) {
            if (f.reference() == null || !f.reference().isResolved() || f.slot().shape() instanceof Shape.Entity
                    || !signatures.add(f.reference().builderMethod() + "(" + f.reference().target() + ")")) {
                continue;
            }
            String param = "referenced";
            type.addMethod(MethodSpec.methodBuilder(f.reference().builderMethod()).addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(f.reference().target(), param)
                    .addJavadoc("Makes {@code $N} reference {@code $N}: sets it to its {@code $N}.\n", f.name(), param,
                            f.reference().targetField())
                    .addStatement("return $N($L)", f.name(), f.reference().targetAccess().on(param))
                    .build());
        }
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC)
                .returns(entity.name())
                .addJavadoc("The instance: the fields set here, and generated values for the rest.\n");
        for (FieldDecl f : entity.fields()) {
            build.addStatement("$T $N = $NSet ? this.$N : $T.$N(fixturaContext, fixturaIndex)", f.slot().type(),
                    Construct.local(f.name()), f.name(), f.name(), factory, f.name());
        }
        build.addCode(Construct.returning(entity.name(), entity.construction()));
        type.addMethod(build.build());
        files.write(entity.name().packageName(), type, entity.element());
    }

    private static String example(EntityDecl entity) {
        return entity.fields().isEmpty() ? "" : "." + entity.fields().get(entity.fields().size() - 1).name() + "(…)";
    }
}
