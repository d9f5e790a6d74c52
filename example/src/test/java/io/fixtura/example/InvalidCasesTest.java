package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.example.shop.EmployeeFactory;
import io.fixtura.example.shop.OrderFactory;
import io.fixtura.example.shop.OrderItemFactory;
import io.fixtura.example.shop.ProductFactory;
import io.fixtura.example.shop.UserFactory;
import io.fixtura.runtime.Invalid;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid case breaks exactly the constraint it is tagged with, as Hibernate Validator sees
 * it: one violation, on the tagged field, of the tagged annotation. Constraints Bean Validation
 * does not know (Fixtura's {@code @Range}, JPA's {@code @Column(length)}) are judged by the model.
 */
class InvalidCasesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Set<String> NOT_BEAN_VALIDATION = Set.of("Range", "Column");

    static Stream<Arguments> entities() {
        return Stream.of(
                Arguments.of("User", UserFactory.invalidCases()),
                Arguments.of("Product", ProductFactory.invalidCases()),
                Arguments.of("Order", OrderFactory.invalidCases()),
                Arguments.of("OrderItem", OrderItemFactory.invalidCases()),
                Arguments.of("Employee", EmployeeFactory.invalidCases()));
    }

    @ParameterizedTest(name = "{0}: each invalid case breaks exactly its tagged constraint")
    @MethodSource("entities")
    void eachInvalidCaseBreaksExactlyItsConstraint(String entity, List<? extends Invalid<?>> cases) {
        List<String> problems = new ArrayList<>();
        for (Invalid<?> invalid : cases) {
            Set<ConstraintViolation<Object>> found = VALIDATOR.validate((Object) invalid.value());
            if (NOT_BEAN_VALIDATION.contains(invalid.constraint())) {
                if (!found.isEmpty()) {
                    problems.add(invalid + " -> Hibernate Validator found " + found);
                }
                continue;
            }
            boolean exact = found.size() == 1 && found.stream().allMatch(v ->
                    v.getPropertyPath().toString().startsWith(invalid.field())
                            && v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                                    .equals(invalid.constraint()));
            if (!exact) {
                problems.add(invalid + " -> " + found.stream().map(v -> v.getPropertyPath() + " @"
                        + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()).toList());
            }
        }
        assertThat(problems).as(entity).isEmpty();
        assertThat(cases).as(entity).isNotEmpty();
    }

    /** Past cannot be broken alone here: anything after now is also after the range's "now" maximum. */
    @org.junit.jupiter.api.Test
    void casesCoverTheUsersConstraints() {
        List<String> tags = UserFactory.invalidCases().stream().map(i -> i.field() + "@" + i.constraint()).toList();

        assertThat(tags).contains("email@NotBlank", "email@Size", "email@Email", "fullName@NotBlank", "fullName@Size",
                "age@Range", "createdAt@NotNull", "createdAt@Range", "status@NotNull",
                "address@NotNull", "tags@Size", "tags@NotBlank");
    }
}
