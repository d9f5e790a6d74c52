package io.fixtura.processor.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.values.StringSpec;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The runtime's emails judged by Hibernate Validator's own {@code @Email}, not by our copy of its
 * rules (the runtime module does not depend on Hibernate Validator; this module's tests do).
 */
class StringSpecOracleTest {

    static final class Holder {
        @Email
        String email;
    }

    @Test
    void emailsPassHibernateValidatorAtEveryLength() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            int[][] ranges = {{0, Integer.MAX_VALUE}, {3, 3}, {3, 6}, {8, 12}, {60, 80}, {250, 320}};
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMANY, Locale.FRANCE)) {
                GenerationContext context = new GenerationContext(1, 2, Instant.EPOCH, locale, 0);
                for (int[] range : ranges) {
                    for (StringSpec spec : List.of(StringSpec.email().length(range[0], range[1]),
                            StringSpec.email().length(range[0], range[1]).unique())) {
                        for (int i = 0; i < Math.min(3_000, spec.capacity()); i++) {
                            String email = spec.next(context.draw(i, 3));
                            assertThat(validator.validateValue(Holder.class, "email", email)).as("%s: %s", spec, email)
                                    .isEmpty();
                        }
                    }
                }
            }
        }
    }
}
