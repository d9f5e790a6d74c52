package io.fixtura.junit;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.generate.Defaults;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.generate.RecordMaker;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Finds the generated model of an entity class among those listed in
 * {@code META-INF/services/io.fixtura.runtime.EntityModel}, once per class, and builds the
 * generation context a test's seed and reference time imply.
 */
final class EntityModels {

    private static final ClassValue<Optional<EntityModel<?>>> MODELS = new ClassValue<>() {
        @Override
        protected Optional<EntityModel<?>> computeValue(Class<?> type) {
            return lookUp(type);
        }
    };

    private EntityModels() {
    }

    /** The model of {@code type}, if one is listed on the class path. */
    @SuppressWarnings("unchecked")
    static <T> Optional<EntityModel<T>> find(Class<T> type) {
        return MODELS.get(type).map(model -> (EntityModel<T>) model);
    }

    /** The model of {@code type}; a clear configuration error when there is none. */
    static <T> EntityModel<T> require(Class<T> type, String usedBy) {
        return find(type).orElseThrow(() -> new ExtensionConfigurationException(usedBy + ": no Fixtura model for "
                + type.getName() + " on the class path; generate its factory (@TestEntity, or @GenerateFactories"
                + " in test sources) so META-INF/services/io.fixtura.runtime.EntityModel lists it"));
    }

    /** The context record {@code i} of {@code maker}'s entity is made in, as its generated factory makes it. */
    static GenerationContext context(RecordMaker<?> maker, long seed, Instant referenceTime) {
        return new GenerationContext(seed, maker.entityKey(), referenceTime, localeOf(maker), Defaults.NULL_RATE);
    }

    /** The locale the entity declares, else the default one, as the generated factory chooses it. */
    static Locale localeOf(RecordMaker<?> maker) {
        return maker.locale() != null ? maker.locale() : Defaults.locale();
    }

    private static Optional<EntityModel<?>> lookUp(Class<?> type) {
        ClassLoader[] loaders = {Thread.currentThread().getContextClassLoader(), type.getClassLoader()};
        for (ClassLoader loader : loaders) {
            for (EntityModel<?> model : ServiceLoader.load(EntityModel.class, loader)) {
                if (model.type() == type) {
                    return Optional.of(model);
                }
            }
        }
        return Optional.empty();
    }
}
