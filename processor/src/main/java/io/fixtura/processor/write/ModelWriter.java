package io.fixtura.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.fixtura.processor.kinds.ValueKind;
import io.fixtura.processor.model.Access;
import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.model.FieldDecl;
import io.fixtura.processor.model.ReferenceDecl;
import io.fixtura.processor.model.Shape;
import io.fixtura.processor.model.Slot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code UserModel}: the entity's metadata for the runtime — table, fields with columns,
 * SQL types, constraints and read access, key, references and a schema fingerprint — as one
 * {@code INSTANCE}, listed for {@link java.util.ServiceLoader}.
 */
public final class ModelWriter {

    static final ClassName ENTITY_MODEL = ClassName.get("io.fixtura.runtime", "EntityModel");
    static final ClassName FIELD_MODEL = ClassName.get("io.fixtura.runtime", "FieldModel");
    static final ClassName REFERENCE = ClassName.get("io.fixtura.runtime", "Reference");
    static final ClassName SENSITIVE = ClassName.get("io.fixtura.annotations", "Sensitive");

    private final GeneratedFiles files;

    public ModelWriter(GeneratedFiles files) {
        this.files = files;
    }

    public static ClassName modelName(ClassName entity) {
        return ClassName.get(entity.packageName(), String.join("_", entity.simpleNames()) + "Model");
    }

    public void write(EntityDecl entity, Map<ClassName, EntityDecl> known) {
        ClassName model = modelName(entity.name());
        ClassName e = entity.name();
        TypeName fieldModel = ParameterizedTypeName.get(FIELD_MODEL, e);
        List<CodeBlock> fields = new ArrayList<>();
        for (FieldDecl f : entity.fields()) {
            fields.add(field(e, f, known, Uniqueness.of(entity)));
        }
        List<CodeBlock> references = new ArrayList<>();
        for (FieldDecl f : entity.fields()) {
            ReferenceDecl r = f.reference();
            if (r != null && r.isResolved()) {
                references.add(CodeBlock.of("new $T($S, $T.class, $S, $S)", REFERENCE, f.name(), r.target(),
                        r.targetTable(), r.targetField()));
            }
        }
        CodeBlock keys = CodeBlock.join(entity.key().stream().map(k -> CodeBlock.of("$S", k)).toList(), ", ");
        TypeSpec.Builder type = TypeSpec.classBuilder(model)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(ENTITY_MODEL, e))
                .addJavadoc("What the runtime knows of {@link $T}: table {@code $L}, its columns, constraints and keys.\n"
                        + "<pre>{@code List<Violation> problems = $T.INSTANCE.validate(entity);}</pre>\n",
                        e, entity.table(), model)
                .addField(FieldSpec.builder(model, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", model).build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), fieldModel),
                                "FIELDS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of(\n$>$L$<)", List.class, CodeBlock.join(fields, ",\n")).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("For {@link java.util.ServiceLoader}; use {@link #INSTANCE}.\n").build())
                .addMethod(getter("type", ParameterizedTypeName.get(ClassName.get(Class.class), e),
                        CodeBlock.of("$T.class", e)))
                .addMethod(getter("table", ClassName.get(String.class), CodeBlock.of("$S", entity.table())))
                .addMethod(getter("maker", ParameterizedTypeName.get(FactoryWriter.RECORD_MAKER, e),
                        CodeBlock.of("$T.MAKER", FactoryWriter.factoryName(e))))
                .addMethod(getter("fields", ParameterizedTypeName.get(ClassName.get(List.class), fieldModel),
                        CodeBlock.of("FIELDS")))
                .addMethod(getter("key", ParameterizedTypeName.get(List.class, String.class),
                        CodeBlock.of("$T.of($L)", List.class, keys)))
                .addMethod(getter("references", ParameterizedTypeName.get(ClassName.get(List.class), REFERENCE),
                        CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(references, ", "))))
                .addMethod(getter("fingerprint", ClassName.get(String.class),
                        CodeBlock.of("$S", fingerprint(entity, fields))));
        if (!entity.uniqueTogether().isEmpty()) {
            List<CodeBlock> groups = entity.uniqueTogether().stream()
                    .map(g -> CodeBlock.of("$T.of($L)", List.class,
                            CodeBlock.join(g.stream().map(n -> CodeBlock.of("$S", n)).toList(), ", ")))
                    .toList();
            type.addMethod(getter("uniqueTogether",
                    ParameterizedTypeName.get(ClassName.get(List.class),
                            ParameterizedTypeName.get(List.class, String.class)),
                    CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(groups, ", "))));
        }
        files.write(e.packageName(), type, entity.element());
    }

    private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(type).addStatement("return $L", value).build();
    }

    private CodeBlock field(ClassName owner, FieldDecl f, Map<ClassName, EntityDecl> known, Set<String> unique) {
        Slot columnSlot = f.slot();
        TypeName javaType = erasure(f.slot().type());
        CodeBlock reader = reader(owner, f.access());
        if (f.slot().shape() instanceof Shape.Entity entity && f.reference() != null && f.reference().isResolved()) {
            EntityDecl target = known.get(entity.name());
            FieldDecl key = target == null ? null : target.field(f.reference().targetField());
            if (key != null) {
                columnSlot = key.slot();
                javaType = erasure(key.slot().type()).box();
                String held = f.access().on("entity");
                reader = CodeBlock.of("($T entity) -> $L == null ? null : $L", owner, held,
                        key.access().on(held));
            }
        }
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T.<$T>of($S, $T.class, $L)", FIELD_MODEL, owner, f.name(), javaType, reader)
                .add("\n        .column($S).sqlType($L)", f.column(), SqlTypeCode.of(columnSlot, unique.contains(f.name())));
        if (!f.nullable()) {
            code.add(".notNull()");
        }
        if (f.key()) {
            code.add(".key()");
        }
        if (f.unique()) {
            code.add(".unique()");
        }
        List<CodeBlock> constraints = ConstraintCode.of(f.slot(), f.unique());
        if (!constraints.isEmpty()) {
            code.add("\n        .constraints($L)", CodeBlock.join(constraints, ", "));
        }
        if (f.sensitive() != null) {
            code.add("\n        .sensitive($T.Strategy.$L, $L)", SENSITIVE, f.sensitive(), kind(f));
        }
        ReferenceDecl r = f.reference();
        if (r != null && r.isResolved()) {
            code.add("\n        .references(new $T($S, $T.class, $S, $S))", REFERENCE, f.name(), r.target(),
                    r.targetTable(), r.targetField());
        }
        Shape.Nested nested = nestedOf(f.slot().shape());
        if (nested != null) {
            List<CodeBlock> inner = new ArrayList<>();
            for (FieldDecl n : nested.fields()) {
                inner.add(field(nested.name(), n, known, n.unique() ? Set.of(n.name()) : Set.of()));
            }
            code.add("\n        .nested($T.of(\n$>$>$L$<$<))", List.class, CodeBlock.join(inner, ",\n"));
        }
        return code.build();
    }

    /** The runtime kind a sensitive text field's fakes are drawn from, or {@code null}. */
    private static CodeBlock kind(FieldDecl f) {
        ValueKind kind = f.slot().constraints().email() ? ValueKind.EMAIL : f.kind();
        return kind == null || kind.group() != ValueKind.Group.STRING ? CodeBlock.of("null")
                : CodeBlock.of("$T.$L", ClassName.get("io.fixtura.runtime.values", "Kind"), kind.name());
    }

    private static Shape.Nested nestedOf(Shape shape) {
        if (shape instanceof Shape.Nested n) {
            return n;
        }
        if (shape instanceof Shape.Collection c) {
            return nestedOf(c.element().shape());
        }
        return shape instanceof Shape.Optional o ? nestedOf(o.value().shape()) : null;
    }

    private static CodeBlock reader(ClassName owner, Access access) {
        if (access.method()) {
            return CodeBlock.of("$T::$N", owner, access.name());
        }
        return CodeBlock.of("($T entity) -> entity.$N", owner, access.name());
    }

    private static TypeName erasure(TypeName type) {
        if (type instanceof ParameterizedTypeName p) {
            return p.rawType();
        }
        return type instanceof ArrayTypeName ? type : type;
    }

    /** SHA-256 of the table and the written field models: it changes exactly when the schema does. */
    private static String fingerprint(EntityDecl entity, List<CodeBlock> fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(entity.table().getBytes(StandardCharsets.UTF_8));
            sha.update(String.join(",", entity.key()).getBytes(StandardCharsets.UTF_8));
            sha.update(entity.uniqueTogether().toString().getBytes(StandardCharsets.UTF_8));
            for (CodeBlock f : fields) {
                // how a field is anonymized does not change what is stored, so it is left out
                String stored = f.toString().replaceAll("\\n\\s*\\.sensitive\\([^)]*\\)", "");
                sha.update(stored.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
