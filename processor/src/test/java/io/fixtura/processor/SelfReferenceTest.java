package io.fixtura.processor;

import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.Generator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An entity that holds another record of its own kind as an object stops after one step. */
class SelfReferenceTest {

    @Test
    void aNullableSelfLinkIsFilledOneLevelDeep() throws Exception {
        ClassLoader loader = load(compile(source("p.Emp",
                "package p;",
                "import io.fixtura.annotations.*;",
                "@TestEntity public class Emp {",
                "  public Long id; @jakarta.persistence.ManyToOne public Emp manager;",
                "}"), source("jakarta.persistence.ManyToOne", "package jakarta.persistence;",
                "public @interface ManyToOne { boolean optional() default true; }")));
        Generator<?> generator = ((Generator<?>) call(loader, "p.EmpFactory", "withSeed", 1L)).withNullRate(0);

        List<?> employees = generator.list(20);

        Class<?> emp = loader.loadClass("p.Emp");
        for (Object e : employees) {
            Object manager = emp.getField("manager").get(e);
            assertThat(manager).isNotNull();
            assertThat(emp.getField("manager").get(manager)).isNull();
        }
    }

    @Test
    void aRequiredRelationIsNeverNull() throws Exception {
        ClassLoader loader = load(compile(source("p.Dept", "package p;",
                "@io.fixtura.annotations.TestEntity public record Dept(Long id) {}"),
                source("p.Worker", "package p;",
                        "@io.fixtura.annotations.TestEntity public class Worker {",
                        "  public Long id; @jakarta.persistence.ManyToOne(optional = false) public Dept dept;",
                        "}"),
                source("jakarta.persistence.ManyToOne", "package jakarta.persistence;",
                        "public @interface ManyToOne { boolean optional() default true; }")));
        Generator<?> generator = ((Generator<?>) call(loader, "p.WorkerFactory", "withSeed", 1L)).withNullRate(1);

        Class<?> worker = loader.loadClass("p.Worker");
        for (Object w : generator.list(50)) {
            assertThat(worker.getField("dept").get(w)).isNotNull();
        }
    }
}
