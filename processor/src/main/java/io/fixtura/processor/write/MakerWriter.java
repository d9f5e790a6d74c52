package io.fixtura.processor.write;

import static io.fixtura.processor.write.FactoryWriter.CAPACITY;
import static io.fixtura.processor.write.FactoryWriter.CONTEXT;
import static io.fixtura.processor.write.FactoryWriter.GENERATE;
import static io.fixtura.processor.write.FactoryWriter.RECORD_MAKER;
import static io.fixtura.processor.write.FactoryWriter.constantName;
import static io.fixtura.processor.write.FactoryWriter.factoryName;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.model.FieldDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the factory's nested {@code Maker}: the runtime's handle on the entity — its type and
 * stream key, how to make record {@code i}, the capacity its unique fields allow, and its fields
 * with their specs plus a way to assemble an instance from values (for edge and invalid cases).
 */
final class MakerWriter {

    private MakerWriter() {
    }

    /** The maker's field descriptions and its way to build an instance from given values. */
    private static void addSlots(TypeSpec.Builder maker, EntityDecl entity) {
        ClassName slot = ClassName.get(GENERATE, "FieldSlot");
        TypeName slots = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(slot, com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)));
        List<CodeBlock> entries = new ArrayList<>();
        MethodSpec.Builder assemble = MethodSpec.methodBuilder("assemble").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(entity.name()).addParameter(Object[].class, "values");
        boolean unchecked = false;
        for (int i = 0; i < entity.fields().size(); i++) {
            FieldDecl f = entity.fields().get(i);
            String constant = constantName(null, f.name());
            TypeName boxed = f.slot().type().isPrimitive() ? f.slot().type().box() : f.slot().type();
            // spelled out, not <>: javac infers a diamond inside List.of per overload it tries
            entries.add(CodeBlock.of("new $T<$T>($S, $N_KEY, $N_SPEC, $L)", slot, boxed, f.name(), constant,
                    constant, f.nullable()));
            unchecked |= boxed instanceof ParameterizedTypeName;
            assemble.addStatement("$T $N = ($T) values[$L]", f.slot().type(), Construct.local(f.name()), boxed, i);
        }
        if (unchecked) {
            assemble.addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked").build());
        }
        assemble.addCode(Construct.returning(entity.name(), entity.construction()));
        maker.addField(FieldSpec.builder(slots, "SLOTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of(\n$>$L$<)", List.class, CodeBlock.join(entries, ",\n")).build())
                .addMethod(MethodSpec.methodBuilder("slots").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(slots).addStatement("return SLOTS").build())
                .addMethod(assemble.build());
    }

    static TypeSpec maker(EntityDecl entity, Set<String> unique) {
        CodeBlock.Builder capacity = CodeBlock.builder().add("$T.UNBOUNDED", CAPACITY);
        for (FieldDecl f : entity.fields()) {
            if (unique.contains(f.name())) {
                capacity.add("\n        .limit($S, $N_SPEC.capacity(referenceTime))", f.name(),
                        constantName(null, f.name()));
            }
        }
        ClassName capacityAt = CAPACITY.nestedClass("At");
        TypeName classOf = ParameterizedTypeName.get(ClassName.get(Class.class), entity.name());
        TypeSpec.Builder maker = TypeSpec.classBuilder("Maker");
        addSlots(maker, entity);
        if (!entity.locale().isEmpty()) {
            maker.addMethod(MethodSpec.methodBuilder("locale").addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC).returns(Locale.class)
                    .addStatement("return LOCALE").build());
        }
        return maker
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RECORD_MAKER, entity.name()))
                .addMethod(MethodSpec.methodBuilder("type").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(classOf)
                        .addStatement("return $T.class", entity.name()).build())
                .addMethod(MethodSpec.methodBuilder("entityKey").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(long.class)
                        .addStatement("return ENTITY_STREAM").build())
                .addMethod(MethodSpec.methodBuilder("make").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(entity.name())
                        .addParameter(CONTEXT, "ctx").addParameter(long.class, "index")
                        .addStatement("return $T.newRecord(ctx, index)", factoryName(entity.name())).build())
                // references ask for the capacity of their parent on every record: kept per reference time
                .addField(FieldSpec.builder(capacityAt, "capacity", Modifier.PRIVATE, Modifier.VOLATILE).build())
                .addMethod(MethodSpec.methodBuilder("capacity").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(CAPACITY)
                        .addParameter(java.time.Instant.class, "referenceTime")
                        .addStatement("$T known = capacity", capacityAt)
                        .beginControlFlow("if (known == null || !known.referenceTime().equals(referenceTime))")
                        .addStatement("known = new $T(referenceTime, $L)", capacityAt, capacity.build())
                        .addStatement("capacity = known")
                        .endControlFlow()
                        .addStatement("return known.capacity()").build())
                .build();
    }
}
