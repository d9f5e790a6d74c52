package io.fixtura.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.model.FieldDecl;
import io.fixtura.processor.model.Shape;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code UserAnonymizer} for an entity with a {@code @Sensitive} field or a reference to
 * one: {@code with(key)}, then {@code anonymize(user)} for a new instance, and one method per
 * rewritten field for single values. The rules themselves are the runtime's {@code EntityRules},
 * built from the model, so instances, files and tables anonymize alike.
 */
public final class AnonymizerWriter {

    private static final ClassName KEY = ClassName.get("io.fixtura.runtime", "AnonymizationKey");
    private static final ClassName RULES = ClassName.get("io.fixtura.runtime.anonymize", "EntityRules");
    private static final ClassName DEFAULTS = ClassName.get("io.fixtura.runtime.generate", "Defaults");

    private final GeneratedFiles files;

    public AnonymizerWriter(GeneratedFiles files) {
        this.files = files;
    }

    static ClassName anonymizerName(ClassName entity) {
        return ClassName.get(entity.packageName(), String.join("_", entity.simpleNames()) + "Anonymizer");
    }

    /** Whether the entity has a field to anonymize: its own sensitive field, or a reference to one. */
    public static boolean applies(EntityDecl entity, Map<ClassName, EntityDecl> all) {
        return entity.fields().stream().anyMatch(f -> f.sensitive() != null || sensitiveTarget(f, all) != null);
    }

    public void write(EntityDecl entity, Map<ClassName, EntityDecl> all) {
        ClassName name = anonymizerName(entity.name());
        ClassName model = ModelWriter.modelName(entity.name());
        TypeName rules = ParameterizedTypeName.get(RULES, entity.name());
        Set<ClassName> targets = new LinkedHashSet<>();
        for (FieldDecl f : entity.fields()) {
            FieldDecl target = sensitiveTarget(f, all);
            if (target != null) {
                targets.add(ModelWriter.modelName(f.reference().target()));
            }
        }
        CodeBlock others = CodeBlock.join(targets.stream().map(t -> CodeBlock.of("$T.INSTANCE", t)).toList(), ", ");
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Anonymizes {@link $T}: its {@code @Sensitive} fields (and references to sensitive fields\n"
                        + "of other entities) are rewritten by their strategies under the key, the rest are copied.\n"
                        + "The same key gives the same output in every run and entity, so joins survive.\n\n"
                        + "<pre>{@code $T masked = $T.with(AnonymizationKey.fromEnvironment()).anonymize(x);}</pre>\n",
                        entity.name(), entity.name(), name)
                .addField(FieldSpec.builder(KEY, "key", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(rules, "rules", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(KEY, "key").addParameter(Instant.class, "referenceTime")
                        .addStatement("this.key = key")
                        .addStatement("this.rules = $T.of($T.INSTANCE, key, $T.of($L), referenceTime)", RULES, model,
                                List.class, others)
                        .build())
                .addMethod(MethodSpec.methodBuilder("with").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name).addParameter(KEY, "key")
                        .addJavadoc("An anonymizer keyed by {@code key}; there is no default key. Relative time bounds"
                                + "\n({@code now-18y}) are taken at the default reference time, as the model checks them.\n")
                        .addStatement("return new $T($T.requireNonNull(key, $S), $T.referenceTime())", name,
                                Objects.class, "key: there is no default anonymization key", DEFAULTS)
                        .build())
                .addMethod(MethodSpec.methodBuilder("withReferenceTime").addModifiers(Modifier.PUBLIC)
                        .returns(name).addParameter(Instant.class, "referenceTime")
                        .addJavadoc("This anonymizer with relative time bounds taken at {@code referenceTime}.\n")
                        .addStatement("return new $T(key, $T.requireNonNull(referenceTime, $S))", name, Objects.class,
                                "referenceTime")
                        .build())
                .addMethod(MethodSpec.methodBuilder("anonymize").addModifiers(Modifier.PUBLIC)
                        .returns(entity.name()).addParameter(entity.name(), "original")
                        .addJavadoc("A new {@code $T}: sensitive fields rewritten, the others copied; the result is\n"
                                + "checked against the model, and a strategy that cannot fit a field is an error.\n",
                                entity.name())
                        .addStatement("return rules.anonymize(original)").build())
                .addMethod(MethodSpec.methodBuilder("anonymize").addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), entity.name()))
                        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), entity.name()), "originals")
                        .addJavadoc("Each of {@code originals} anonymized, in order.\n")
                        .addStatement("return originals.stream().map(this::anonymize).toList()").build());
        for (FieldDecl f : entity.fields()) {
            if (f.sensitive() != null || sensitiveTarget(f, all) != null) {
                type.addMethod(single(f, entity));
            }
        }
        files.write(entity.name().packageName(), type, entity.element());
    }

    /** {@code workEmail(String)}: one value of the field anonymized as the field's values are. */
    private static MethodSpec single(FieldDecl f, EntityDecl entity) {
        TypeName fieldType = f.slot().type();
        String what = f.sensitive() != null ? "by its {@code @Sensitive(" + f.sensitive() + ")} strategy"
                : "as the sensitive field it references";
        return MethodSpec.methodBuilder(f.name()).addModifiers(Modifier.PUBLIC)
                .returns(fieldType).addParameter(fieldType, "original")
                .addJavadoc("A value of {@code $L} anonymized $L, as {@link #anonymize($T)} does.\n", f.name(), what,
                        entity.name())
                .addStatement("return ($T) rules.value($S, original)", fieldType.box(), f.name())
                .build();
    }

    /** The sensitive field a (scalar) reference points at, or null. */
    private static FieldDecl sensitiveTarget(FieldDecl f, Map<ClassName, EntityDecl> all) {
        if (f.reference() == null || !f.reference().isResolved() || f.slot().shape() instanceof Shape.Entity) {
            return null;
        }
        EntityDecl target = all.get(f.reference().target());
        FieldDecl targetField = target == null ? null : target.field(f.reference().targetField());
        return targetField != null && targetField.sensitive() != null ? targetField : null;
    }
}
