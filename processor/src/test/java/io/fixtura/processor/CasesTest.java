package io.fixtura.processor;

import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.EdgeCoverage;
import io.fixtura.runtime.Invalid;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Edge and invalid cases of an entity with every supported type, judged by Hibernate Validator:
 * edge cases have no violation and cover their catalogs; each invalid case has exactly its own.
 */
class CasesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static ClassLoader loader;

    @BeforeAll
    static void compileEverything() {
        loader = load(compile(source("p.Everything", GenerationTest.EVERY_TYPE)));
    }

    @Test
    void edgeCasesAreValidAndCoverEveryCatalog() {
        List<?> edges = (List<?>) call(loader, "p.EverythingFactory", "edgeCases");
        EdgeCoverage coverage = (EdgeCoverage) call(loader, "p.EverythingFactory", "edgeCaseCoverage");

        List<String> problems = new ArrayList<>();
        for (Object edge : edges) {
            for (ConstraintViolation<Object> v : VALIDATOR.validate(edge)) {
                problems.add(v.getPropertyPath() + " = '" + v.getInvalidValue() + "': " + v.getMessage());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(coverage.isComplete()).as(coverage.toString()).isTrue();
        assertThat(edges.size()).isGreaterThan(10);
    }

    @Test
    void eachInvalidCaseBreaksExactlyItsConstraint() {
        List<?> cases = (List<?>) call(loader, "p.EverythingFactory", "invalidCases");

        List<String> problems = new ArrayList<>();
        for (Object c : cases) {
            Invalid<?> invalid = (Invalid<?>) c;
            Set<ConstraintViolation<Object>> found = VALIDATOR.validate((Object) invalid.value());
            if (invalid.constraint().equals("Range")) {
                assertThat(found).as(invalid.toString()).isEmpty();
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
        assertThat(problems).isEmpty();
        List<String> tags = cases.stream().map(c -> ((Invalid<?>) c).field() + "@" + ((Invalid<?>) c).constraint())
                .toList();
        assertThat(tags).contains("i@Min", "i@Max", "name@NotBlank", "name@Size", "email@Email", "code@Pattern",
                "amount@Digits", "birthday@Past", "due@Future", "scores@Size", "scores@Min", "origin@NotNull",
                "opens@Range", "f@DecimalMin", "f@DecimalMax", "d@Positive", "bytes@Size");
    }
}
