package io.fixtura.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import io.fixtura.processor.check.Diagnostics;
import io.fixtura.processor.check.EntityChecks;
import io.fixtura.processor.check.Message;
import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.read.DeclarationReader;
import io.fixtura.processor.read.Discovery;
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
    private FactoryWriter factories;
    private BuilderWriter builders;
    private ModelWriter models;
    private ServiceFileWriter services;
    private final Set<String> done = new HashSet<>();
    private final Map<String, String> tables = new HashMap<>();

    @Override
    public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
        super.init(env);
        diagnostics = new Diagnostics(env.getMessager());
        reader = new DeclarationReader(env, diagnostics);
        discovery = new Discovery(env.getElementUtils(), reader.annotations(), diagnostics);
        checks = new EntityChecks(env.getTypeUtils(), reader.annotations(), diagnostics, reader);
        GeneratedFiles files = new GeneratedFiles(env.getFiler());
        factories = new FactoryWriter(files, diagnostics);
        builders = new BuilderWriter(files);
        models = new ModelWriter(files);
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

    private void processRound(RoundEnvironment round) {
        Map<TypeElement, EntityDecl> read = new LinkedHashMap<>();
        for (TypeElement type : discovery.entities(round)) {
            if (done.add(type.getQualifiedName().toString())) {
                guarded(type, () -> reader.entity(type).ifPresent(decl -> read.put(type, decl)));
            }
        }
        Map<ClassName, EntityDecl> valid = new LinkedHashMap<>();
        for (EntityDecl decl : read.values()) {
            guarded(decl.element(), () -> checks.resolveReferences(decl, read)
                    .filter(d -> checks.tableIsFree(d, tables))
                    .ifPresent(d -> valid.put(d.name(), d)));
        }
        for (EntityDecl decl : List.copyOf(valid.values())) {
            guarded(decl.element(), () -> {
                if (factories.write(decl, valid.values())) {
                    builders.write(decl);
                    models.write(decl, valid);
                    services.add(ModelWriter.modelName(decl.name()).reflectionName(), decl.element());
                }
            });
        }
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
