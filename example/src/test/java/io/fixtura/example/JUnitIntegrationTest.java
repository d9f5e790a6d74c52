package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderFactory;
import io.fixtura.example.shop.User;
import io.fixtura.example.shop.UserFactory;
import io.fixtura.example.shop.UserModel;
import io.fixtura.junit.EdgeCasesSource;
import io.fixtura.junit.Fixtura;
import io.fixtura.junit.FixturaSeed;
import io.fixtura.junit.InvalidCasesSource;
import io.fixtura.runtime.Generator;
import io.fixtura.runtime.Invalid;
import io.fixtura.runtime.generate.Defaults;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The shop's tests as a user of fixtura-junit writes them: entities injected as parameters, a
 * seed per test that the factories follow, and edge and invalid cases as parameterized tests,
 * judged by Hibernate Validator (and, for constraints it does not know, by the model).
 */
@Fixtura
class JUnitIntegrationTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    /** Fixtura's {@code @Range} and JPA's {@code @Column(length)} are not Bean Validation constraints. */
    private static final Set<String> NOT_BEAN_VALIDATION = Set.of("Range", "Column");

    @Test
    void injectsValidUsersAndAnOrderFromTheTestsSeed(User buyer, User other, Order order) {
        Generator<User> users = UserFactory.withSeed(Defaults.seed()).withReferenceTime(Defaults.referenceTime());
        Order expectedOrder = OrderFactory.withSeed(Defaults.seed()).withReferenceTime(Defaults.referenceTime()).at(0);

        assertThat(buyer).isEqualTo(users.at(0)).isNotEqualTo(other);
        assertThat(other).isEqualTo(users.at(1));
        assertThat(order).usingRecursiveComparison().isEqualTo(expectedOrder);
        assertThat(VALIDATOR.validate(buyer)).isEmpty();
        assertThat(VALIDATOR.validate(order)).isEmpty();
    }

    @Test
    void createAndListCountRecordsFromZeroWithinEachTest() {
        Generator<User> users = UserFactory.generator();

        assertThat(UserFactory.create()).isEqualTo(users.at(0));
        assertThat(UserFactory.list(2)).containsExactly(users.at(1), users.at(2));
        assertThat(UserFactory.builder().build()).isEqualTo(users.at(3));
    }

    @Test
    @FixturaSeed(42)
    void aFixedSeedGivesTheSameDataOnEveryRun(User user) {
        long expectedSeed = Defaults.seedIsFixed() ? Long.parseLong(System.getProperty("fixtura.seed").trim()) : 42L;

        assertThat(Defaults.seed()).isEqualTo(expectedSeed);
        assertThat(UserFactory.generator().seed()).isEqualTo(expectedSeed);
        assertThat(user).isEqualTo(UserFactory.withSeed(expectedSeed).withReferenceTime(Defaults.referenceTime()).at(0));
    }

    @ParameterizedTest
    @EdgeCasesSource(User.class)
    void everyEdgeCaseIsValidToHibernateValidator(User user) {
        assertThat(VALIDATOR.validate(user)).isEmpty();
        assertThat(UserModel.INSTANCE.validate(user)).isEmpty();
    }

    @ParameterizedTest
    @InvalidCasesSource(User.class)
    void everyInvalidCaseBreaksExactlyItsTaggedConstraint(Invalid<User> invalid) {
        Set<ConstraintViolation<User>> found = VALIDATOR.validate(invalid.value());
        if (NOT_BEAN_VALIDATION.contains(invalid.constraint())) {
            assertThat(found).isEmpty();
            assertThat(UserModel.INSTANCE.validate(invalid.value())).singleElement().satisfies(violation -> {
                assertThat(violation.field()).isEqualTo(invalid.field());
                assertThat(violation.constraint()).isEqualTo(invalid.constraint());
            });
            return;
        }
        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath().toString()).startsWith(invalid.field());
            assertThat(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                    .isEqualTo(invalid.constraint());
        });
    }
}
