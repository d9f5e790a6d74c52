package io.fixtura.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import io.fixtura.processor.check.Diagnostics;
import io.fixtura.processor.check.EntityChecks;
import io.fixtura.processor.check.Message;
import io.fixtura.processor.check.SensitiveChecks;
import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.read.DeclarationReader;
import io.fixtura.processor.read.Discovery;
import io.fixtura.processor.write.AnonymizerWriter;
import io.fixtura.processor.write.BuilderWriter;
import io.fixtura.processor.write.FactoryWriter;
import io.fixtura.processor.write.GeneratedFiles;
import io.fixtura.processor.write.ModelWriter;
import io.fixtura.processor.write.ServiceFileWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The driver: discover entities, read each into a declaration, check what needs several of them,
 * then write a factory, builder and model per entity and, at the end, the service listing. Claims
 * nothing, and never lets an exception reach javac: it becomes an error on the element at hand.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({"io.fixtura.annotations.TestEntity", "io.fixtura.annotations.GenerateFactories"})
public final class FixturaProcessor extends AbstractProcessor {

    private Diagnostics diagnostics;
    private DeclarationReader reader;
    private Discovery discovery;
    private EntityChecks checks;
    private SensitiveChecks sensitive;
    private FactoryWriter factories;
    private BuilderWriter builders;
    private ModelWriter models;
    private AnonymizerWriter anonymizers;
    private ServiceFileWriter services;
    private final Set<String> done = new HashSet<>();
    private final Map<String, String> tables = new HashMap<>();

    @Override
    public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
        super.init(env);
        diagnostics = new Diagnostics(env);
        reader = new DeclarationReader(env, diagnostics);
        discovery = new Discovery(env.getElementUtils(), reader.annotations(), diagnostics);
        checks = new EntityChecks(env.getTypeUtils(), reader.annotations(), diagnostics, reader);
        sensitive = new SensitiveChecks(reader.annotations(), diagnostics);
        GeneratedFiles files = new GeneratedFiles(env.getFiler());
        factories = new FactoryWriter(files, diagnostics);
        builders = new BuilderWriter(files);
        models = new ModelWriter(files);
        anonymizers = new AnonymizerWriter(files);
        services = new ServiceFileWriter(env.getFiler());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            if (round.processingOver()) {
                services.writeIfAny();
            } else {
                processRound(round);
            }
        } catch (RuntimeException | Error e) {
            diagnostics.error(null, Message.INTERNAL_ERROR, trace(e));
        }
        return false;
    }

    /**
     * Reads every entity of the round, then checks references and tables and plans every value,
     * reporting all problems at once; writes only entities whose report is clean.
     */
    private void processRound(RoundEnvironment round) {
        Map<TypeElement, EntityDecl> read = new LinkedHashMap<>();
        Map<TypeElement, Integer> errors = new HashMap<>();
        for (TypeElement type : discovery.entities(round)) {
            if (done.add(type.getQualifiedName().toString())) {
                counting(type, errors, () -> read.put(type, reader.entity(type)));
            }
        }
        Map<TypeElement, EntityDecl> resolved = new LinkedHashMap<>();
        for (EntityDecl decl : read.values()) {
            counting(decl.element(), errors, () -> {
                EntityDecl d = checks.resolveReferences(decl, read);
                checks.tableIsFree(d, tables);
                resolved.put(d.element(), d);
            });
        }
        guarded(null, () -> checks.reportCycles(resolved.values())
                .forEach(type -> errors.merge(type, 1, Integer::sum)));
        for (EntityDecl decl : resolved.values()) {
            counting(decl.element(), errors, () -> {
                factories.check(decl, resolved.values());
                sensitive.check(decl);
            });
        }
        Map<ClassName, EntityDecl> valid = new LinkedHashMap<>();
        for (EntityDecl decl : resolved.values()) {
            if (errors.get(decl.element()) == 0) {
                valid.put(decl.name(), decl);
            }
        }
        for (EntityDecl decl : valid.values()) {
            if (linksOnlyTo(decl, valid, resolved.values())) {
                guarded(decl.element(), () -> {
                    factories.write(decl, valid.values());
                    builders.write(decl);
                    models.write(decl, valid);
                    if (AnonymizerWriter.applies(decl, valid)) {
                        anonymizers.write(decl, valid);
                    }
                    services.add(ModelWriter.modelName(decl.name()).reflectionName(), decl.element());
                });
            }
        }
    }

    /** Runs a stage for one entity, adding the errors it reports (or an internal failure) to its count. */
    private void counting(TypeElement type, Map<TypeElement, Integer> errors, Runnable stage) {
        int before = diagnostics.errorCount();
        guarded(type, stage);
        errors.merge(type, diagnostics.errorCount() - before, Integer::sum);
    }

    /**
     * Whether every entity this one's generated code calls is generated too; one that failed has its
     * own errors reported, and code calling its missing factory would only add noise.
     */
    private static boolean linksOnlyTo(EntityDecl decl, Map<ClassName, EntityDecl> valid,
            java.util.Collection<EntityDecl> discovered) {
        Set<ClassName> failed = new HashSet<>();
        discovered.stream().map(EntityDecl::name).filter(n -> !valid.containsKey(n)).forEach(failed::add);
        return decl.fields().stream()
                .noneMatch(f -> f.reference() != null && failed.contains(f.reference().target()));
    }

    private void guarded(Element element, Runnable stage) {
        try {
            stage.run();
        } catch (RuntimeException e) {
            diagnostics.error(element, Message.INTERNAL_ERROR, trace(e));
        }
    }

    private static String trace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
