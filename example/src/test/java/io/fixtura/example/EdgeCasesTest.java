package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.example.shop.EmployeeFactory;
import io.fixtura.example.shop.OrderFactory;
import io.fixtura.example.shop.OrderItemFactory;
import io.fixtura.example.shop.ProductFactory;
import io.fixtura.example.shop.User;
import io.fixtura.example.shop.UserFactory;
import io.fixtura.runtime.EdgeCoverage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Edge cases are valid to Hibernate Validator and carry every edge value of every field. */
class EdgeCasesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static Stream<Arguments> entities() {
        return Stream.of(
                Arguments.of("User", UserFactory.edgeCases(), UserFactory.edgeCaseCoverage()),
                Arguments.of("Product", ProductFactory.edgeCases(), ProductFactory.edgeCaseCoverage()),
                Arguments.of("Order", OrderFactory.edgeCases(), OrderFactory.edgeCaseCoverage()),
                Arguments.of("OrderItem", OrderItemFactory.edgeCases(), OrderItemFactory.edgeCaseCoverage()),
                Arguments.of("Employee", EmployeeFactory.edgeCases(), EmployeeFactory.edgeCaseCoverage()));
    }

    @ParameterizedTest(name = "{0}: edge cases valid and covering")
    @MethodSource("entities")
    void edgeCasesAreValidAndCoverEveryEdgeValue(String entity, List<?> cases, EdgeCoverage coverage) {
        List<String> problems = new ArrayList<>();
        for (Object edge : cases) {
            for (ConstraintViolation<Object> v : VALIDATOR.validate(edge)) {
                problems.add(v.getPropertyPath() + " = '" + v.getInvalidValue() + "': " + v.getMessage());
            }
        }
        assertThat(problems).as(entity).isEmpty();
        assertThat(coverage.isComplete()).as(coverage.toString()).isTrue();
        assertThat(coverage.percent()).isEqualTo(100.0);
        assertThat(cases).as(entity).hasSizeGreaterThan(1);
    }

    @Test
    void userEdgeCasesReachTheBounds() {
        List<User> users = UserFactory.edgeCases();

        assertThat(users).extracting(User::age).contains(18, 19, 98, 99);
        assertThat(users).extracting(User::email).anyMatch(e -> e.length() == 120);
        assertThat(users).extracting(User::status).contains(io.fixtura.example.shop.Status.values());
    }
}
