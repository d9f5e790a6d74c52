package io.fixtura.processor;

import static io.fixtura.processor.GenerationTest.model;
import static io.fixtura.processor.TestCompiler.call;
import static io.fixtura.processor.TestCompiler.compile;
import static io.fixtura.processor.TestCompiler.load;
import static io.fixtura.processor.TestCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.Generator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** JPA composite unique constraints: in the model, and unique as a tuple in generated data. */
class UniqueTogetherTest {

    @Test
    void aCompositeUniqueConstraintHoldsOverTheTuple() throws Exception {
        ClassLoader loader = load(compile(StandIns.with(StandIns.jakartaPersistence(), source("p.Seat",
                "package p;",
                "import jakarta.persistence.*;",
                "@io.fixtura.annotations.TestEntity",
                "@Table(name = \"seats\", uniqueConstraints = @UniqueConstraint(columnNames = {\"row_label\", \"number\"}))",
                "public record Seat(Long id, @jakarta.validation.constraints.Size(min = 1, max = 1) String rowLabel,",
                "    @jakarta.validation.constraints.Min(1) int number) {}"))));
        EntityModel<Object> seat = model(loader, "p.SeatModel");
        List<?> seats = ((Generator<?>) call(loader, "p.SeatFactory", "withSeed", 6L)).list(5_000);

        Set<String> pairs = new HashSet<>();
        seats.forEach(s -> pairs.add(seat.field("rowLabel").get(s) + "/" + seat.field("number").get(s)));
        assertThat(seat.uniqueTogether()).containsExactly(List.of("rowLabel", "number"));
        assertThat(pairs).hasSize(5_000);
    }

    @Test
    void aConstraintNamingAMissingColumnIsAnError() {
        JavaFileObject seat = source("p.Seat",
                "package p;",
                "import jakarta.persistence.*;",
                "@io.fixtura.annotations.TestEntity",
                "@Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"nope\"}))",
                "public record Seat(Long id, int number) {}");
        Compilation c = compile(StandIns.with(StandIns.jakartaPersistence(), seat));

        CompilationSubject.assertThat(c).hadErrorContaining("[FX163]").inFile(seat).onLineContaining("\"nope\"");
    }
}
