package io.fixtura.junit;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.cases.EdgeCases;
import io.fixtura.runtime.generate.Defaults;
import io.fixtura.runtime.generate.RecordMaker;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The arguments of {@link EdgeCasesSource}: the entity's edge cases from the test's seed, each named. */
final class EdgeCasesProvider extends AnnotationBasedArgumentsProvider<EdgeCasesSource> {

    @Override
    protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
            EdgeCasesSource source) {
        EntityModel<?> model = EntityModels.require(source.value(), "@EdgeCasesSource");
        return arguments(model.maker(), TestSeeds.seedOf(context)).stream();
    }

    private static <T> List<Arguments> arguments(RecordMaker<T> maker, long seed) {
        if (maker.slots().isEmpty()) {
            throw new ExtensionConfigurationException("@EdgeCasesSource: the maker of " + maker.type().getName()
                    + " does not describe its fields, so it has no edge cases");
        }
        List<EdgeCases.Case<T>> cases = EdgeCases.of(maker, EntityModels.context(maker, seed, Defaults.referenceTime()),
                null);
        List<Arguments> arguments = new ArrayList<>(cases.size());
        for (int j = 0; j < cases.size(); j++) {
            EdgeCases.Case<T> edgeCase = cases.get(j);
            String name = "edge case " + (j + 1) + ": " + String.join(", ", edgeCase.edges());
            arguments.add(Arguments.of(Named.of(name, edgeCase.value())));
        }
        return arguments;
    }
}
