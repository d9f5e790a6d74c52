package io.fixtura.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.fixtura.processor.check.Diagnostics;
import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.model.FieldDecl;
import io.fixtura.processor.model.Shape;
import io.fixtura.processor.model.Slot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code UserFactory}: the entry point a test types ({@code create}, {@code list},
 * {@code withSeed}, {@code builder}), one spec and one stream key per field, the method that makes
 * record {@code i}, and one method per field that the builder reuses for what it is not given.
 */
public final class FactoryWriter {

    static final String GENERATE = "io.fixtura.runtime.generate";
    static final ClassName DRAW = ClassName.get(GENERATE, "Draw");
    static final ClassName CONTEXT = ClassName.get(GENERATE, "GenerationContext");
    static final ClassName DEFAULTS = ClassName.get(GENERATE, "Defaults");
    static final ClassName RECORD_MAKER = ClassName.get(GENERATE, "RecordMaker");
    static final ClassName CAPACITY = ClassName.get(GENERATE, "Capacity");
    static final ClassName KEYS = ClassName.get("io.fixtura.runtime.random", "Keys");
    static final ClassName GENERATOR = ClassName.get("io.fixtura.runtime", "Generator");
    static final ClassName VALUE_SPEC = ClassName.get(SpecCode.VALUES, "ValueSpec");

    private final GeneratedFiles files;
    private final Diagnostics diagnostics;

    /** Indexes over the entities of one round (made once, not once per entity: rounds can hold thousands). */
    private java.util.Collection<EntityDecl> indexed;
    private Set<ClassName> generatedNames;
    private Map<ClassName, Set<String>> referencedNames;

    public FactoryWriter(GeneratedFiles files, Diagnostics diagnostics) {
        this.files = files;
        this.diagnostics = diagnostics;
    }

    /** Which entities get a factory, and which of each one's fields others reference by value. */
    private void index(java.util.Collection<EntityDecl> all) {
        if (all == indexed) {
            return;
        }
        generatedNames = new java.util.HashSet<>();
        referencedNames = new java.util.HashMap<>();
        for (EntityDecl other : all) {
            generatedNames.add(other.name());
            for (FieldDecl f : other.fields()) {
                if (f.reference() != null && f.reference().isResolved()
                        && !(f.slot().shape() instanceof Shape.Entity)) {
                    referencedNames.computeIfAbsent(f.reference().target(), t -> new java.util.HashSet<>())
                            .add(f.reference().targetField());
                }
            }
        }
        indexed = all;
    }

    static ClassName factoryName(ClassName entity) {
        return ClassName.get(entity.packageName(), String.join("_", entity.simpleNames()) + "Factory");
    }

    static String nestedMethod(ClassName nested) {
        return "new" + String.join("_", nested.simpleNames());
    }

    /** Plans every field's spec, reporting what cannot be generated; writes nothing. True when clean. */
    public boolean check(EntityDecl entity, java.util.Collection<EntityDecl> all) {
        int errorsBefore = diagnostics.errorCount();
        constants(entity, all, nested(entity));
        return diagnostics.errorCount() == errorsBefore;
    }

    /** Writes the factory of an entity that passed {@link #check}. */
    public void write(EntityDecl entity, java.util.Collection<EntityDecl> all) {
        ClassName factory = factoryName(entity.name());
        Map<ClassName, Shape.Nested> nested = nested(entity);
        List<FieldSpec> constants = constants(entity, all, nested);
        TypeSpec.Builder type = TypeSpec.classBuilder(factory)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Valid, reproducible {@link $T} instances: {@code $T.create()}, {@code list(n)},\n"
                        + "{@code withSeed(42).list(n)}, {@code builder()}.\n", entity.name(), factory);
        addConstants(type, entity, constants);
        addPublicApi(type, entity, factory);
        addMake(type, entity);
        for (FieldDecl f : entity.fields()) {
            type.addMethod(fieldMethod(f));
        }
        for (FieldDecl f : referencedFields(entity, all)) {
            type.addMethod(relatedFieldMethod(entity, f, false));
            type.addMethod(relatedFieldMethod(entity, f, true));
        }
        for (Shape.Nested n : nested.values()) {
            type.addMethod(nestedMethod(n));
        }
        type.addType(MakerWriter.maker(entity, Uniqueness.of(entity)));
        files.write(entity.name().packageName(), type, entity.element());
    }

    private static Map<ClassName, Shape.Nested> nested(EntityDecl entity) {
        Map<ClassName, Shape.Nested> nested = new LinkedHashMap<>();
        for (FieldDecl f : entity.fields()) {
            collectNested(f.slot(), nested);
        }
        return nested;
    }

    private List<FieldSpec> constants(EntityDecl entity, java.util.Collection<EntityDecl> all,
            Map<ClassName, Shape.Nested> nested) {
        index(all);
        SpecCode specs = new SpecCode(diagnostics, factoryName(entity.name()), generatedNames);
        Set<String> unique = Uniqueness.of(entity);
        List<FieldSpec> constants = new ArrayList<>();
        for (FieldDecl f : entity.fields()) {
            boolean isUnique = unique.contains(f.name());
            constants.addAll(fieldConstants(constantName(null, f.name()), f,
                    specFor(specs, f, isUnique, generatedNames)));
        }
        for (Shape.Nested n : nested.values()) {
            for (FieldDecl f : n.fields()) {
                constants.addAll(fieldConstants(constantName(n.name(), f.name()), f,
                        specs.field(f, f.unique())));
            }
        }
        return constants;
    }

    /**
     * A field's spec; a reference takes the referenced field of a parent record: a random one among
     * the parents, or, when the reference must be unique (one-to-one), the parent with the same index.
     */
    private CodeBlock specFor(SpecCode specs, FieldDecl f, boolean unique, Set<ClassName> generated) {
        if (f.reference() != null && f.reference().isResolved() && !(f.slot().shape() instanceof Shape.Entity)
                && generated.contains(f.reference().target())) {
            return CodeBlock.of("$T::$N", factoryName(f.reference().target()),
                    relatedMethod(f.reference().targetField(), unique));
        }
        return specs.field(f, unique);
    }

    static String relatedMethod(String field, boolean sameIndex) {
        return (sameIndex ? "matching" : "related") + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** The fields of {@code entity} that a scalar reference of some entity points at, in field order. */
    private List<FieldDecl> referencedFields(EntityDecl entity, java.util.Collection<EntityDecl> all) {
        index(all);
        Set<String> names = referencedNames.getOrDefault(entity.name(), Set.of());
        return entity.fields().stream().filter(f -> names.contains(f.name())).toList();
    }

    private static MethodSpec relatedFieldMethod(EntityDecl entity, FieldDecl f, boolean sameIndex) {
        TypeName boxed = f.slot().type().isPrimitive() ? f.slot().type().box() : f.slot().type();
        MethodSpec.Builder method = MethodSpec.methodBuilder(relatedMethod(f.name(), sameIndex))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boxed).addParameter(DRAW, "d");
        if (sameIndex) {
            return method.addJavadoc("For generated code of entities that reference {@code $T.$N} one to one: its"
                            + " value in the record with the same index as the referencing record.\n",
                            entity.name(), f.name())
                    .addStatement("return $N(contextFrom(d.context()), d.index())", f.name())
                    .build();
        }
        return method.addJavadoc("For generated code of entities that reference {@code $T.$N}: its value in the"
                        + " record a reference drawn from {@code d} points at, without making that record.\n",
                        entity.name(), f.name())
                .addStatement("long parent = d.context().parentIndex(d, MAKER.capacity(d.context().referenceTime()).count())")
                .addStatement("return $N(contextFrom(d.context()), parent)", f.name())
                .build();
    }

    private static void collectNested(Slot slot, Map<ClassName, Shape.Nested> out) {
        Shape shape = slot.shape();
        if (shape instanceof Shape.Nested n && !out.containsKey(n.name())) {
            out.put(n.name(), n);
            n.fields().forEach(f -> collectNested(f.slot(), out));
        } else if (shape instanceof Shape.Collection c) {
            collectNested(c.element(), out);
        } else if (shape instanceof Shape.Map m) {
            collectNested(m.key(), out);
            collectNested(m.value(), out);
        } else if (shape instanceof Shape.Optional o) {
            collectNested(o.value(), out);
        }
    }

    static String constantName(ClassName nested, String field) {
        String base = io.fixtura.processor.read.Names.snakeCase(field).toUpperCase(Locale.ROOT);
        return nested == null ? base
                : String.join("_", nested.simpleNames()).toUpperCase(Locale.ROOT) + "__" + base;
    }

    private static List<FieldSpec> fieldConstants(String name, FieldDecl f, CodeBlock spec) {
        if (spec == null) {
            return List.of();
        }
        TypeName boxed = f.slot().type().isPrimitive() ? f.slot().type().box() : f.slot().type();
        return List.of(
                FieldSpec.builder(long.class, name + "_KEY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of($S)", KEYS, f.name())
                        .build(),
                FieldSpec.builder(ParameterizedTypeName.get(VALUE_SPEC, boxed), name + "_SPEC", Modifier.PRIVATE,
                                Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", spec)
                        .build());
    }

    private static void addConstants(TypeSpec.Builder type, EntityDecl entity, List<FieldSpec> constants) {
        CodeBlock locale = entity.locale().isEmpty() ? CodeBlock.of("$T.locale()", DEFAULTS)
                : CodeBlock.of("$T.forLanguageTag($S)", Locale.class, entity.locale());
        type.addField(FieldSpec.builder(Locale.class, "LOCALE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(locale).build())
                .addField(FieldSpec.builder(long.class, "ENTITY_STREAM", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.of($S)", KEYS, entity.name().canonicalName()).build())
                .addField(FieldSpec.builder(java.util.concurrent.atomic.AtomicLong.class, "NEXT_INDEX",
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", java.util.concurrent.atomic.AtomicLong.class).build());
        constants.forEach(type::addField);
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(RECORD_MAKER, entity.name()), "MAKER",
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("new Maker()").build());
    }

    private static void addPublicApi(TypeSpec.Builder type, EntityDecl entity, ClassName factory) {
        ClassName e = entity.name();
        TypeName generator = ParameterizedTypeName.get(GENERATOR, e);
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), e);
        TypeName stream = ParameterizedTypeName.get(ClassName.get(java.util.stream.Stream.class), e);
        ClassName builder = BuilderWriter.builderName(e);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("create").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(e)
                        .addJavadoc("A valid {@code $T} from the current seed ({@code -Dfixtura.seed}); each call gives"
                                + " the next record.\n", e)
                        .addStatement("return generator().at($T.nextIndex(ENTITY_STREAM, NEXT_INDEX, 1))", DEFAULTS).build())
                .addMethod(MethodSpec.methodBuilder("list").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(list).addParameter(int.class, "count")
                        .addJavadoc("{@code count} valid, distinct records from the current seed.\n")
                        .addStatement("return generator().list($T.nextIndex(ENTITY_STREAM, NEXT_INDEX, count), count)", DEFAULTS).build())
                .addMethod(MethodSpec.methodBuilder("stream").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(stream)
                        .addJavadoc("Records 0, 1, 2, … of the current seed, lazily; limit it.\n")
                        .addStatement("return generator().stream()").build())
                .addMethod(MethodSpec.methodBuilder("withSeed").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(generator).addParameter(long.class, "seed")
                        .addJavadoc("A reproducible generator: {@code withSeed(42).list(100)} is the same on every"
                                + " run.\n")
                        .addStatement("return $T.of(MAKER, seed, LOCALE)", GENERATOR).build())
                .addMethod(MethodSpec.methodBuilder("generator").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(generator)
                        .addJavadoc("The generator of the current seed ({@code -Dfixtura.seed}, else one per JVM).\n")
                        .addStatement("return withSeed($T.seed())", DEFAULTS).build())
                .addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addJavadoc("A builder: set what matters to the test, the rest is generated valid.\n"
                                + "{@code $T.builder().$N(…).build()}\n", factory,
                                entity.fields().isEmpty() ? "build" : entity.fields().get(0).name())
                        .addStatement("return new $T(contextFrom(null), $T.nextIndex(ENTITY_STREAM, NEXT_INDEX, 1))", builder, DEFAULTS)
                        .build())
                .addMethod(MethodSpec.methodBuilder("edgeCases").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(list)
                        .addJavadoc("Valid instances that together carry every edge value of every field (boundaries,"
                                + " empty and maximal\nlengths, awkward characters, calendar corners, null where"
                                + " nullable), each mixing edges of several fields.\n")
                        .addStatement("return $T.values(MAKER, contextFrom(null))",
                                ClassName.get("io.fixtura.runtime.cases", "EdgeCases"))
                        .build())
                .addMethod(MethodSpec.methodBuilder("edgeCaseCoverage").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ClassName.get("io.fixtura.runtime", "EdgeCoverage"))
                        .addJavadoc("Which edge values of each field {@link #edgeCases()} carries.\n")
                        .addStatement("return $T.of(MAKER, $T.INSTANCE, contextFrom(null))",
                                ClassName.get("io.fixtura.runtime", "EdgeCoverage"), ModelWriter.modelName(e))
                        .build())
                .addMethod(MethodSpec.methodBuilder("invalidCases").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class),
                                ParameterizedTypeName.get(ClassName.get("io.fixtura.runtime", "Invalid"), e)))
                        .addJavadoc("For negative tests: for each constraint of each field, a {@code $T} that breaks"
                                + " exactly that constraint,\ntagged with the field, the constraint and the value.\n", e)
                        .addStatement("return $T.of(MAKER, $T.INSTANCE, contextFrom(null))",
                                ClassName.get("io.fixtura.runtime.cases", "InvalidCases"), ModelWriter.modelName(e))
                        .build())
                .addMethod(MethodSpec.methodBuilder("related").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(e).addParameter(DRAW, "d")
                        .addJavadoc("For generated code of entities that reference {@code $T}: the record a"
                                + " reference drawn from {@code d} points at (its parent as the context's links"
                                + " choose).\n", e)
                        .addStatement("long parent = d.context().parentIndex(d,"
                                + " MAKER.capacity(d.context().referenceTime()).count())")
                        .addStatement("return newRecord(contextFrom(d.context()), parent)").build())
                .addMethod(MethodSpec.methodBuilder("contextFrom").addModifiers(Modifier.STATIC)
                        .returns(CONTEXT).addParameter(CONTEXT, "other")
                        .addJavadoc("This entity's context with the seed, time and null rate of {@code other}"
                                + " (the defaults when null), one referenced-record step further.\n")
                        .beginControlFlow("if (other == null)")
                        .addStatement("return new $T($T.seed(), ENTITY_STREAM, $T.referenceTime(), LOCALE, $T.NULL_RATE)",
                                CONTEXT, DEFAULTS, DEFAULTS, DEFAULTS)
                        .endControlFlow()
                        .addStatement("return other.related(ENTITY_STREAM, $L)",
                                entity.locale().isEmpty() ? "other.locale()" : "LOCALE")
                        .build());
    }

    private static void addMake(TypeSpec.Builder type, EntityDecl entity) {
        MethodSpec.Builder make = MethodSpec.methodBuilder("newRecord").addModifiers(Modifier.STATIC)
                .returns(entity.name())
                .addParameter(CONTEXT, "ctx").addParameter(long.class, "index")
                .addJavadoc("Record {@code index}: each field from its own stream.\n");
        for (FieldDecl f : entity.fields()) {
            make.addStatement("$T $N = $N(ctx, index)", f.slot().type(), Construct.local(f.name()), f.name());
        }
        make.addCode(Construct.returning(entity.name(), entity.construction()));
        type.addMethod(make.build());
    }

    /**
     * A field's value: its spec is called right here, where C2 sees which spec it is and inlines it
     * (through a shared helper the call would see every spec of every entity); a value the context's
     * links fix is taken from them.
     */
    private static MethodSpec fieldMethod(FieldDecl f) {
        String constant = constantName(null, f.name());
        return MethodSpec.methodBuilder(f.name()).addModifiers(Modifier.STATIC)
                .returns(f.slot().type())
                .addParameter(CONTEXT, "ctx").addParameter(long.class, "index")
                .addStatement("$T d = ctx.drawUnlessFixed(index, $N_KEY)", DRAW, constant)
                .beginControlFlow("if (d == null)")
                .addStatement("return ctx.fixed(index, $N_KEY)", constant)
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement(f.nullable() ? "return d.nullable() ? null : $N_SPEC.next(d)" : "return $N_SPEC.next(d)",
                        constant)
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("throw $T.failed($S, e)", DRAW, f.name())
                .endControlFlow()
                .build();
    }

    private static MethodSpec nestedMethod(Shape.Nested n) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(nestedMethod(n.name()))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(n.name()).addParameter(DRAW, "draw");
        boolean several = n.fields().size() > 1;
        if (several) {
            method.addStatement("long members = draw.members()");
        }
        for (FieldDecl f : n.fields()) {
            // each member's spec called here, as in a field method: C2 then knows which spec it is
            String constant = constantName(n.name(), f.name());
            String local = Construct.local(f.name());
            CodeBlock member = several ? CodeBlock.of("draw.field($N_KEY, members)", constant)
                    : CodeBlock.of("draw.field($N_KEY)", constant);
            method.addStatement("$T $N", f.slot().type(), local)
                    .beginControlFlow("try");
            if (f.nullable()) {
                method.addStatement("$T member = $L", DRAW, member)
                        .addStatement("$N = member.nullable() ? null : $N_SPEC.next(member)", local, constant);
            } else {
                method.addStatement("$N = $N_SPEC.next($L)", local, constant, member);
            }
            method.nextControlFlow("catch ($T e)", RuntimeException.class)
                    .addStatement("throw $T.failed($S, e)", DRAW, f.name())
                    .endControlFlow();
        }
        return method.addCode(Construct.returning(n.name(), n.construction())).build();
    }
}
