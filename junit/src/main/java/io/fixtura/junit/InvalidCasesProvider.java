package io.fixtura.junit;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.Invalid;
import io.fixtura.runtime.cases.InvalidCases;
import io.fixtura.runtime.generate.Defaults;
import io.fixtura.runtime.generate.RecordMaker;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The arguments of {@link InvalidCasesSource}: the entity's invalid cases from the test's seed,
 * each named after its violation, given as the {@link Invalid} or, when the parameter is of the
 * entity's type, as the instance.
 */
final class InvalidCasesProvider extends AnnotationBasedArgumentsProvider<InvalidCasesSource> {

    @Override
    protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
            InvalidCasesSource source) {
        EntityModel<?> model = EntityModels.require(source.value(), "@InvalidCasesSource");
        boolean wantsInstance = parameters.getFirst()
                .map(p -> p.getParameterType().isAssignableFrom(model.type())
                        && !p.getParameterType().isAssignableFrom(Invalid.class))
                .orElse(false);
        return arguments(model, TestSeeds.seedOf(context), wantsInstance).stream();
    }

    private static <T> List<Arguments> arguments(EntityModel<T> model, long seed, boolean wantsInstance) {
        RecordMaker<T> maker = model.maker();
        if (maker.slots().isEmpty()) {
            throw new ExtensionConfigurationException("@InvalidCasesSource: the maker of " + model.type().getName()
                    + " does not describe its fields, so it has no invalid cases");
        }
        List<Invalid<T>> cases = InvalidCases.of(maker, model, EntityModels.context(maker, seed, Defaults.referenceTime()));
        return cases.stream()
                .map(invalid -> Arguments.of(Named.of(nameOf(invalid), wantsInstance ? invalid.value() : invalid)))
                .toList();
    }

    /** {@code email breaks @Email: "not-an-email"}. */
    static String nameOf(Invalid<?> invalid) {
        return invalid.field() + " breaks @" + invalid.constraint() + ": " + invalid.description();
    }
}
